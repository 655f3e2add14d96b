#!/bin/bash
# Malformed table lines get a clear error and never a crash or warning:
# wrong counts, overflow, negative numbers, trailing junk, spare equal to or
# overlapping main, a spare too small for its metadata, a main device of the
# wrong size or logical block size, a spare already used for another main device.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"

remap_load
main=$(nullb_create bmain 16)
other=$(nullb_create bother 24)
spare=$(nullb_create bspare 8)
spare_tool format "$main" "$spare" --unit 4096
len=$(blockdev --getsz "$main")

refuse() { # ERROR_SUBSTRING TABLE...
	local want=$1
	shift
	mark_dmesg
	if dmsetup create bad --table "$*" >/dev/null 2>&1; then
		dmsetup remove bad
		fail "table accepted: $*"
	fi
	dmesg_since | grep -F -- "$want" >/dev/null || fail "no clear error '$want' for: $* (got: $(dmesg_since | tail -3))"
}
refuse "Expected <main_dev>" "0 $len remap $main"
refuse "Invalid number of feature" "0 $len remap $main $spare 2 no_auto_remap"
refuse "Invalid number of feature" "0 $len remap $main $spare 1 no_auto_remap junk"
refuse "Invalid number of feature" "0 $len remap $main $spare -1"
refuse "Invalid number of feature" "0 $len remap $main $spare 99999999999999999999999"
refuse "read_retries needs" "0 $len remap $main $spare 2 read_retries -3"
refuse "read_retries needs" "0 $len remap $main $spare 2 read_retries 4294967297"
refuse "Unknown feature" "0 $len remap $main $spare 1 frobnicate"
refuse "Duplicate feature" "0 $len remap $main $spare 2 no_auto_remap no_auto_remap"
refuse "must differ" "0 $len remap $main $main"
refuse "must not overlap" "0 $len remap $main /dev/mapper/../../$main"
refuse "lookup failed" "0 $len remap /dev/nonexistent $spare"
refuse "longer than the main" "0 $((len + 8)) remap $main $spare"
refuse "Main device size differs" "0 $len remap $other $spare"
# Same size, other logical block size: not the main it was formatted for.
main4k=$(nullb_create bmain4k 16 4096)
refuse "logical block size differs" "0 $len remap $main4k $spare"
# A spare cut shorter than its metadata says.
echo "0 8192 linear $spare 0" | dmsetup create shortspare
refuse "smaller than its metadata" "0 $len remap $main /dev/mapper/shortspare"
dmsetup remove shortspare
# Too small for any slot: dmremap-spare refuses to format it.
modprobe loop
truncate -s 64K /tmp/tiny.img
tiny=$(losetup --find --show /tmp/tiny.img)
must_fail spare_tool format "$main" "$tiny"
losetup -d "$tiny"
must_fail spare_tool format "$main" "$main"
must_fail spare_tool format "$main" "$spare" --unit 3000
# The spare is in use for one main device; another main cannot take it.
remap_create b0 "$main" "$spare"
spare_tool format --force "$other" "$other" 2>/dev/null && fail "format onto itself"
refuse "in use for another main" "0 16384 remap $other $spare"
dmsetup remove b0
