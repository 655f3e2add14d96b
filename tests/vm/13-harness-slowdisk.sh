#!/bin/bash
# Fault-injection self-test: a dm-delay slow region delays exactly its range
# and passes data through unchanged.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"

base=$(nullb_create hsl 16)
dev=$(slowdisk_create hslow "$base" 8192 2048 200)
blkio write "$dev" 0 32768 --seed 21 >/dev/null || fail "write through dm-delay"
blkio verify "$dev" 0 32768 --seed 21 >/dev/null || fail "verify through dm-delay"

slow=$(blkio time "$dev" 9000 8)
first=$(blkio time "$dev" 8192 8)
before=$(blkio time "$dev" 8184 8)
after=$(blkio time "$dev" 10240 8)
note "median direct 4 KiB read: slow region $slow ms (first block $first ms); before $before ms, after $after ms"
awk -v s="$slow" -v f="$first" 'BEGIN { exit !(s >= 195 && f >= 195) }' || fail "slow region read in $slow/$first ms, not >= 200"
awk -v b="$before" -v a="$after" 'BEGIN { exit !(b < 100 && a < 100) }' || fail "reads next to the slow region took $before/$after ms"
dmsetup remove hslow
