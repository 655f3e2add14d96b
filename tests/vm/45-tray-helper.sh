#!/bin/bash
# The tray monitor's event path against the real helper and kernel target:
# dmremap-tray-probe (HelperWatcher + TrayMonitor, printing what it would
# notify) watches a remap device over a null_blk disk; a write over a new
# bad block gives exactly one notification naming the main drive, the new
# remap and the dashboard; further status polls give none. (The real
# notification server is tested outside the VM: tests/tray/notify-session.sh.)
# shellcheck disable=SC1091
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/lib/sysbus.sh"
set -u
trap 'sysbus_stop' EXIT
sysbus_start
kmod_load
nullb_create nullb0 64 4096 >/dev/null && nullb_create nullb1 4 4096 >/dev/null
"$DMREMAP_BUILD/app/cli/dmremapctl" create nullb0 nullb1 --format >/dev/null || fail "create remap-nullb0"
interval=$(busctl --system get-property "$HELPER_NAME" "$HELPER_PATH" org.dmremap.Helper1.Manager StatusInterval | awk '{print $2}')
settle() { sleep "$(awk -v i="$interval" 'BEGIN {print 3 * i / 1000}')"; }
out=$DMREMAP_OUT/tray-probe.txt
LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$DMREMAP_BUILD/tests/tray/dmremap-tray-probe" 120 >"$out" 2>&1 &
probe=$!
for _ in $(seq 1 200); do grep watching "$out" >/dev/null && break; sleep 0.1; done
grep watching "$out" >/dev/null || fail "probe: $(cat "$out")"
settle
expect_eq "$(grep -c '^notify' "$out")" 0 "notifications before any event"

nullb_bad_add nullb0 8000 8007 # one 4 KiB block, in 512-byte sectors
dd if=/dev/zero of=/dev/mapper/remap-nullb0 bs=4096 seek=1000 count=1 oflag=direct status=none
settle
settle # more polls of the same status: no second notification
expect_eq "$(grep -c '^notify' "$out")" 1 "notifications after one new remap"
grep -F 'notify nullb0/remaps/remap-nullb0/1 | /dev/nullb0: 1 block remapped | dashboard:remap-nullb0' "$out" >/dev/null ||
	fail "notification: $(cat "$out")"
kill "$probe"
cat "$out"
