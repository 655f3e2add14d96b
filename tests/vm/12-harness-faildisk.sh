#!/bin/bash
# Fault-injection self-test: dm-linear + error "failing disk" over a loop file
# fails reads and writes at exactly the bad ranges; other sectors keep their
# data; the ranges change at run time by a table reload of the same device.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"

dev=$(faildisk_create hfd 4 "100:8 3000:1")
total=$((4 * 2048))
minor=$(stat -c %T "$dev")
out=$(blkio write "$dev" 0 $total --seed 11) && fail "writes to error segments succeeded"
expect_eq "$(grep ^write-error <<<"$out" | tr '\n' ' ')" "write-error 100-107 write-error 3000-3000 " "write errors"
out=$(blkio verify "$dev" 0 $total --seed 11) && fail "verify passed over error segments"
expect_eq "$(grep -v ^sectors <<<"$out" | tr '\n' ' ')" "unreadable 100-107 unreadable 3000-3000 " "unreadable"

faildisk_set_bad hfd "100:8 3000:1 6000:4"
expect_eq "$(stat -c %T "$dev")" "$minor" "device number after reload"
out=$(blkio probe "$dev" 0 $total)
expect_eq "$(grep ^unreadable <<<"$out" | tr '\n' ' ')" \
	"unreadable 100-107 unreadable 3000-3000 unreadable 6000-6003 " "after run-time add"
blkio verify "$dev" 6004 $((total - 6004)) --seed 11 >/dev/null || fail "good sectors changed"
faildisk_set_bad hfd ""
blkio verify "$dev" 0 100 --seed 11 >/dev/null || fail "good sectors changed after clearing"
blkio verify "$dev" 6000 4 --seed 11 >/dev/null || fail "data under a cleared range changed"
faildisk_remove hfd
