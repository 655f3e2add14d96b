#!/bin/bash
# Fault-injection self-test: a dm-log-writes stack records every write with
# its flush/FUA and marks; replaying the log up to a mark or a flush point
# rebuilds exactly the device's contents at that point.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
lw() { python3 "$DMREMAP_SRC/tests/lib/logwrites.py" "$@"; }

data=$(nullb_create hlwdata 8)
log=$(nullb_create hlwlog 64)
replay=$(nullb_create hlwreplay 8)
dev=$(logwrites_create hlw "$data" "$log")

blkio write "$dev" 0 16384 --seed 1 >/dev/null    # fsync: a FLUSH in the log
logwrites_mark hlw first
blkio write "$dev" 2048 4096 --seed 2 >/dev/null
logwrites_mark hlw second
dd if=/dev/zero of="$dev" bs=4096 count=1 seek=100 oflag=direct,sync conv=notrunc status=none
logwrites_remove hlw

lw list "$log" >"$DMREMAP_OUT/log.txt"
entries=$(wc -l <"$DMREMAP_OUT/log.txt")
points=$(lw points "$log" | wc -l)
note "log: $entries entries, $points flush/FUA points"
[ "$points" -ge 2 ] || fail "expected flush points in the log, found $points"
grep -q 'MARK 0 0 first' "$DMREMAP_OUT/log.txt" || fail "mark 'first' not in the log"

lw replay "$log" "$replay" --mark first
blkio verify "$replay" 0 16384 --seed 1 >/dev/null || fail "replay to mark 'first'"
lw replay "$log" "$replay" --mark second
blkio verify "$replay" 0 2048 --seed 1 >/dev/null || fail "replay to 'second': first part"
blkio verify "$replay" 2048 4096 --seed 2 >/dev/null || fail "replay to 'second': rewritten part"
blkio verify "$replay" 6144 10240 --seed 1 >/dev/null || fail "replay to 'second': last part"
last=$(tail -1 "$DMREMAP_OUT/log.txt" | cut -d' ' -f1)
lw replay "$log" "$replay" --upto "$last"
cmp "$data" "$replay" || fail "full replay differs from the data device"
