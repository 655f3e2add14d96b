#!/bin/bash
# Manual remaps keep readable data; remaps and pending marks survive
# suspend/resume, table reload, remove+create and module unload/reload; the
# checker agrees with the target's list; bad messages are refused cleanly.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"

remap_setup p
blkio write "$dev" 0 8192 --seed 7

# Manual remap of a readable unit keeps its data.
before=$(dd if="$dev" bs=4096 skip=300 count=1 iflag=direct status=none | md5sum)
out=$(remap_msg p0 remap 2400)
expect_eq "$out" "remapped 300 0" "remap message output"
after=$(dd if="$dev" bs=4096 skip=300 count=1 iflag=direct status=none | md5sum)
expect_eq "$after" "$before" "data of a manually remapped unit"
expect_eq "$(remap_status p0 manual_remaps)" 1 "manual remaps"
# The unit now lives on the spare: failing main there does not matter.
nullb_bad_add pmain 2400 2407
blkio verify "$dev" 2400 8 --seed 7
# Again: already remapped.
expect_eq "$(remap_msg p0 remap 2401)" "remapped 300 0" "second remap of the unit"
# Manual remap of an unreadable unit: nothing to copy, so it becomes pending.
nullb_bad_add pmain 4000 4007
expect_eq "$(remap_msg p0 remap 4000)" "pending 500" "remap of an unreadable unit"
expect_eq "$(remap_status p0 pending)" 1 "pending"
# An auto remap too.
nullb_bad_add pmain 6000 6007
blkio write "$dev" 6000 8 --seed 8 --bs 4096
remap_list p0 >"$DMREMAP_OUT/list0"
cat "$DMREMAP_OUT/list0"
expect_eq "$(wc -l <"$DMREMAP_OUT/list0")" 3 "entries"

check_all() { # WHEN
	remap_expect_list p0 "$DMREMAP_OUT/list0" "$1"
	# 0-2407: healthy data and the manual remap (unit 300).
	blkio verify "$dev" 0 2408 --seed 7 >/dev/null || fail "$1: healthy or manual remap data"
	blkio verify "$dev" 6000 8 --seed 8 >/dev/null || fail "$1: auto remap data"
}
dmsetup suspend p0
dmsetup resume p0
check_all "suspend/resume"
gen=$(remap_status p0 generation)
dmsetup table p0 >"$DMREMAP_OUT/table"
dmsetup reload p0 "$DMREMAP_OUT/table"
dmsetup resume p0
check_all "reload"
dmsetup reload p0 --table "0 $(blockdev --getsz "$main") remap $main $spare 1 no_auto_remap"
dmsetup resume p0
dmsetup table p0 | grep " 1 no_auto_remap$" >/dev/null || fail "no_auto_remap not in the table"
# With no_auto_remap, a failing write fails and marks the unit pending.
nullb_bad_add pmain 7000 7007
must_fail dd if=/dev/zero of="$dev" bs=4096 seek=875 count=1 oflag=direct status=none
remap_list p0 | grep "^875 - pending$" >/dev/null || fail "no_auto_remap: unit 875 not pending"
expect_eq "$(remap_msg p0 clear_pending 7000)" "" "clear_pending output"
remap_list p0 | grep "^875 " >/dev/null && fail "clear_pending did not clear"
dmsetup reload p0 "$DMREMAP_OUT/table"
dmsetup resume p0
check_all "reload back"
dmsetup remove p0
spare_list "$spare" >"$DMREMAP_OUT/check"
cmp -s "$DMREMAP_OUT/list0" "$DMREMAP_OUT/check" || fail "dmremap-spare check disagrees: $(cat "$DMREMAP_OUT/check")"
remap_create p0 "$main" "$spare"
check_all "remove+create"
dmsetup remove p0
kmod_unload
remap_load
remap_create p0 "$main" "$spare"
check_all "module reload"
[ "$(remap_status p0 generation)" -ge "$gen" ] || fail "generation went back"

# Bad messages: refused, nothing printed, no warning.
for m in "remap" "remap -1" "remap 99999999999999999999999" "remap 65536" "remap 12x" \
	"list 1 2 3" "list 0 0" "stats now" "clear_pending 0" "frobnicate" "remap 1 2"; do
	# shellcheck disable=SC2086
	must_fail remap_msg p0 $m
done
remap_msg p0 list 1 1 | grep -x "500 - pending" >/dev/null || fail "list paging"
dmsetup remove p0
