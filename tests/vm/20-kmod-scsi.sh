#!/bin/bash
# Real SCSI medium errors (scsi_debug sense data) on reads: EIO, the unit
# becomes pending, read_retries is honoured and round-trips through the
# table; a write to the pending unit remaps it.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"

remap_load
main=$(scsidebug_create 16)
spare=$(nullb_create sspare 8)
spare_tool format "$main" "$spare" --unit 4096
remap_create s0 "$main" "$spare" read_retries 2
dev=/dev/mapper/s0
dmsetup table s0 | grep " 2 read_retries 2$" >/dev/null || fail "feature not in table: $(dmsetup table s0)"

blkio write "$dev" 0 4096 --seed 5
scsidebug_medium_error 1000 4 # LBAs 1000-1003: unit 125
if dd if="$dev" of=/dev/null bs=4096 skip=125 count=1 iflag=direct 2>/dev/null; then
	fail "read of a medium error succeeded"
fi
expect_eq "$(remap_status s0 pending)" 1 "pending"
remap_list s0 | grep "^125 - pending$" >/dev/null || fail "unit 125 not pending"
# Units around it read fine.
blkio verify "$dev" 992 8 --seed 5
blkio verify "$dev" 1008 8 --seed 5
dmesg | grep -i "medium error\|Medium Error" >/dev/null || note "no medium error in dmesg?"

blkio write "$dev" 1000 8 --seed 6 --bs 4096
expect_eq "$(remap_status s0 remapped)" 1 "remapped"
expect_eq "$(remap_status s0 pending)" 0 "pending after write"
blkio verify "$dev" 1000 8 --seed 6
blkio verify "$dev" 0 1000 --seed 5
dmsetup remove s0
scsidebug_remove
