#!/bin/bash
# Fault-injection self-test: scsi_debug medium errors fail reads (with real
# MEDIUM ERROR sense data) at exactly the configured blocks; writes pass;
# other sectors keep what was written; the range moves at run time.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"

dev=$(scsidebug_create 4)
total=$((4 * 2048))
blkio write "$dev" 0 $total --seed 3 >/dev/null || fail "write to scsi_debug"
blkio verify "$dev" 0 $total --seed 3 >/dev/null || fail "verify before errors"

scsidebug_medium_error 4096 8
out=$(blkio verify "$dev" 0 $total --seed 3) && fail "verify passed over medium errors"
expect_eq "$(grep -v ^sectors <<<"$out" | tr '\n' ' ')" "unreadable 4096-4103 " "medium error range"
dmesg | grep "Medium Error" >/dev/null || fail "no MEDIUM ERROR sense in the kernel log"

# Moved at run time, same device.
scsidebug_medium_error 6000 16
out=$(blkio verify "$dev" 0 $total --seed 3) && fail "verify passed over moved medium errors"
expect_eq "$(grep -v ^sectors <<<"$out" | tr '\n' ' ')" "unreadable 6000-6015 " "moved medium error range"
# scsi_debug fails reads only: a write into the range succeeds.
blkio write "$dev" 6000 16 --seed 4 >/dev/null || fail "write into a medium error range"
scsidebug_medium_error 0 0
blkio verify "$dev" 6000 16 --seed 4 >/dev/null || fail "verify after clearing"
scsidebug_remove

# 4Kn: 4096-byte logical blocks; the range is in logical blocks.
dev=$(scsidebug_create 4 4096)
blkio write "$dev" 0 $total --seed 5 >/dev/null || fail "write to 4Kn scsi_debug"
scsidebug_medium_error 100 2
out=$(blkio probe "$dev" 0 $total)
expect_eq "$(grep ^unreadable <<<"$out" | tr '\n' ' ')" "unreadable 800-815 " "4Kn medium error range"
scsidebug_remove
