#!/bin/bash
# Unit test of tests/lib/blkio.c on a plain file (512-byte sectors): write,
# verify, a damaged sector found as a mismatch, probe, bad usage.
set -euo pipefail
blkio=${1:?path of the blkio binary}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
f=$dir/disk
fail() { echo "FAIL: $*" >&2; exit 1; }
truncate -s 1M "$f"

out=$("$blkio" write "$f" 0 2048 --seed 7) || fail "write: $out"
[ "$out" = "sectors 2048 errors 0 mismatches 0" ] || fail "write output: $out"
# Sector 5 holds (seed 7, sector 5) 32 times, little-endian.
[ "$(od -An -tx8 -j $((5 * 512)) -N 16 "$f" | tr -s ' ')" = " 0000000000000007 0000000000000005" ] ||
	fail "pattern of sector 5: $(od -An -tx8 -j $((5 * 512)) -N 16 "$f")"
out=$("$blkio" verify "$f" 0 2048 --seed 7) || fail "verify: $out"
out=$("$blkio" verify "$f" 0 2048 --seed 8) && fail "verify with another seed passed"
grep -qx "mismatch 0-2047" <<<"$out" || fail "other seed: $out"

# Two sectors damaged, one a sector copied from elsewhere (a misdirected write).
printf 'x' | dd of="$f" bs=1 seek=$((100 * 512 + 77)) conv=notrunc status=none
dd if="$f" of="$f" bs=512 skip=300 seek=101 count=1 conv=notrunc status=none
set +e
out=$("$blkio" verify "$f" 0 2048 --seed 7 --bs 4096)
rc=$?
set -e
[ "$rc" = 1 ] || fail "verify of a damaged file: exit $rc"
[ "$out" = $'mismatch 100-101\nsectors 2048 errors 0 mismatches 2' ] || fail "damaged: $out"
out=$("$blkio" probe "$f" 0 2048) || fail "probe: $out"
[ "$out" = "sectors 2048 errors 0 mismatches 0" ] || fail "probe output: $out"
"$blkio" verify "$f" 102 100 --seed=7 >/dev/null || fail "verify after the damage"
t=$("$blkio" time "$f" 0 8 --repeat 3) || fail "time"
[[ $t =~ ^[0-9]+\.[0-9]$ ]] || fail "time output: $t"

# Bad usage: exit 2 and a message, nothing written.
sum=$(md5sum <"$f")
for args in "write $f -1 8" "write $f 0 8x" "frob $f 0 8" "write $f 0" "write $f 0 8 --bs 100" \
	"write $f 0 8 --seed" "write $dir/missing 0 8"; do
	set +e
	# shellcheck disable=SC2086
	err=$("$blkio" $args 2>&1 >/dev/null)
	rc=$?
	set -e
	[ "$rc" = 2 ] || fail "'$args': exit $rc"
	[[ $err == blkio:* ]] || fail "'$args': no message ($err)"
done
[ "$(md5sum <"$f")" = "$sum" ] || fail "bad usage changed the file"
echo "blkio: ok"
