#!/bin/bash
# dm-remap I/O overhead against dm-linear on the same memory-backed null_blk,
# in the same boot: 4 KiB random read, 1 MiB sequential read and write, with
# 0 and 100,000 remaps spread uniformly. Goals: >= 0.97 of dm-linear with 0
# remaps, >= 0.95 with 100,000.
#
# Method: three devices over the same main at once (dm-linear, dm-remap with
# an empty spare, dm-remap with a spare holding the remaps), measured in
# ROUNDS interleaved rounds (linear, remap 0, remap N; the next round in
# the opposite order) of RUNTIME seconds each, so that drift and other load
# hit all three alike.
# A ratio is the median over the rounds of remap / linear of the same round;
# the spread printed is min..max of those per-round ratios and of linear
# against its own median.
# DMREMAP_BENCH_RUNTIME (s, default 2), DMREMAP_BENCH_ROUNDS (default 7),
# DMREMAP_BENCH_REMAPS (default 100000).
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"
RUNTIME=${DMREMAP_BENCH_RUNTIME:-2}
ROUNDS=${DMREMAP_BENCH_ROUNDS:-7}
REMAPS=${DMREMAP_BENCH_REMAPS:-100000}

remap_load
# 64 GiB main (memory is only used where written): 100,000 remaps are
# then one per 170 units, a realistic density; writes stay in 256 MiB.
main=$(nullb_create bmain 65536 4096)
spare0=$(nullb_create bspare0 512 4096)
sparek=$(nullb_create bsparek 512 4096)
len=$(blockdev --getsz "$main")
spare_tool format "$main" "$spare0" >/dev/null
spare_tool format "$main" "$sparek" >/dev/null
python3 "$DMREMAP_SRC/bench/kmod-mkremaps.py" "$sparek" "$REMAPS"
dmsetup create blin --table "0 $len linear $main 0"
remap_create br0 "$main" "$spare0"
remap_create brk "$main" "$sparek"
expect_eq "$(remap_status br0 remapped)" 0 "no remaps"
expect_eq "$(remap_status brk remapped)" "$REMAPS" "remaps loaded"

fio_bw() { # DEV RW BS SIZE -> KiB/s (read or write)
	local out
	out=$(fio --name=b --filename="$1" --direct=1 --ioengine=libaio --iodepth=16 --rw="$2" --bs="$3" \
		--size="$4" --time_based --runtime="$RUNTIME" --numjobs=1 --group_reporting \
		--output-format=json 2>/dev/null)
	python3 -c 'import json,sys; j=json.load(sys.stdin)["jobs"][0]; print(int(j["read"]["bw"] + j["write"]["bw"]))' <<<"$out"
}

# null_blk allocates memory on a unit's first write: do that for the
# write region (main and the slots of its remaps) before measuring.
dd if=/dev/zero of=/dev/mapper/brk bs=1M count=256 oflag=direct status=none

specs=("randread 4k 64g" "read 1m 4g" "write 1m 256m")
for ((r = 1; r <= ROUNDS; r++)); do
	order="blin br0 brk"
	[ $((r % 2)) = 0 ] && order="brk br0 blin"
	for spec in "${specs[@]}"; do
		set -- $spec
		for dev in $order; do
			fio_bw "/dev/mapper/$dev" "$1" "$2" "$3" >>"$DMREMAP_OUT/$dev-$1-$2"
		done
	done
done
for spec in "${specs[@]}"; do
	set -- $spec
	s=$1-$2 o=$DMREMAP_OUT
	note "$s KiB/s per round: linear $(xargs <"$o/blin-$s"), remap(0) $(xargs <"$o/br0-$s"), remap($REMAPS) $(xargs <"$o/brk-$s")"
	python3 - "$o/blin-$s" "$o/br0-$s" "$o/brk-$s" >"$o/ratios-$s" <<'PY'
import statistics, sys
lin, r0, rk = ([int(x) for x in open(f).read().split()] for f in sys.argv[1:4])
ml = statistics.median(lin)
for r in (r0, rk):
    q = [a / b for a, b in zip(r, lin)]
    print(f"{statistics.median(q):.3f} {min(q):.3f} {max(q):.3f}")
print(f"{min(lin) / ml:.3f} {max(lin) / ml:.3f}")
PY
	{ read -r q0 q0lo q0hi; read -r qk qklo qkhi; read -r llo lhi; } <"$o/ratios-$s"
	note "$s: linear spread $llo..$lhi of its median; remap(0)/linear per round $q0lo..$q0hi; remap($REMAPS)/linear per round $qklo..$qkhi"
	bench_report "kmod $s remap/linear, 0 remaps" "$q0" ratio ">= 0.97"
	bench_report "kmod $s remap/linear, $REMAPS remaps" "$qk" ratio ">= 0.95"
	bench_report "kmod $s linear spread (max/min)" "$(python3 -c "print(f'{$lhi / $llo:.3f}')")" ratio ""
done
dmsetup remove brk
dmsetup remove br0
dmsetup remove blin
