#!/bin/bash
# Damage to one metadata copy (random bytes, a torn table block, a stale
# generation): the target loads from the other copy and repairs it. All
# copies damaged: the constructor refuses with a clear error and does not
# touch the spare.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"

remap_setup c
nullb_bad_add cmain 800 1599 # units 100-199
blkio write "$dev" 800 800 --seed 10 --bs 4096
expect_eq "$(remap_status c0 remapped)" 100 "remapped"
dmsetup remove c0
spare_list "$spare" >"$DMREMAP_OUT/list0"
# Where copy 1 starts (sectors): one copy is (1 + table blocks) blocks.
cap=$(spare_json_field "$spare" table_capacity)
copy_sectors=$(((1 + (cap + 253) / 254) * 8))
note "copy size $copy_sectors sectors"

poke() { # SECTOR_OFFSET_BYTES DATA_SOURCE COUNT
	blockdev --flushbufs "$spare"
	dd if="$2" of="$spare" bs=1 seek="$1" count="$3" conv=notrunc status=none
	sync
	blockdev --flushbufs "$spare"
}
valid_copies() { spare_valid_copies "$spare"; }
load_and_check() { # WHAT
	remap_create c0 "$main" "$spare"
	remap_expect_list c0 "$DMREMAP_OUT/list0" "$1"
	blkio verify "$dev" 800 800 --seed 10 >/dev/null || fail "$1: remapped data"
	expect_eq "$(remap_status c0 valid_copies)" 2 "$1: valid copies after load"
	dmsetup remove c0
	expect_eq "$(valid_copies)" 2 "$1: copies valid on disk after repair"
}

# 1. Random bytes in copy 0's superblock.
head -c 64 /dev/urandom >"$DMREMAP_OUT/junk"
poke 100 "$DMREMAP_OUT/junk" 64
expect_eq "$(valid_copies)" 1 "random bytes: one copy valid"
load_and_check "random bytes in copy 0"

# 2. A torn table block in copy 1: the entries of its first block zeroed.
poke $(((copy_sectors + 8) * 512 + 512)) /dev/zero 1536
expect_eq "$(valid_copies)" 1 "torn block: one copy valid"
load_and_check "torn table block in copy 1"

# 3. A stale generation: copy 0 saved now, one more remap, copy 0 put back.
dd if="$spare" of="$DMREMAP_OUT/copy0" bs=512 count="$copy_sectors" iflag=direct status=none
remap_create c0 "$main" "$spare"
blkio write "$dev" 1600 8 --seed 11 --bs 4096 # healthy: no remap, no commit
nullb_bad_add cmain 1608 1615
blkio write "$dev" 1608 8 --seed 11 --bs 4096
dmsetup remove c0
spare_list "$spare" >"$DMREMAP_OUT/list0"
dd if="$DMREMAP_OUT/copy0" of="$spare" bs=512 oflag=direct conv=notrunc status=none
spare_tool check "$spare" >"$DMREMAP_OUT/check-stale" || true
load_and_check "stale generation in copy 0"

# 4. Both copies damaged: refused, spare untouched.
poke 100 "$DMREMAP_OUT/junk" 64
poke $((copy_sectors * 512 + 100)) "$DMREMAP_OUT/junk" 64
spare_sum() { dd if="$spare" bs=1M iflag=direct status=none | md5sum; }
before=$(spare_sum)
must_fail remap_create c0 "$main" "$spare"
dmesg | tail -5 | grep "damaged in every copy" >/dev/null || fail "no clear error for damaged metadata"
expect_eq "$(spare_sum)" "$before" "spare modified by a refused constructor"
set +e
spare_tool check "$spare" >/dev/null
rc=$?
set -e
expect_eq "$rc" 2 "dmremap-spare check exit status"
must_fail spare_tool format "$main" "$spare"
