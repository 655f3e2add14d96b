#!/usr/bin/env bash
# tests/report/check-ctl-report.sh DMREMAPCTL PDFTOPPM PDFTOTEXT BLOB MODEL VERDICT
#
# `dmremapctl report` offline (a saved SMART blob, no helper): the PDF's
# first page, turned into a PNG by pdftoppm, is not blank (some pixels are
# dark, some light), its text holds the drive's model and verdict; the HTML
# holds them too; a bad output path fails with exit code 1 and a message.
set -uo pipefail
ctl=$1 pdftoppm=$2 pdftotext=$3 blob=$4 model=$5 verdict=$6
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

"$ctl" report sdb --load "$blob" --output "$tmp/r.pdf" || fail "report --output r.pdf exited $?"
[ "$(head -c 5 "$tmp/r.pdf")" = "%PDF-" ] || fail "r.pdf is no PDF"
"$pdftoppm" -png -r 50 -f 1 -l 1 -gray "$tmp/r.pdf" "$tmp/page" || fail "pdftoppm failed"
png=$(ls "$tmp"/page*.png 2>/dev/null | head -1)
if [ -n "$png" ]; then
	# The same page as a gray PGM (pdftoppm -gray without -png): count dark
	# and light pixels.
	"$pdftoppm" -r 50 -f 1 -l 1 -gray "$tmp/r.pdf" "$tmp/pgm" || fail "pdftoppm (PGM) failed"
	pgm=$(ls "$tmp"/pgm*.pgm | head -1)
	read -r dark light < <(python3 - "$pgm" <<'PY'
import sys
data = open(sys.argv[1], 'rb').read()
# P5 header: magic, width, height, maxval, then the pixels.
parts = data.split(maxsplit=4)
pixels = parts[4]
print(sum(1 for b in pixels if b < 100), sum(1 for b in pixels if b > 200))
PY
)
	[ "$dark" -gt 500 ] || fail "first page almost blank ($dark dark pixels)"
	[ "$light" -gt 10000 ] || fail "first page almost black ($light light pixels)"
else
	fail "no PNG of the first page"
fi
text=$("$pdftotext" -f 1 -l 1 "$tmp/r.pdf" -)
grep -F -- "$model" <<<"$text" >/dev/null || fail "PDF text lacks the model $model"
grep -F -- "$verdict" <<<"$text" >/dev/null || fail "PDF text lacks the verdict $verdict"

"$ctl" report sdb --load "$blob" --output "$tmp/r.html" || fail "report --output r.html exited $?"
grep -F -- "$model" "$tmp/r.html" >/dev/null || fail "HTML lacks the model"
grep -F -- "$verdict" "$tmp/r.html" >/dev/null || fail "HTML lacks the verdict"

err=$("$ctl" report sdb --load "$blob" --output "$tmp/missing/dir/r.pdf" 2>&1)
rc=$?
[ "$rc" -eq 1 ] || fail "a bad output path gave exit code $rc, not 1"
grep -F "$tmp/missing/dir/r.pdf" <<<"$err" >/dev/null || fail "the error does not name the path: $err"

[ "$failed" -eq 0 ] && echo "ok: report PDF ($dark dark, $light light pixels on page 1) and HTML"
exit "$failed"
