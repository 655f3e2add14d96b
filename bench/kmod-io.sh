#!/bin/bash
# dm-remap I/O overhead against dm-linear on the same memory-backed null_blk,
# in the same boot: 4 KiB random read, 1 MiB sequential read and write, with
# 0 and 100,000 remaps spread uniformly. Goals: >= 0.97 of dm-linear with 0
# remaps, >= 0.95 with 100,000.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"
RUNTIME=${DMREMAP_BENCH_RUNTIME:-8}
REMAPS=${DMREMAP_BENCH_REMAPS:-100000}

remap_load
# 64 GiB main (memory is only used where written): 100,000 remaps are
# then one per 170 units, a realistic density; writes stay in 256 MiB.
main=$(nullb_create bmain 65536 4096)
spare=$(nullb_create bspare 512 4096)
len=$(blockdev --getsz "$main")
spare_tool format "$main" "$spare" >/dev/null
dmsetup create blin --table "0 $len linear $main 0"

fio_bw() { # DEV RW BS SIZE -> KiB/s (read or write)
	local out
	out=$(fio --name=b --filename="$1" --direct=1 --ioengine=libaio --iodepth=16 --rw="$2" --bs="$3" \
		--size="$4" --time_based --runtime="$RUNTIME" --numjobs=1 --group_reporting \
		--output-format=json 2>/dev/null)
	python3 -c 'import json,sys; j=json.load(sys.stdin)["jobs"][0]; print(int(j["read"]["bw"] + j["write"]["bw"]))' <<<"$out"
}

run_set() { # LABEL DEV...
	local label=$1 dev=$2
	for spec in "randread 4k 64g" "read 1m 4g" "write 1m 256m"; do
		set -- $spec
		fio_bw "$dev" "$1" "$2" "$3" >"$DMREMAP_OUT/$label-$1-$2"
	done
}

ratio() { python3 -c "print(f'{$1 / $2:.3f}')"; }

remap_create br0 "$main" "$spare"
# Interleave runs (linear, remap, linear...) so drift hits both alike.
run_set lin1 /dev/mapper/blin
run_set r0 /dev/mapper/br0
run_set lin2 /dev/mapper/blin
dmsetup remove br0
python3 "$DMREMAP_SRC/bench/kmod-mkremaps.py" "$spare" "$REMAPS"
remap_create br0 "$main" "$spare"
expect_eq "$(remap_status br0 remapped)" "$REMAPS" "remaps loaded"
run_set r100k /dev/mapper/br0
run_set lin3 /dev/mapper/blin
for spec in randread-4k read-1m write-1m; do
	l12=$(( ($(cat "$DMREMAP_OUT/lin1-$spec") + $(cat "$DMREMAP_OUT/lin2-$spec")) / 2 ))
	l23=$(( ($(cat "$DMREMAP_OUT/lin2-$spec") + $(cat "$DMREMAP_OUT/lin3-$spec")) / 2 ))
	note "$spec KiB/s: linear $(cat "$DMREMAP_OUT/lin1-$spec") $(cat "$DMREMAP_OUT/lin2-$spec") $(cat "$DMREMAP_OUT/lin3-$spec"), remap(0) $(cat "$DMREMAP_OUT/r0-$spec"), remap($REMAPS) $(cat "$DMREMAP_OUT/r100k-$spec")"
	bench_report "kmod $spec remap/linear, 0 remaps" "$(ratio "$(cat "$DMREMAP_OUT/r0-$spec")" "$l12")" ratio ">= 0.97"
	bench_report "kmod $spec remap/linear, $REMAPS remaps" "$(ratio "$(cat "$DMREMAP_OUT/r100k-$spec")" "$l23")" ratio ">= 0.95"
done
dmsetup remove br0
dmsetup remove blin
