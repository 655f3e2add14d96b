#!/usr/bin/env bash
# tests/man/check-man.sh MANDIR DMREMAPCTL DMREMAP DMREMAP_SPARE
#
# The manual pages against the programs they describe:
#   - each page renders with no warning from man/groff (-ww);
#   - every command `dmremapctl --help` lists has its own entry in
#     dmremapctl.1, and every option of `dmremap --help` and every command of
#     `dmremap-spare`'s usage appears in their pages;
#   - each page's NAME line names its program.
# Exit status 0 only when all hold; each failure is printed.
set -uo pipefail
mandir=$1 ctl=$2 app=$3 spare=$4
failed=0
fail() { echo "FAIL: $*"; failed=1; }

for page in "$mandir"/dmremapctl.1 "$mandir"/dmremap.1 "$mandir"/dmremap-spare.8; do
	[ -f "$page" ] || { fail "$page missing"; continue; }
	warn=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings=w -E UTF-8 -l -Tutf8 "$page" 2>&1 >/dev/null)
	[ -z "$warn" ] || fail "$(basename "$page") renders with warnings: $warn"
	prog=$(basename "$page" | sed 's/\.[0-9]$//')
	name_line=$(sed -n '/^\.SH NAME/{n;p;}' "$page" | sed 's/\\-/-/g')
	[[ $name_line == "$prog "* ]] || fail "$(basename "$page"): NAME line '$name_line' does not start with $prog"
done

# The roff source with its escapes undone, as a reader sees the words.
plain() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$1"; }

commands=$("$ctl" --help | awk '/^Commands:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{exit}')
[ -n "$commands" ] || fail "no commands found in dmremapctl --help"
for c in $commands; do
	# An entry: a .TP paragraph whose tag starts with the command.
	plain "$mandir/dmremapctl.1" | awk '/^\.TP/{getline; print}' |
		grep -E "^\.BI? \"?$c( |\"|$)" >/dev/null ||
		fail "dmremapctl.1 has no entry for the command '$c'"
	for opt in $("$ctl" "$c" --help | grep -oE '^  --[a-z-]+' | grep -vxE '  --(help|help-all|json|no-interaction)'); do
		plain "$mandir/dmremapctl.1" | grep -E -e "$opt([^a-z-]|$)" >/dev/null ||
			fail "dmremapctl.1 does not mention $opt of '$c'"
	done
done
codes=$("$ctl" --help | grep -oE '[0-9]+ [a-z]' | awk '{print $1}')
for code in $codes; do
	grep -x "\.B $code" "$mandir/dmremapctl.1" >/dev/null || fail "dmremapctl.1 lacks exit code $code"
done

for opt in $(QT_QPA_PLATFORM=offscreen "$app" --help | grep -oE '^  (-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' |
	grep -vxE -- '--(help|help-all)'); do
	plain "$mandir/dmremap.1" | grep -E -e "$opt([^a-z-]|$)" >/dev/null || fail "dmremap.1 does not mention $opt"
done

for c in $("$spare" --help 2>&1 | grep -oE 'dmremap-spare [a-z]+' | awk '{print $2}' | sort -u); do
	grep -x "\.B $c" "$mandir/dmremap-spare.8" >/dev/null || fail "dmremap-spare.8 has no entry for '$c'"
done
for opt in $("$spare" --help 2>&1 | grep -oE -- '--[a-z-]+' | sort -u); do
	plain "$mandir/dmremap-spare.8" | grep -E -e "$opt([^a-z-]|$)" >/dev/null || fail "dmremap-spare.8 does not mention $opt"
done

[ "$failed" = 0 ] && echo "manual pages agree with the programs"
exit "$failed"
