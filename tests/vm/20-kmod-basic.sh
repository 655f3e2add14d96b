#!/bin/bash
# dm-remap basics: refusal of blank spares, table round trip, automatic remap
# of a failing write, read errors and pending blocks, a write to a pending
# block, data checked sector by sector throughout.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"

remap_load
main=$(nullb_create rmain 64)
spare=$(nullb_create rspare 16)

# A blank spare is refused, and left blank.
must_fail remap_create r0 "$main" "$spare"
dmesg | grep "no dm-remap metadata" >/dev/null || fail "no clear error for a blank spare"
[ "$(spare_json_field "$spare" found)" = False ] || fail "blank spare was written"

spare_tool format "$main" "$spare" --unit 4096
remap_create r0 "$main" "$spare"
dev=/dev/mapper/r0
note "table: $(dmsetup table r0)"
note "status: $(dmsetup status r0)"
expect_eq "$(remap_status r0 state)" ok "state"
expect_eq "$(remap_status r0 unit)" 4096 "unit"
expect_eq "$(remap_status r0 remapped)" 0 "remapped"
expect_eq "$(remap_status r0 valid_copies)" 2 "valid copies"

blkio write "$dev" 0 24576 --seed 1
blkio verify "$dev" 0 24576 --seed 1

# Sectors 8000-8015 (units 1000, 1001) go bad; writing them remaps them.
nullb_bad_add rmain 8000 8015
blkio write "$dev" 7992 32 --seed 2 --bs 4096
expect_eq "$(remap_status r0 remapped)" 2 "remapped after a failing write"
expect_eq "$(remap_status r0 auto_remaps)" 2 "auto remaps"
blkio verify "$dev" 7992 32 --seed 2
blkio verify "$dev" 0 7992 --seed 1
blkio verify "$dev" 8024 8000 --seed 1
remap_list r0 | tee "$DMREMAP_OUT/list"
grep -q "^1000 [0-9]* remapped$" "$DMREMAP_OUT/list" || fail "unit 1000 not listed"

# A read of a bad block that was never rewritten: EIO and pending.
nullb_bad_add rmain 20000 20007
if dd if="$dev" of=/dev/null bs=4096 skip=2500 count=1 iflag=direct 2>/dev/null; then
	fail "read of a bad block succeeded"
fi
expect_eq "$(remap_status r0 pending)" 1 "pending after a read error"
remap_list r0 | grep "^2500 - pending$" >/dev/null || fail "unit 2500 not pending"
# The neighbours still read.
blkio verify "$dev" 19992 8 --seed 1
blkio verify "$dev" 20008 8 --seed 1
# A write to the pending unit goes to the spare; reads return it.
blkio write "$dev" 20000 8 --seed 3 --bs 4096
expect_eq "$(remap_status r0 pending)" 0 "pending after the write"
expect_eq "$(remap_status r0 remapped)" 3 "remapped after the write"
blkio verify "$dev" 20000 8 --seed 3

# A bio spanning healthy and remapped units in one request.
blkio write "$dev" 7936 256 --seed 4 --bs 131072
blkio verify "$dev" 7936 256 --seed 4 --bs 131072
blkio verify "$dev" 7936 256 --seed 4 --bs 512

# stats prints through dmsetup message.
remap_msg r0 stats | tee "$DMREMAP_OUT/stats"
grep -q "auto_remaps=3" "$DMREMAP_OUT/stats" || fail "stats output"

dmsetup remove r0
spare_list "$spare" >"$DMREMAP_OUT/check"
cut -d' ' -f1,3 "$DMREMAP_OUT/check" | tr '\n' ' ' | grep -q "1000 remapped 1001 remapped 2500 remapped" ||
	fail "dmremap-spare check disagrees: $(cat "$DMREMAP_OUT/check")"
kmod_unload
nullb_remove rmain
nullb_remove rspare
