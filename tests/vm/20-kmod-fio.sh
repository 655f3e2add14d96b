#!/bin/bash
# Automatic remap under load: fio writes the whole null_blk main (direct I/O,
# random offsets, 512 B to 1 MiB blocks) while bad ranges appear at run time;
# then fio rewrites and verifies (crc32c) everything. No write may fail, no
# verify may mismatch, and every unit of every bad range ends up remapped.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"

remap_load
main=$(nullb_create fmain 48)
spare=$(nullb_create fspare 24)
spare_tool format "$main" "$spare" # null_blk: 512-byte blocks, 512-byte units
remap_create f0 "$main" "$spare"
dev=/dev/mapper/f0
expect_eq "$(remap_status f0 unit)" 512 "unit"

job() { # NAME EXTRA...
	local name=$1
	shift
	fio --name="$name" --filename="$dev" --direct=1 --ioengine=libaio --iodepth=8 \
		--rw=randwrite --bsrange=512-1m --size=48m \
		--randrepeat=0 --verify=crc32c --verify_fatal=1 --exitall_on_error=1 \
		--output="$DMREMAP_OUT/$name.txt" "$@" || fail "fio $name failed: $(tail -20 "$DMREMAP_OUT/$name.txt")"
}

# Bad ranges (inclusive sectors) that appear while phase 1 runs.
ranges=(1000:1063 8192:8192 20000:20479 33333:33400 65536:65600 90000:90007)
job phase1 --do_verify=0 --time_based --runtime=10 --norandommap &
fio_pid=$!
for r in "${ranges[@]}"; do
	sleep 1.2
	nullb_bad_add fmain "${r%%:*}" "${r##*:}"
done
wait "$fio_pid" || fail "fio phase 1"
note "after phase 1: $(dmsetup status f0)"

# Phase 2 rewrites every sector, so every bad unit gets written and remapped.
job phase2 --do_verify=1
note "after phase 2: $(dmsetup status f0)"
grep -E "err= *0" "$DMREMAP_OUT/phase2.txt" >/dev/null || fail "fio reported errors"

remap_list f0 | awk '$3 == "remapped" { print $1 }' | sort -n >"$DMREMAP_OUT/remapped"
expect_eq "$(remap_status f0 pending)" 0 "pending"
for r in "${ranges[@]}"; do
	for ((s = ${r%%:*}; s <= ${r##*:}; s++)); do
		echo "$s"
	done
done | sort -n >"$DMREMAP_OUT/bad"
missing=$(comm -23 "$DMREMAP_OUT/bad" "$DMREMAP_OUT/remapped" | head -5)
[ -z "$missing" ] || fail "bad units not remapped: $missing"
extra=$(comm -13 "$DMREMAP_OUT/bad" "$DMREMAP_OUT/remapped" | head -5)
[ -z "$extra" ] || fail "healthy units remapped: $extra"
note "remapped $(wc -l <"$DMREMAP_OUT/remapped") units, write errors $(remap_status f0 write_errors), commits: $(remap_msg f0 stats | tr ' ' '\n' | grep commits)"
expect_eq "$(remap_status f0 state)" ok "state"
dmsetup remove f0
expect_eq "$(spare_list "$spare" | awk '$3 == "remapped" { print $1 }' | sort -n | md5sum)" \
	"$(md5sum <"$DMREMAP_OUT/remapped")" "dmremap-spare check against list"
