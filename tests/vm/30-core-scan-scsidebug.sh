#!/bin/bash
# The surface scanner on scsi_debug MEDIUM ERRORs finds exactly the injected
# units, and SMART on a disk without ATA SMART (scsi_debug) says "not
# available" once instead of failing noisily.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/30-core-lib.bash"

dev=$(scsidebug_create 32)
out=$("$probe" smart "$dev") && fail "SMART on scsi_debug: $out"
expect_eq "${out%%:*}" "error NotAvailable" "SMART of scsi_debug"

scsidebug_medium_error 1000 10 # 512-byte LBAs 1000..1009: units 125, 126
out=$("$probe" scan "$dev" --unit 4096) || fail "scan of $dev: $out"
note "$(grep -v _units <<<"$out" | tr '\n' ' ')"
expect_eq "$(scan_field "$out" bad_units)" "$(units_of "1000:10")" "bad units on scsi_debug"
expect_eq "$(scan_field "$out" suspect_units)" "" "suspect units on scsi_debug"

scsidebug_medium_error 60000 300 # a cluster near the end
out=$("$probe" scan "$dev" --unit 4096) || fail "scan of $dev: $out"
expect_eq "$(scan_field "$out" bad_units)" "$(units_of "60000:300")" "bad cluster on scsi_debug"
scsidebug_medium_error 0 0
scsidebug_remove

# A 4096-byte-sector disk: LBAs are 4 KiB, so are the units.
dev=$(scsidebug_create 16 4096)
scsidebug_medium_error 777 3
out=$("$probe" scan "$dev") || fail "scan of $dev: $out"
expect_eq "$(scan_field "$out" unit_bytes)" 4096 "default unit of a 4Kn disk"
expect_eq "$(scan_field "$out" bad_units)" "777 778 779" "bad units on a 4Kn scsi_debug"
scsidebug_medium_error 0 0
scsidebug_remove
