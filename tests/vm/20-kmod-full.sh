#!/bin/bash
# Spare full: state spare_full and a device-mapper event; further write
# errors pass through as errors; nothing already remapped is lost.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"

remap_load
main=$(nullb_create umain 16)
modprobe loop
truncate -s 256K /tmp/full-spare.img
spare=$(losetup --find --show --direct-io=on /tmp/full-spare.img)
spare_tool format "$main" "$spare" --unit 4096
slots=$(spare_json_field "$spare" nr_slots)
note "spare of 256 KiB: $slots slots"
[ "$slots" -ge 8 ] && [ "$slots" -le 64 ] || fail "unexpected slot count $slots"
remap_create u0 "$main" "$spare"
dev=/dev/mapper/u0
blkio write "$dev" 0 8192 --seed 12
events0=$(dmsetup info -c --noheadings -o events u0)
nullb_bad_add umain 0 $(((slots + 10) * 8 - 1))
blkio write "$dev" 0 $((slots * 8)) --seed 13 --bs 4096
expect_eq "$(remap_status u0 remapped)" "$slots" "remapped"
expect_eq "$(remap_status u0 state)" spare_full "state"
events1=$(dmsetup info -c --noheadings -o events u0)
[ "$events1" -gt "$events0" ] || fail "no device-mapper event ($events0 -> $events1)"
# One more failing write: it fails, and the unit is marked pending.
must_fail dd if=/dev/zero of="$dev" bs=4096 seek=$((slots + 2)) count=1 oflag=direct status=none
expect_eq "$(remap_status u0 remapped)" "$slots" "remapped after the failed write"
# (udev's blkid, woken by the close of a written device, may have read
# other bad units: those are pending too.)
remap_list u0 | grep "^$((slots + 2)) - pending$" >/dev/null || fail "unit $((slots + 2)) not pending"
blkio verify "$dev" 0 $((slots * 8)) --seed 13
blkio verify "$dev" $(((slots + 10) * 8)) 800 --seed 12
dmsetup remove u0
losetup -d "$spare"
rm -f /tmp/full-spare.img
