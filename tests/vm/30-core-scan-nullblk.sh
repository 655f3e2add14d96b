#!/bin/bash
# The surface scanner on null_blk with bad ranges (BLK_STS_IOERR) finds
# exactly the injected bad 4 KiB units, no more, no less: the first and last
# sectors, single sectors, a range across a unit boundary, and a 2 MiB cluster
# (skip-ahead, then the way back); on 512- and 4096-byte block devices,
# reading through kernel AIO (the default) and through worker threads.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/30-core-lib.bash"

scan_nullb() { # NAME BLOCK_SIZE ENGINE "FIRST:COUNT ..."
	local name=$1 bs=$2 engine=$3 bad=$4 dev out r
	dev=$(nullb_create "$name" 48 "$bs")
	for r in $bad; do nullb_bad_add "$name" "${r%%:*}" $((${r%%:*} + ${r##*:} - 1)); done
	# A short backoff cap: 1 MiB clusters are 256 failing reads each.
	out=$("$probe" scan "$dev" --unit 4096 --backoff-max 5 --engine "$engine") || fail "scan of $dev: $out"
	note "$(grep -v _units <<<"$out" | tr '\n' ' ')"
	expect_eq "$(scan_field "$out" direct)" 1 "O_DIRECT on $dev"
	expect_eq "$(scan_field "$out" engine)" "$engine" "reads of $dev"
	expect_eq "$(scan_field "$out" bad_units)" "$(units_of "$bad")" "bad units of $dev (block size $bs)"
	expect_eq "$(scan_field "$out" suspect_units)" "" "suspect units of $dev"
	nullb_remove "$name"
}

# 48 MiB = 98304 sectors.
scan_nullb cscan512 512 aio "0:1 2048:8 20001:1 20487:2 40960:4096 98303:1"
scan_nullb cscan4k 4096 threads "8:8 30000:16 65536:2048 98296:8"
