#!/bin/bash
# A region slowed with dm-delay lands in the slow latency bucket and nothing
# else does: a 1 MiB region of a null_blk delayed by 300 ms reads in the
# 200..600 ms bucket (4 of the default <5, <20, <50, <200, <600, >=600 ms);
# every other region stays below 50 ms (buckets 0..2), with no errors.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/30-core-lib.bash"

base=$(nullb_create cslow 24)
dev=$(slowdisk_create cslowd "$base" $((10 * 2048)) 2048 300) # MiB 10
out=$("$probe" scan "$dev" --unit 4096 --regions) || fail "scan of $dev: $out"
note "$(grep -v '_units\|^region' <<<"$out" | tr '\n' ' ')"
expect_eq "$(grep -c '^region ' <<<"$out")" 24 "scanned regions"
expect_eq "$(grep '^region 10 ' <<<"$out")" "region 10 bucket 4 error 0 timeout 0" "the delayed region"
slow=$(grep '^region ' <<<"$out" | grep -v '^region 10 ' | awk '$4 == "-" || $4 > 2 || $6 != 0 || $8 != 0') || true
[ -z "$slow" ] || fail "other regions in slow buckets or failing: $slow"
expect_eq "$(scan_field "$out" bad_units)" "" "bad units"
dmsetup remove cslowd
nullb_remove cslow
