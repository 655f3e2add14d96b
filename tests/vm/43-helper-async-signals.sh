#!/bin/bash
# Authorization never blocks the helper: while one caller's polkit check
# hangs in a slow rule (as it would while an administrator types a
# password), another client's reads are answered at once, and the slow call
# is answered when polkit is. Then the tray signals of a remap device, from a
# client that called Watch: a new remap on a null_blk bad range gives exactly
# one RemapsAdded, a failed read exactly one PendingBlocksAdded, filling the
# spare exactly one SpareNearlyFull and one SpareFull.
# (SmartVerdictChanged needs a drive with SMART; null_blk has none.)
# shellcheck disable=SC1091
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/lib/sysbus.sh"
set -u

RI=org.dmremap.Helper1.RemapDevice
NOI="{'auth.no_user_interaction': <true>}"
slow_s=${DMREMAP_TEST_SLOW_RULE_S:-6}

sysbus_start
trap sysbus_stop EXIT
sysbus_user dmtest
sysbus_user dmslow
# polkit takes slow_s seconds to say yes to dmslow.
cat >/etc/polkit-1/rules.d/30-dmremap-slow.rules <<-EOF2
	polkit.addRule(function(action, subject) {
	    if (subject.user == "dmslow" && action.id == "org.dmremap.helper.remap") {
	        polkit.log("dmremap test: a slow answer for " + subject.user);
	        try {
	            polkit.spawn(["/usr/bin/sleep", "$slow_s"]);
	        } catch (e) {
	            polkit.log("dmremap test: spawn: " + e + "; waiting in a loop");
	            var end = Date.now() + $slow_s * 1000;
	            while (Date.now() < end) {}
	        }
	        return polkit.Result.YES;
	    }
	});
EOF2
chmod 644 /etc/polkit-1/rules.d/30-dmremap-slow.rules
trap 'rm -f /etc/polkit-1/rules.d/30-dmremap-slow.rules; sysbus_stop' EXIT
polkit_restart
kmod_load
# 4 KiB blocks; a 1 MiB spare has few slots, so it fills quickly.
nullb_create nullb0 64 4096 >/dev/null && nullb_create nullb1 1 4096 >/dev/null
"$DMREMAP_BUILD/app/cli/dmremapctl" create nullb0 nullb1 --format >/dev/null || fail "create remap-nullb0"
R=$HELPER_PATH/devices/remap_2dnullb0
prop() { busctl --system get-property "$HELPER_NAME" "$R" $RI "$1" | awk '{print $2}'; }

# --- a slow authorization holds only its own call ------------------------------
start=$(date +%s%N)
GCALL_AS=dmslow gcall "$R" $RI.Remap 80 "$NOI" >"$DMREMAP_OUT/slow.out" 2>&1 &
slow=$!
sleep 0.5
for read in "gcall $HELPER_PATH org.freedesktop.DBus.Properties.Get org.dmremap.Helper1.Manager Version" \
	"gcall $R org.freedesktop.DBus.Properties.Get $RI Remapped" \
	"gcall $HELPER_PATH org.dmremap.Helper1.Manager.GetDrive 'nullb0' {}"; do
	GCALL_AS=dmtest expect_ok $read >/dev/null
done
ms=$((($(date +%s%N) - start) / 1000000))
kill -0 $slow 2>/dev/null || fail "the slow call ended before the reads ($(cat "$DMREMAP_OUT/slow.out")); no overlap shown"
note "three reads answered ${ms} ms after the slow call started (polkit takes ${slow_s} s for it)"
[ "$ms" -lt $((slow_s * 1000)) ] || fail "reads took ${ms} ms: they waited for the slow authorization"
wait $slow || fail "slow Remap: $(cat "$DMREMAP_OUT/slow.out")"
expect_eq "$(prop ManualRemaps)" 1 "the slow call acted once authorized"

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
blkio write /dev/mapper/remap-nullb0 8000 8 >/dev/null 2>&1
settle
expect_eq "$(count RemapsAdded)" 1 "RemapsAdded after one new remap"
grep "RemapsAdded 1 2$" "$DMREMAP_OUT/signals.txt" >/dev/null || fail "RemapsAdded args: $(cat "$DMREMAP_OUT/signals.txt")"
expect_eq "$(count PendingBlocksAdded)" 0 "PendingBlocksAdded before any failed read"

# One bad block read: pending.
nullb_bad_add nullb0 16000 16007
blkio probe /dev/mapper/remap-nullb0 16000 8 >/dev/null 2>&1
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
