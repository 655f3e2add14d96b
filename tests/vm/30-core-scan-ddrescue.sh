#!/bin/bash
# The scanner and GNU ddrescue agree on a failing disk (dm error segments):
# the bad areas of our exported mapfile and of ddrescue's own are the same.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/30-core-lib.bash"

bad="1000:8 5000:8 20000:64 32760:8"
dev=$(faildisk_create cfail 16 "$bad")
out=$("$probe" scan "$dev" --unit 4096 --mapfile "$DMREMAP_OUT/ours.map") || fail "scan: $out"
expect_eq "$(scan_field "$out" bad_units)" "$(units_of "$bad")" "bad units on the failing disk"
ddrescue -q -d -b 512 "$dev" "$DMREMAP_OUT/copy.img" "$DMREMAP_OUT/ddrescue.map" || fail "ddrescue"
bad_areas() { # MAPFILE -> "FIRST+COUNT " in sectors for every '-' block
	local pos size status
	grep -v '^#' "$1" | while read -r pos size status; do
		[ "${status:-}" = - ] && printf '%d+%d ' $((pos / 512)) $((size / 512))
	done
	return 0
}
ours=$(bad_areas "$DMREMAP_OUT/ours.map")
theirs=$(bad_areas "$DMREMAP_OUT/ddrescue.map")
note "ours: $ours ddrescue: $theirs"
expect_eq "$ours" "$theirs" "bad areas, ours against GNU ddrescue's"
expect_eq "$ours" "1000+8 5000+8 20000+64 32760+8 " "bad areas"
faildisk_remove cfail
