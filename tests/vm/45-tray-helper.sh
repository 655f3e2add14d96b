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
# wait_for CONDITION SECONDS: polls the shell condition every 50 ms until it
# holds or SECONDS pass (the check after it says what was expected).
wait_for() {
	local end=$((SECONDS + $2))
	until eval "$1" >/dev/null 2>&1; do
		[ "$SECONDS" -lt "$end" ] || return 0
		sleep 0.05
	done
}
out=$DMREMAP_OUT/tray-probe.txt
LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$DMREMAP_BUILD/tests/tray/dmremap-tray-probe" 120 >"$out" 2>&1 &
probe=$!
for _ in $(seq 1 200); do grep watching "$out" >/dev/null && break; sleep 0.1; done
grep watching "$out" >/dev/null || fail "probe: $(cat "$out")"
settle
expect_eq "$(grep -c '^notify' "$out")" 0 "notifications before any event"

nullb_bad_add nullb0 8000 8007 # one 4 KiB block, in 512-byte sectors
dd if=/dev/zero of=/dev/mapper/remap-nullb0 bs=4096 seek=1000 count=1 oflag=direct status=none
# The first notification, then more polls of the same status: no second one.
wait_for 'grep ^notify "$out"' 6
settle
expect_eq "$(grep -c '^notify' "$out")" 1 "notifications after one new remap"
grep -F 'notify nullb0/remaps/remap-nullb0/1 | /dev/nullb0: 1 block remapped | dashboard:remap-nullb0' "$out" >/dev/null ||
	fail "notification: $(cat "$out")"
kill "$probe"
cat "$out"

# --- The real tray (dmremap --tray) with a real notification server -------------------
# dunst on Xvfb and a session bus of its own; the tray watches the helper on
# the system bus. A second new remap must reach dunst as exactly one Notify
# call with the text and the dashboard action; more polls give none.
mkdir -p /tmp/tray-xdg /tmp/tray-home && chmod 700 /tmp/tray-xdg
export XDG_RUNTIME_DIR=/tmp/tray-xdg HOME=/tmp/tray-home DISPLAY=:7
Xvfb :7 -screen 0 1024x768x24 -nolisten tcp >"$DMREMAP_OUT/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 1 100); do [ -e /tmp/.X11-unix/X7 ] && break; sleep 0.1; done
[ -e /tmp/.X11-unix/X7 ] || fail "Xvfb did not start: $(cat "$DMREMAP_OUT/xvfb.log")"
read -r DBUS_SESSION_BUS_ADDRESS sbus < <(dbus-daemon --session --fork --print-address 1 --print-pid 1 | paste -s -d ' ')
export DBUS_SESSION_BUS_ADDRESS
tray="" dunst="" nmon="" smon=""
trap 'kill $tray $dunst $nmon $smon $sbus $xvfb 2>/dev/null; sysbus_stop' EXIT
dunst >"$DMREMAP_OUT/dunst.log" 2>&1 &
dunst=$!
for _ in $(seq 1 100); do
	gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
		--method org.freedesktop.DBus.NameHasOwner org.freedesktop.Notifications 2>/dev/null | grep true >/dev/null && break
	sleep 0.2
done
dbus-monitor --session "type=method_call,interface=org.freedesktop.Notifications,member=Notify" \
	>"$DMREMAP_OUT/notify-monitor.txt" 2>&1 &
nmon=$!
# The tray is ready once it has read the helper's state (its GetAll calls).
dbus-monitor --system "type=method_call,interface=org.freedesktop.DBus.Properties,member=GetAll" \
	>"$DMREMAP_OUT/system-monitor.txt" 2>&1 &
smon=$!
# Both monitors are ready once the bus took their names away (BecomeMonitor).
wait_for 'grep member=NameLost "$DMREMAP_OUT/notify-monitor.txt" && grep member=NameLost "$DMREMAP_OUT/system-monitor.txt"' 5
LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb "$DMREMAP_BUILD/app/src/dmremap" --tray >"$DMREMAP_OUT/tray.log" 2>&1 &
tray=$!
for _ in $(seq 1 300); do grep 'member=GetAll' "$DMREMAP_OUT/system-monitor.txt" >/dev/null && break; sleep 0.1; done
grep 'member=GetAll' "$DMREMAP_OUT/system-monitor.txt" >/dev/null || fail "the tray never read the helper's state: $(cat "$DMREMAP_OUT/tray.log")"
settle
kill -0 "$tray" 2>/dev/null || fail "dmremap --tray exited: $(cat "$DMREMAP_OUT/tray.log")"
expect_eq "$(grep -c 'member=Notify' "$DMREMAP_OUT/notify-monitor.txt")" 0 "Notify calls for the state at start"

nullb_bad_add nullb0 16000 16007
dd if=/dev/zero of=/dev/mapper/remap-nullb0 bs=4096 seek=2000 count=1 oflag=direct status=none
wait_for 'grep member=Notify "$DMREMAP_OUT/notify-monitor.txt"' 6
settle
expect_eq "$(grep -c 'member=Notify' "$DMREMAP_OUT/notify-monitor.txt")" 1 "Notify calls reaching dunst after one new remap"
for want in 'string "/dev/nullb0: 1 block remapped"' 'string "Open the dashboard"' 'remap-nullb0'; do
	grep -F -- "$want" "$DMREMAP_OUT/notify-monitor.txt" >/dev/null ||
		fail "the Notify call lacks $want: $(cat "$DMREMAP_OUT/notify-monitor.txt")"
done
note "dmremap --tray: one notification through dunst for one new remap"
