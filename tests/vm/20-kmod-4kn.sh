#!/bin/bash
# 4Kn: main and spare with 4096-byte logical blocks work; a 512-byte unit on
# a 4Kn spare is refused by dmremap-spare, and a 4Kn spare under a 512-byte
# main works with 4096-byte units (the mapped device then has 4 KiB blocks).
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"

remap_load
main=$(nullb_create kmain 16 4096)
spare=$(nullb_create kspare 8 4096)
spare_tool format "$main" "$spare"
remap_create k0 "$main" "$spare"
dev=/dev/mapper/k0
expect_eq "$(remap_status k0 unit)" 4096 "unit"
expect_eq "$(blockdev --getss "$dev")" 4096 "logical block size"
blkio write "$dev" 0 8192 --seed 14 --bs 4096
nullb_bad_add kmain 4096 4159
blkio write "$dev" 4000 200 --seed 15 --bs 65536
expect_eq "$(remap_status k0 remapped)" 8 "remapped"
blkio verify "$dev" 4000 200 --seed 15 --bs 4096
blkio verify "$dev" 0 4000 --seed 14 --bs 4096
dmsetup remove k0

# Mixed: 512-byte main, 4Kn spare.
main2=$(nullb_create kmain2 16 512)
must_fail spare_tool format "$main2" "$spare" --force --unit 512
spare_tool format --force "$main2" "$spare" --unit 4096
remap_create k1 "$main2" "$spare"
expect_eq "$(blockdev --getss /dev/mapper/k1)" 4096 "mixed: logical block size"
blkio write /dev/mapper/k1 0 800 --seed 16 --bs 4096
nullb_bad_add kmain2 80 95
blkio write /dev/mapper/k1 80 16 --seed 17 --bs 4096
expect_eq "$(remap_status k1 remapped)" 2 "mixed: remapped"
blkio verify /dev/mapper/k1 0 80 --seed 16 --bs 4096
blkio verify /dev/mapper/k1 80 16 --seed 17 --bs 4096
dmsetup remove k1
