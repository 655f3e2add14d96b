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

# Every point's table swap is a uevent, and udev's dm rules start two
# dmsetup processes for each that carries a cookie (about 0.6 s apiece
# under emulation): a few hundred of them kept udev busy for minutes after
# the check. The check device needs no udev (libdevmapper without udev
# sync): a rule in this VM's /run drops its cookie and sets the flags the
# cookie would have given (no dm, disk or other rules: no blkid) itself.
# The spare images are not watched either: every table load opens them
# for writing, and a watched device's close is a change event with blkid.
rule=/run/udev/rules.d/00-dmremap-crash-check.rules
mkdir -p /run/udev/rules.d
echo 'SUBSYSTEM=="block", KERNEL=="dm-*", ATTR{dm/name}=="xchk", ENV{DM_COOKIE}="",' \
	'ENV{DM_UDEV_PRIMARY_SOURCE_FLAG}="1", ENV{DM_UDEV_DISABLE_SUBSYSTEM_RULES_FLAG}="1",' \
	'ENV{DM_UDEV_DISABLE_DISK_RULES_FLAG}="1", ENV{DM_UDEV_DISABLE_OTHER_RULES_FLAG}="1"' >"$rule"
echo 'SUBSYSTEM=="block", KERNEL=="xsnap[ab]", OPTIONS:="nowatch"' >>"$rule"
trap 'rm -f "$rule"; udevadm control --reload 2>/dev/null || true' EXIT
udevadm control --reload || fail "udevadm control --reload"

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
t0=$SECONDS
python3 "$DMREMAP_SRC/tests/vm/20-kmod-crash.py" storm /dev/mapper/x0 xlw $((SINGLES - 1)) ||
	fail "remap storm"
note "storm done in $((SECONDS - t0)) s: $(dmsetup status x0)"
remap_list x0 >"$DMREMAP_OUT/final-list"
dmsetup remove x0
logwrites_remove xlw
t0=$SECONDS
python3 "$DMREMAP_SRC/tests/vm/20-kmod-crash.py" replay "$logdev" "$main" "$snap_a" "$snap_b" \
	"$DMREMAP_SPARE_TOOL" "$meta_bytes" || fail "crash replay check failed"
note "replay and checks done in $((SECONDS - t0)) s"
# Leave udev no backlog of this script's device events for the next one.
t0=$SECONDS
udevadm settle --timeout=120 || note "udev still busy after 120 s"
note "udev settled in $((SECONDS - t0)) s"
