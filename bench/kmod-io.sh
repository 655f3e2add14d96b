#!/bin/bash
# dm-remap I/O overhead against dm-linear on the same memory-backed null_blk,
# in the same boot: 4 KiB random read, 1 MiB sequential read and write, with
# 0 and 100,000 remaps spread uniformly. Goals: >= 0.97 of dm-linear with 0
# remaps, >= 0.95 with 100,000.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"
RUNTIME=${DMREMAP_BENCH_RUNTIME:-5}
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

mean() { # FILE... -> integer mean of the numbers in them
	cat "$@" | python3 -c 'import sys; v=[int(x) for x in sys.stdin.read().split()]; print(sum(v) // len(v))'
}

remap_create br0 "$main" "$spare"
# Interleave runs (linear, remap, linear, ...) so drift hits both alike;
# each ratio is remap's mean over the mean of the linear runs around it.
run_set lin-a1 /dev/mapper/blin
run_set r0-1 /dev/mapper/br0
run_set lin-a2 /dev/mapper/blin
run_set r0-2 /dev/mapper/br0
run_set lin-a3 /dev/mapper/blin
dmsetup remove br0
python3 "$DMREMAP_SRC/bench/kmod-mkremaps.py" "$spare" "$REMAPS"
remap_create br0 "$main" "$spare"
expect_eq "$(remap_status br0 remapped)" "$REMAPS" "remaps loaded"
run_set r100k-1 /dev/mapper/br0
run_set lin-b1 /dev/mapper/blin
run_set r100k-2 /dev/mapper/br0
run_set lin-b2 /dev/mapper/blin
for spec in randread-4k read-1m write-1m; do
	o=$DMREMAP_OUT
	la=$(mean "$o/lin-a1-$spec" "$o/lin-a2-$spec" "$o/lin-a3-$spec")
	lb=$(mean "$o/lin-a3-$spec" "$o/lin-b1-$spec" "$o/lin-b2-$spec")
	r0=$(mean "$o/r0-1-$spec" "$o/r0-2-$spec")
	rk=$(mean "$o/r100k-1-$spec" "$o/r100k-2-$spec")
	note "$spec KiB/s: linear $(cat "$o"/lin-a?-"$spec" "$o"/lin-b?-"$spec" | xargs), remap(0) $(cat "$o"/r0-?-"$spec" | xargs), remap($REMAPS) $(cat "$o"/r100k-?-"$spec" | xargs)"
	bench_report "kmod $spec remap/linear, 0 remaps" "$(ratio "$r0" "$la")" ratio ">= 0.97"
	bench_report "kmod $spec remap/linear, $REMAPS remaps" "$(ratio "$rk" "$lb")" ratio ">= 0.95"
done
dmsetup remove br0
dmsetup remove blin
