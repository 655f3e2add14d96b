#!/bin/bash
# Device-mapper control through libdevmapper (core/dm, LibDevmapperControl)
# end to end against the real remap target: create from a main/spare pair,
# reload, suspend/resume, remove (retry while briefly busy, Busy while open),
# messages and replies, typed status in every state (ok, degraded,
# spare_full, read_only, failed), list, waiting for events; with
# systemd-udevd running (udev makes the nodes and signals the cookies), then
# again without (libdevmapper makes the nodes). The test program is
# tests/unit/dm/dmcontrol_vmtest.cpp.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"

vmtest=$DMREMAP_BUILD/tests/unit/dm/dmremap-dm-vmtest
[ -x "$vmtest" ] || fail "dmremap-dm-vmtest not built in $DMREMAP_BUILD"
remap_load
# A 16 MiB main, and a 128 KiB spare (a few slots, quick to fill) on a
# dm-linear the test reloads with error segments to make the spare fail.
main=$(nullb_create cdmmain 16)
backing=$(nullb_create cdmspbk 1)
echo "0 256 linear $backing 0" | dmsetup create cdmspare >/dev/null || fail "dmsetup create cdmspare"
wait_dev /dev/mapper/cdmspare
spare=/dev/mapper/cdmspare
spare_tool format "$main" "$spare" --unit 4096 >/dev/null

export DMREMAP_DM_SPARE_TOOL=$DMREMAP_SPARE_TOOL DMREMAP_DM_MAIN=$main DMREMAP_DM_MAIN_NULLB=cdmmain DMREMAP_DM_SPARE=$spare
export DMREMAP_DM_SPARE_BACKING=$backing DMREMAP_DM_SPARE_SECTORS=256 DMREMAP_DM_STATUS_LOG=$DMREMAP_OUT/status-lines.txt
DMREMAP_DM_SLOT_OFFSET=$(spare_json_field "$spare" slot_offset_sectors)
DMREMAP_DM_SLOTS=$(spare_json_field "$spare" nr_slots)
export DMREMAP_DM_SLOT_OFFSET DMREMAP_DM_SLOTS
note "spare: $DMREMAP_DM_SLOTS slots from sector $DMREMAP_DM_SLOT_OFFSET"
: >"$DMREMAP_DM_STATUS_LOG"

# With udev (virtme-ng's init starts systemd-udevd; the rules are those of
# the build root's dmsetup package, 95-dm-notify.rules completes cookies).
[ -S /run/udev/control ] || fail "systemd-udevd is not running"
DMREMAP_DM_EXPECT_UDEV=1 "$vmtest" --gtest_filter='Udev.*:Control.*' || fail "with udev"

# Without udev, as in a rescue shell: DM_DISABLE_UDEV=1 makes libdevmapper
# ignore the running udevd (no cookies; it makes and removes the nodes itself).
DM_DISABLE_UDEV=1 DMREMAP_DM_EXPECT_UDEV=0 "$vmtest" \
	--gtest_filter='Udev.*:Control.CreateListStatusRemove:Control.ReloadSuspendResumeKeepRemaps:Control.RemoveRetries*' ||
	fail "without udev"

# Every state; the last one powers the main device off.
DMREMAP_DM_EXPECT_UDEV=1 "$vmtest" --gtest_filter='States.*' || fail "states"
note "status lines: $(cut -d' ' -f1 "$DMREMAP_DM_STATUS_LOG" | tr '\n' ' ')"
dmsetup remove cdmspare
