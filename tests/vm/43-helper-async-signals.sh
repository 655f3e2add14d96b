#!/bin/bash
# Authorization never blocks the helper: while one caller's polkit check is
# held open (a rule that waits until the test releases it, as a check waits
# while an administrator types a password), another user's calls are
# answered, and the held call is answered once polkit is. Then the tray
# signals of a remap device, from a client that called Watch: a new remap on
# a null_blk bad range gives exactly one RemapsAdded, a failed read exactly
# one PendingBlocksAdded, filling the spare exactly one SpareNearlyFull and
# one SpareFull. (SmartVerdictChanged needs a drive whose SMART verdict
# changes; no disk of the VM stage has one: the unit test
# tests/unit/helper/smartverdict_test.cpp checks it on real SMART dumps.)
# shellcheck disable=SC1091
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/lib/sysbus.sh"
set -u

RI=org.dmremap.Helper1.RemapDevice
release=/run/dmremap-test-release

rules=/etc/polkit-1/rules.d/30-dmremap-held.rules
trap 'rm -f $rules $release; sysbus_stop' EXIT
# polkit holds its answer to dmslow until $release exists. polkitd evaluates
# rules one at a time and stops a rule after 15 s, so the rule waits in
# short spawns and gives up after 13 s (then the held call ends early and
# the test fails saying so).
rm -f "$release"
cat >$rules <<-EOF2
	polkit.addRule(function(action, subject) {
	    if (subject.user != "dmslow" || action.id != "org.dmremap.helper.remap")
	        return polkit.Result.NOT_HANDLED;
	    var end = Date.now() + 13000;
	    while (Date.now() < end) {
	        var out = "";
	        try {
	            out = polkit.spawn(["/bin/sh", "-c",
	                "for i in 1 2 3 4 5 6 7 8 9 10; do [ -e $release ] && break; sleep 0.1; done; [ -e $release ] && echo released; true"]);
	        } catch (e) {
	            polkit.log("dmremap test: spawn: " + e);
	        }
	        if (out.indexOf("released") >= 0)
	            break;
	    }
	    return polkit.Result.YES;
	});
EOF2
chmod 644 $rules
sysbus_start # polkitd reads the rules once, at its start
sysbus_user dmtest
sysbus_user dmslow
kmod_load
# 4 KiB blocks; a 1 MiB spare has few slots, so it fills quickly.
nullb_create nullb0 64 4096 >/dev/null && nullb_create nullb1 1 4096 >/dev/null
"$DMREMAP_BUILD/app/cli/dmremapctl" create nullb0 nullb1 --format >/dev/null || fail "create remap-nullb0"
R=$HELPER_PATH/devices/remap_2dnullb0
prop() { busctl --system get-property "$HELPER_NAME" "$R" $RI "$1" | awk '{gsub(/"/, "", $2); print $2}'; }
ms_now() { ms=$((${EPOCHREALTIME/./} / 1000)); } # sets ms; no process (time counts below)

# --- a held authorization holds only its own call -----------------------------
ms_now && t0=$ms
as_user dmslow busctl --system call "$HELPER_NAME" "$R" $RI Remap 'ta{sv}' 80 1 auth.no_user_interaction b true \
	>"$DMREMAP_OUT/held.out" 2>&1 &
held=$!
# The held call must reach polkit first: wait until polkitd runs the rule.
reached=""
for i in $(seq 1 300); do pgrep -f "dmremap-test-release" >/dev/null && reached=1 && break; sleep 0.1; done
[ -n "$reached" ] || fail "polkit never ran the held rule ($(cat "$DMREMAP_OUT/held.out"))"
ms_now && t1=$ms
# Another user's calls, each its own client, at once: two reads and a method call.
as_user dmtest busctl --system get-property "$HELPER_NAME" "$HELPER_PATH" org.dmremap.Helper1.Manager Version \
	>"$DMREMAP_OUT/read1.out" 2>&1 &
r1=$!
as_user dmtest busctl --system get-property "$HELPER_NAME" "$R" $RI Remapped >"$DMREMAP_OUT/read2.out" 2>&1 &
r2=$!
as_user dmtest busctl --system call "$HELPER_NAME" "$HELPER_PATH" org.dmremap.Helper1.Manager GetDrive 'sa{sv}' nullb0 0 \
	>"$DMREMAP_OUT/read3.out" 2>&1 &
r3=$!
wait $r1 || fail "Version read: $(cat "$DMREMAP_OUT/read1.out")"
wait $r2 || fail "Remapped read: $(cat "$DMREMAP_OUT/read2.out")"
wait $r3 || fail "GetDrive: $(cat "$DMREMAP_OUT/read3.out")"
grep -F '"0.1.0"' "$DMREMAP_OUT/read1.out" >/dev/null || fail "Version read: $(cat "$DMREMAP_OUT/read1.out")"
grep -F '"/org/dmremap/Helper1/drives/nullb0"' "$DMREMAP_OUT/read3.out" >/dev/null || fail "GetDrive: $(cat "$DMREMAP_OUT/read3.out")"
ms_now && t2=$ms
kill -0 $held 2>/dev/null || fail "the held call ended before the other calls were answered ($(cat "$DMREMAP_OUT/held.out")): no overlap shown"
expect_eq "$(prop ManualRemaps)" 0 "the held call has not acted before polkit answered"
touch "$release"
wait $held || fail "held Remap: $(cat "$DMREMAP_OUT/held.out")"
ms_now && t3=$ms
note "held call: polkit reached after $((t1 - t0)) ms; three calls of another user answered in $((t2 - t1)) ms while it was held; it was answered $((t3 - t2)) ms after the release"
expect_eq "$(prop ManualRemaps)" 1 "the held call acted once authorized"

# --- tray signals ---------------------------------------------------------------
cap=$(prop Capacity)
[ "$cap" -gt 10 ] && [ "$cap" -lt 1000 ] || fail "unexpected spare capacity $cap"
interval=$(busctl --system get-property "$HELPER_NAME" "$HELPER_PATH" org.dmremap.Helper1.Manager StatusInterval | awk '{print $2}')
settle() { sleep "$(awk -v i="$interval" 'BEGIN {print 3 * i / 1000}')"; }
"$DMREMAP_BUILD/tests/unit/helper/dmremap-helper-bench" watch remap-nullb0 600 >"$DMREMAP_OUT/signals.txt" 2>&1 &
watcher=$!
for i in $(seq 1 100); do grep watching "$DMREMAP_OUT/signals.txt" >/dev/null && break; sleep 0.1; done
grep watching "$DMREMAP_OUT/signals.txt" >/dev/null || fail "watcher: $(cat "$DMREMAP_OUT/signals.txt")"
count() { grep -c " $1" "$DMREMAP_OUT/signals.txt"; }

# One bad 4 KiB block written over: one remap, one signal.
nullb_bad_add nullb0 8000 8007 # null_blk bad ranges are in 512-byte sectors
dd if=/dev/zero of=/dev/mapper/remap-nullb0 bs=4096 seek=1000 count=1 oflag=direct status=none
settle
expect_eq "$(count RemapsAdded)" 1 "RemapsAdded after one new remap"
grep "RemapsAdded 1 2$" "$DMREMAP_OUT/signals.txt" >/dev/null || fail "RemapsAdded args: $(cat "$DMREMAP_OUT/signals.txt")"
expect_eq "$(count PendingBlocksAdded)" 0 "PendingBlocksAdded before any failed read"

# One bad block read: pending.
nullb_bad_add nullb0 16000 16007
dd if=/dev/mapper/remap-nullb0 of=/dev/null bs=4096 skip=2000 count=1 iflag=direct status=none 2>/dev/null &&
	fail "the read of a bad block succeeded"
settle
expect_eq "$(count PendingBlocksAdded)" 1 "PendingBlocksAdded after one failed read"
expect_eq "$(count RemapsAdded)" 1 "no RemapsAdded for a pending block"

# Fill the spare: every free slot and some more are written over bad blocks.
used=$(prop Remapped)
first=32000
nullb_bad_add nullb0 $first $((first + (cap + 20) * 8 - 1))
blkio write /dev/mapper/remap-nullb0 $first $(((cap + 20) * 8)) --bs 4096 >/dev/null 2>&1
settle
note "capacity $cap, remapped $(prop Remapped) (was $used), state $(prop State)"
expect_eq "$(prop State)" spare_full "state after filling the spare"
expect_eq "$(count SpareNearlyFull)" 1 "SpareNearlyFull"
expect_eq "$(count SpareFull)" 1 "SpareFull"
grep "StateChanged .* spare_full" "$DMREMAP_OUT/signals.txt" >/dev/null || fail "no StateChanged to spare_full"
kill $watcher
cat "$DMREMAP_OUT/signals.txt"
