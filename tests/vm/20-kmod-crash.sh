#!/bin/bash
# Crash consistency: dm-log-writes records every write to the spare during a
# remap storm (single writes, a concurrent burst, one write over many bad
# units). The log is replayed forward to every flush/FUA point; at each one
# the metadata must load through dmremap-spare check AND through the target
# and hold every remap acknowledged before that point (20-kmod-crash.py).
# DMREMAP_TEST_CRASH_SINGLES: number of single writes (default 12; more for a
# longer run: each adds about 3 points).
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"
SINGLES=${DMREMAP_TEST_CRASH_SINGLES:-12}
[ "$SINGLES" -ge 1 ] && [ "$SINGLES" -le 300 ] || fail "DMREMAP_TEST_CRASH_SINGLES must be 1-300"

remap_load
main=$(nullb_create xmain 32)
spare=$(nullb_create xspare 4)
logdev=$(nullb_create xlog 256)
snap_a=$(nullb_create xsnapa 4)
snap_b=$(nullb_create xsnapb 4)
lwdev=$(logwrites_create xlw "$spare" "$logdev")
spare_tool format "$main" "$lwdev" --unit 4096
meta_bytes=$(($(spare_json_field "$lwdev" slot_offset_sectors) * 512))
logwrites_mark xlw formatted
remap_create x0 "$main" "$lwdev"
nullb_bad_add xmain 8000 15999 # units 1000-1999
python3 "$DMREMAP_SRC/tests/vm/20-kmod-crash.py" storm /dev/mapper/x0 xlw $((SINGLES - 1)) ||
	fail "remap storm"
note "storm done: $(dmsetup status x0)"
remap_list x0 >"$DMREMAP_OUT/final-list"
dmsetup remove x0
logwrites_remove xlw
python3 "$DMREMAP_SRC/tests/vm/20-kmod-crash.py" replay "$logdev" "$main" "$snap_a" "$snap_b" \
	"$DMREMAP_SPARE_TOOL" "$meta_bytes" || fail "crash replay check failed"
# Leave udev no backlog of this script's device events for the next one.
udevadm settle --timeout=120 || note "udev still busy after 120 s"
