#!/bin/bash
# Surface scanner throughput against fio (sequential O_DIRECT reads, same
# request size and queue depth) and against `badblocks -b 4096` (read-only),
# side by side on the same null_blk devices in one boot; and whether the
# scanner and badblocks report the same bad 4 KiB blocks. Goals (issue 4):
# scanner/fio >= 0.95, scanner faster than badblocks.
# Run: tools/bench --build-dir BUILD bench/core-scan.sh
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/30-core-lib.bash"

size_mib=${CORE_BENCH_MIB:-256}
request=$((1024 * 1024))
depth=4

now() { date +%s.%N; }
ratio() { python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(f'{a / b:.3f}')" "$1" "$2"; }

fio_rate() { # DEV -> bytes/s of sequential direct reads
	fio --name=seq --filename="$1" --rw=read --bs=$request --direct=1 --ioengine=libaio \
		--iodepth=$depth --continue_on_error=all --output-format=json 2>/dev/null |
		python3 -c 'import json, sys; print(int(json.load(sys.stdin)["jobs"][0]["read"]["bw_bytes"]))'
}

scan_rate() { # DEV -> bytes/s of the scanner (prints its bad units on fd 3)
	local out
	# No error backoff: neither fio nor badblocks waits after an error.
	out=$("$probe" scan "$1" --unit 4096 --request $request --inflight $depth --time-limit 0 --backoff-max 0) ||
		fail "scan: $out"
	scan_field "$out" bad_units >&3
	scan_field "$out" bytes_per_second
}

badblocks_rate() { # DEV -> bytes/s of badblocks -b 4096 (prints its bad blocks on fd 3)
	local t0 t1 list=$DMREMAP_OUT/badblocks.txt
	t0=$(now)
	badblocks -b 4096 -o "$list" "$1" || fail "badblocks"
	t1=$(now)
	tr '\n' ' ' <"$list" | sed 's/ $//' >&3
	python3 -c "import sys; print(int($size_mib * 1048576 / (float(sys.argv[2]) - float(sys.argv[1]))))" "$t0" "$t1"
}

run_device() { # LABEL BLOCK_SIZE "FIRST:COUNT ..."
	local label=$1 bs=$2 bad=$3 dev r fio scan bb ours theirs
	dev=$(nullb_create "cbench$label" "$size_mib" "$bs")
	for r in $bad; do nullb_bad_add "cbench$label" "${r%%:*}" $((${r%%:*} + ${r##*:} - 1)); done
	fio=$(fio_rate "$dev")
	scan=$(scan_rate "$dev" 3>"$DMREMAP_OUT/ours")
	bb=$(badblocks_rate "$dev" 3>"$DMREMAP_OUT/theirs")
	ours=$(cat "$DMREMAP_OUT/ours") theirs=$(cat "$DMREMAP_OUT/theirs")
	note "$label: fio $fio B/s, scanner $scan B/s, badblocks $bb B/s"
	note "$label: scanner bad blocks:   [$ours]"
	note "$label: badblocks bad blocks: [$theirs]"
	bench_report "core-scan $label scanner/fio" "$(ratio "$scan" "$fio")" ratio ">= 0.95"
	bench_report "core-scan $label scanner/badblocks" "$(ratio "$scan" "$bb")" ratio "> 1"
	bench_report "core-scan $label scanner MB/s" "$((scan / 1000000))" MB/s
	if [ -n "$bad" ]; then
		bench_report "core-scan $label bad blocks equal" "$([ "$ours" = "$theirs" ] && echo 1 || echo 0)" bool "1"
		bench_report "core-scan $label bad blocks (ours, badblocks)" \
			"$(wc -w <<<"$ours"),$(wc -w <<<"$theirs")" count
		[ "$ours" = "$(units_of "$bad")" ] || fail "$label: scanner found [$ours], injected [$(units_of "$bad")]"
	fi
	nullb_remove "cbench$label"
}

run_device clean 512 ""
# Bad: a single sector, a unit, a 1 MiB cluster, the last sector.
run_device bad 512 "4097:1 65536:8 200000:2048 $((size_mib * 2048 - 1)):1"
