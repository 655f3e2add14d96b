#!/bin/bash
# Surface scanner throughput against fio (sequential O_DIRECT reads, libaio,
# same request size and queue depth) and against `badblocks -b 4096`
# (read-only), side by side on the same null_blk devices in one boot; and
# whether the scanner and badblocks report the same bad 4 KiB blocks.
# Goals (issue 4): scanner/fio >= 0.95, scanner faster than badblocks.
# Under software emulation other load moves single runs by 2x and more, so
# fio and the scanner (kernel AIO, its default on a block device) run back to
# back in every round, in alternating order (fio first in odd rounds, the
# scanner first in even ones), and the figure is the median of the
# per-round ratios; the ratio of the best run of each is printed too.
# badblocks runs every round as well (after the pair); the scanner on worker
# threads only in the first round (a comparison of its two engines, and the
# check that both find the same bad units).
# Run: tools/bench --build-dir BUILD bench/core-scan.sh
# The scanner's rate covers its reading only (from the first read to the
# last, as fio's bandwidth does), not its set-up (buffers, AIO context).
# Knobs: DMREMAP_BENCH_SCAN_MIB (device size, 256), DMREMAP_BENCH_SCAN_ROUNDS
# (7), DMREMAP_BENCH_PROBE (a dmremap-scan-probe of another build, e.g. a
# release one: the default is the build's own, a debug one in the dev preset).
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/30-core-lib.bash"

probe=${DMREMAP_BENCH_PROBE:-$probe}
size_mib=${DMREMAP_BENCH_SCAN_MIB:-256}
rounds=${DMREMAP_BENCH_SCAN_ROUNDS:-7}
request=$((1024 * 1024))
depth=4

now() { date +%s.%N; }
ratio() { python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(f'{a / b:.3f}')" "$1" "$2"; }
best() { tr ' ' '\n' <<<"$1" | grep . | sort -n | tail -1; } # "N N N" -> max
median_ratio() { # "A1 A2 .." "B1 B2 .." -> median of Ai/Bi
	python3 -c "import sys, statistics; a, b = (list(map(float, s.split())) for s in sys.argv[1:]); print(f'{statistics.median(x / y for x, y in zip(a, b)):.3f}')" "$1" "$2"
}

fio_rate() { # DEV -> bytes/s of sequential direct reads
	fio --name=seq --filename="$1" --rw=read --bs=$request --direct=1 --ioengine=libaio \
		--iodepth=$depth --continue_on_error=all --output-format=json 2>/dev/null |
		python3 -c 'import json, sys; print(int(json.load(sys.stdin)["jobs"][0]["read"]["bw_bytes"]))'
}

scan_rate() { # DEV ENGINE -> bytes/s of the scanner (its bad units go to fd 3)
	local out
	# No error backoff: neither fio nor badblocks waits after an error.
	out=$("$probe" scan "$1" --unit 4096 --request $request --inflight $depth --time-limit 0 --backoff-max 0 \
		--engine "$2") || fail "scan: $out"
	expect_eq "$(scan_field "$out" engine)" "$2" "scanner engine"
	scan_field "$out" bad_units >&3
	scan_field "$out" scan_bytes_per_second
}

badblocks_rate() { # DEV -> bytes/s of badblocks -b 4096 (its bad blocks go to fd 3)
	local t0 t1 list=$DMREMAP_OUT/badblocks.txt
	t0=$(now)
	badblocks -b 4096 -o "$list" "$1" || fail "badblocks"
	t1=$(now)
	tr '\n' ' ' <"$list" | sed 's/ $//' >&3
	python3 -c "import sys; print(int($size_mib * 1048576 / (float(sys.argv[2]) - float(sys.argv[1]))))" "$t0" "$t1"
}

run_device() { # LABEL BLOCK_SIZE "FIRST:COUNT ..."
	local label=$1 bs=$2 bad=$3 dev r i fio="" aio="" thr="" bb="" ours theirs
	dev=$(nullb_create "cbench$label" "$size_mib" "$bs")
	for r in $bad; do nullb_bad_add "cbench$label" "${r%%:*}" $((${r%%:*} + ${r##*:} - 1)); done
	for i in $(seq 1 "$rounds"); do
		if [ $((i % 2)) = 1 ]; then
			fio+=" $(fio_rate "$dev")"
			aio+=" $(scan_rate "$dev" aio 3>"$DMREMAP_OUT/ours")"
		else
			aio+=" $(scan_rate "$dev" aio 3>"$DMREMAP_OUT/ours")"
			fio+=" $(fio_rate "$dev")"
		fi
		if [ "$i" = 1 ]; then thr=$(scan_rate "$dev" threads 3>"$DMREMAP_OUT/ours-threads"); fi
		bb+=" $(badblocks_rate "$dev" 3>"$DMREMAP_OUT/theirs")"
		note "$label round $i MB/s: fio $((${fio##* } / 1000000)) scanner $((${aio##* } / 1000000))" \
			"badblocks $((${bb##* } / 1000000))$([ "$i" = 1 ] && echo " scanner-threads $((thr / 1000000))")"
	done
	ours=$(cat "$DMREMAP_OUT/ours") theirs=$(cat "$DMREMAP_OUT/theirs")
	expect_eq "$(cat "$DMREMAP_OUT/ours-threads")" "$ours" "$label: bad units, threads against kernel AIO"
	note "$label: scanner bad blocks ($(wc -w <<<"$ours")):   [$ours]"
	note "$label: badblocks bad blocks ($(wc -w <<<"$theirs")): [$theirs]"
	bench_report "core-scan $label scanner/fio median" "$(median_ratio "$aio" "$fio")" ratio ">= 0.95"
	bench_report "core-scan $label scanner/fio best" "$(ratio "$(best "$aio")" "$(best "$fio")")" ratio ">= 0.95"
	bench_report "core-scan $label scanner-threads/fio round 1" "$(ratio "$thr" "$(awk '{ print $1 }' <<<"$fio")")" ratio
	bench_report "core-scan $label scanner/badblocks median" "$(median_ratio "$aio" "$bb")" ratio "> 1"
	bench_report "core-scan $label scanner/badblocks best" "$(ratio "$(best "$aio")" "$(best "$bb")")" ratio "> 1"
	bench_report "core-scan $label scanner MB/s" "$(($(best "$aio") / 1000000))" MB/s
	bench_report "core-scan $label fio MB/s" "$(($(best "$fio") / 1000000))" MB/s
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
