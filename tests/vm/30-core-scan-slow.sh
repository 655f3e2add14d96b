#!/bin/bash
# A region slowed with dm-delay lands in the slow latency bucket and nothing
# else does: 1 MiB of a null_blk delayed by 300 ms reads in the 200..600 ms
# bucket (4 of the default <5, <20, <50, <200, <600, >=600 ms); every other
# region stays below 50 ms (buckets 0..2), with no errors. Requests and
# regions of 256 KiB, one in flight: under software emulation a 1 MiB copy
# alone can take 20+ ms, and concurrent requests queue behind each other.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/30-core-lib.bash"

base=$(nullb_create cslow 24)
dev=$(slowdisk_create cslowd "$base" $((10 * 2048)) 2048 300) # MiB 10 = regions 40..43
out=$("$probe" scan "$dev" --unit 4096 --request 262144 --region 262144 --inflight 1 --regions) ||
	fail "scan of $dev: $out"
note "$(grep -v '_units\|^region' <<<"$out" | tr '\n' ' ')"
expect_eq "$(grep -c '^region ' <<<"$out")" 96 "scanned regions"
for r in 40 41 42 43; do
	expect_eq "$(grep "^region $r " <<<"$out")" "region $r bucket 4 error 0 timeout 0" "delayed region $r"
done
slow=$(grep '^region ' <<<"$out" | grep -v '^region 4[0-3] ' | awk '$4 == "-" || $4 > 2 || $6 != 0 || $8 != 0') || true
[ -z "$slow" ] || fail "other regions in slow buckets or failing: $(head -5 <<<"$slow" | tr '\n' ';')"
expect_eq "$(scan_field "$out" bad_units)" "" "bad units"
dmsetup remove cslowd
nullb_remove cslow
