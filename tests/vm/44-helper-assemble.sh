#!/bin/bash
# Boot assembly, `dmremap-helper --assemble`: two spares formatted for their
# main devices (dm-linear devices whose dm UUID is their identity); the
# second main device is then replaced by another of the same size with
# another identity. Only the pair whose identity matches is assembled; the
# other spare is reported as skipped; a second run changes nothing.
# shellcheck disable=SC1091
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
set -u

spare_tool=$DMREMAP_BUILD/core/spare/dmremap-spare
kmod_load
for n in 0 1 2 3; do nullb_create nullb$n $((n % 2 ? 16 : 32)) >/dev/null; done
linear() { # NAME UUID DEV
	dmsetup create "$1" --uuid "$2" --table "0 $(blockdev --getsz "$3") linear $3 0" || fail "dmsetup create $1"
	wait_dev "/dev/mapper/$1"
}
linear dmr-main-a DMRTEST-MAIN-A /dev/nullb0
linear dmr-main-b DMRTEST-MAIN-B /dev/nullb2
kname() { basename "$(readlink -f "/dev/mapper/$1")"; }
"$spare_tool" format /dev/mapper/dmr-main-a /dev/nullb1 >/dev/null || fail "format nullb1"
"$spare_tool" format /dev/mapper/dmr-main-b /dev/nullb3 >/dev/null || fail "format nullb3"
"$spare_tool" check /dev/nullb3 | grep 'DMRTEST-MAIN-B' >/dev/null || fail "nullb3 did not record its main's identity"
# Another disk of the same size takes main B's place.
dmsetup remove dmr-main-b || fail "remove dmr-main-b"
linear dmr-other DMRTEST-OTHER /dev/nullb2
main_a=$(kname dmr-main-a)

out=$("$DMREMAP_BUILD/helper/dmremap-helper" --assemble 2>&1) || fail "--assemble failed: $out"
echo "$out"
expect_eq "$(grep -c '^assembled' <<<"$out")" 1 "assembled pairs"
grep "^assembled remap-$main_a$" <<<"$out" >/dev/null || fail "remap-$main_a not assembled: $out"
grep "^skipped nullb3: 0 devices match the main identity 'DMRTEST-MAIN-B'" <<<"$out" >/dev/null ||
	fail "nullb3 not reported as skipped: $out"
expect_eq "$(dmsetup ls --target remap | awk '{print $1}')" "remap-$main_a" "remap devices"
# The table pairs main A with its own spare.
read -r _ _ _ tmain tspare _ < <(dmsetup table "remap-$main_a")
expect_eq "$tmain $tspare" "$(dmsetup info -c --noheadings -o major,minor --separator : dmr-main-a) $(cat /sys/block/nullb1/dev)" "table devices"
# Nothing of the mismatched pair was touched.
"$spare_tool" check /dev/nullb3 | grep 'DMRTEST-MAIN-B' >/dev/null || fail "nullb3 metadata changed"

out=$("$DMREMAP_BUILD/helper/dmremap-helper" --assemble 2>&1) || fail "second --assemble failed: $out"
grep '^assembled' <<<"$out" >/dev/null && fail "second run assembled again: $out"
expect_eq "$(dmsetup ls --target remap | wc -l)" 1 "remap devices after a second run"
