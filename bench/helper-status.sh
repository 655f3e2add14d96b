#!/bin/bash
# The helper's status path: a D-Bus round trip of a status property read
# (median, p99) against the libdevmapper status ioctl underneath, interleaved
# in one process of the same boot; and the PropertiesChanged rate of a remap device during a remap storm
# against the bound (1000 / Manager.StatusInterval per second).
# shellcheck disable=SC1091
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/lib/sysbus.sh"

sysbus_start
trap sysbus_stop EXIT
kmod_load
bench=$DMREMAP_BUILD/tests/unit/helper/dmremap-helper-bench
nullb_create nullb0 256 4096 >/dev/null && nullb_create nullb1 256 4096 >/dev/null
"$DMREMAP_BUILD/app/cli/dmremapctl" create nullb0 nullb1 --format >/dev/null || fail "create"
# The device's object must be on the bus before it is read (the helper that
# created it may have handed over to a fresh one in between).
R=$HELPER_PATH/devices/remap_2dnullb0
for i in $(seq 1 100); do
	busctl --system get-property "$HELPER_NAME" "$HELPER_PATH" org.dmremap.Helper1.Manager RemapDevices 2>/dev/null |
		grep -F "\"$R\"" >/dev/null && break
	sleep 0.1
done
busctl --system get-property "$HELPER_NAME" "$R" org.dmremap.Helper1.RemapDevice Remapped >/dev/null ||
	fail "no object $R after create"

out=$("$bench" roundtrip remap-nullb0 2000 2>&1) || fail "roundtrip: $out"
echo "$out"
dbus_med=$(awk '/^dbus/ {print $3}' <<<"$out") dm_med=$(awk '/^libdevmapper/ {print $3}' <<<"$out")
bench_report helper.status.dbus.median "$dbus_med" us
bench_report helper.status.dbus.p99 "$(awk '/^dbus/ {print $5}' <<<"$out")" us
bench_report helper.status.libdevmapper.median "$dm_med" us
bench_report helper.status.libdevmapper.p99 "$(awk '/^libdevmapper/ {print $5}' <<<"$out")" us
bench_report helper.status.dbus_over_ioctl "$(awk -v a="$dbus_med" -v b="$dm_med" 'BEGIN {printf "%.1f", a / b}')" x

# Remap storm: 20,000 bad 4 KiB blocks written over while a watcher counts.
interval=$(busctl --system get-property "$HELPER_NAME" "$HELPER_PATH" org.dmremap.Helper1.Manager StatusInterval | awk '{print $2}')
"$bench" signals remap-nullb0 12 >"$DMREMAP_OUT/signals.txt" &
watcher=$!
sleep 1
nullb_bad_add nullb0 8192 $((8192 + 20000 * 8 - 1))
blkio write /dev/mapper/remap-nullb0 8192 $((20000 * 8)) >/dev/null 2>&1
wait $watcher
cat "$DMREMAP_OUT/signals.txt"
max=$(awk '{print $4}' "$DMREMAP_OUT/signals.txt")
bench_report helper.storm.signals "$(awk '{print $2}' "$DMREMAP_OUT/signals.txt")" count
bench_report helper.storm.signals_mean_per_s "$(awk '{print $6}' "$DMREMAP_OUT/signals.txt")" 1/s "<= $((1000 / interval))"
bench_report helper.storm.signals_min_gap "$(awk '{print $8}' "$DMREMAP_OUT/signals.txt")" ms ">= $interval (client side)"
bench_report helper.storm.remapped "$(busctl --system get-property "$HELPER_NAME" "$R" org.dmremap.Helper1.RemapDevice Remapped | awk '{print $2}')" units
bench_report helper.storm.signals_max_per_s "$max" 1/s "<= $((1000 / interval))"
# Times are arrival times at the client: the bus's latency jitters them
# (a 500 ms interval arrived as gaps of 488 ms and more under TCG). So a 1 s
# window may hold one signal more than the bound, and the mean rate may
# exceed it by 5 %; more than that is the helper's doing.
[ "$max" -le $((1000 / interval + 1)) ] || fail "signal rate $max/s above the bound"
awk -v m="$(awk '{print $6}' "$DMREMAP_OUT/signals.txt")" -v b="$((1000 / interval))" 'BEGIN {exit !(m <= b * 1.05)}' ||
	fail "mean signal rate above $((1000 / interval))/s (+5 % client jitter)"
