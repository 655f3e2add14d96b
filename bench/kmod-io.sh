#!/bin/bash
# dm-remap I/O overhead against dm-linear on the same memory-backed null_blk,
# in the same boot: 4 KiB random read, 1 MiB sequential read and write, with
# 0 and 100,000 remaps spread uniformly. Goals: >= 0.97 of dm-linear with 0
# remaps, >= 0.95 with 100,000. And the lookup cost as remaps grow: 4 KiB
# random reads with 1,000,000 remaps against the same with none (flat: the
# issue asks the cost not to grow with the table).
#
# Method: all devices over the same main at once (dm-linear, dm-remap with an
# empty spare, with 100,000 and with 1,000,000 remaps). A round is one fio
# run whose jobs go one after the other (stonewall): a short warm-up on
# dm-linear that is not counted, then every device once in order and once in
# the reverse order (A B C D D C B A), RUNTIME seconds each, so that a drift
# within the round and the cost of coming first hit all devices alike. The
# next round starts from the other end. A device's value in a round is the
# mean of its two runs; a ratio is the median over ROUNDS rounds of
# remap / linear of the same round, and the spread printed is min..max of
# those per-round ratios and of linear against its own median. Under
# tools/bench the guest's clock counts instructions (see there): in that
# mode dm-linear's spread over the rounds is under 0.5 %, against 10-20 % in
# wall-clock time.
# 1 MiB I/O with 1,000,000 remaps (one every 16 units: every bio meets 16)
# measures splitting, not the lookup, and is left out.
# DMREMAP_BENCH_RUNTIME (s, default 1), DMREMAP_BENCH_ROUNDS (default 5),
# DMREMAP_BENCH_REMAPS (default 100000), DMREMAP_BENCH_REMAPS_MAX (default
# 1000000).
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"
RUNTIME=${DMREMAP_BENCH_RUNTIME:-1}
ROUNDS=${DMREMAP_BENCH_ROUNDS:-5}
REMAPS=${DMREMAP_BENCH_REMAPS:-100000}
REMAPS_MAX=${DMREMAP_BENCH_REMAPS_MAX:-1000000}

remap_load
# 64 GiB main (memory is only used where written): 100,000 remaps are
# then one per 170 units, a realistic density; writes stay in 256 MiB.
main=$(nullb_create bmain 65536 4096)
spare0=$(nullb_create bspare0 512 4096)
sparek=$(nullb_create bsparek 512 4096)
# 1,000,000 slots of 4 KiB plus two tables of 16 MiB.
sparem=$(nullb_create bsparem 4200 4096)
len=$(blockdev --getsz "$main")
for s in "$spare0" "$sparek" "$sparem"; do
	spare_tool format "$main" "$s" >/dev/null
done
t0=$EPOCHREALTIME
python3 "$DMREMAP_SRC/bench/kmod-mkremaps.py" "$sparek" "$REMAPS"
python3 "$DMREMAP_SRC/bench/kmod-mkremaps.py" "$sparem" "$REMAPS_MAX"
note "remap tables written in $(awk "BEGIN { printf \"%.1f\", $EPOCHREALTIME - $t0 }") s"
dmsetup create blin --table "0 $len linear $main 0"
remap_create br0 "$main" "$spare0"
remap_create brk "$main" "$sparek"
t0=$EPOCHREALTIME
remap_create brm "$main" "$sparem"
note "dm-remap with $REMAPS_MAX remaps created (metadata loaded) in $(awk "BEGIN { printf \"%.1f\", $EPOCHREALTIME - $t0 }") s"
expect_eq "$(remap_status br0 remapped)" 0 "no remaps"
expect_eq "$(remap_status brk remapped)" "$REMAPS" "remaps loaded"
expect_eq "$(remap_status brm remapped)" "$REMAPS_MAX" "remaps loaded"

# null_blk allocates memory on a unit's first write: do that for the
# write region (main and the slots of its remaps) before measuring.
dd if=/dev/zero of=/dev/mapper/brk bs=1M count=256 oflag=direct status=none
dd if=/dev/zero of=/dev/mapper/brm bs=1M count=256 oflag=direct status=none

# reversed WORD...: the words in reverse order, one per line.
reversed() {
	local i
	for ((i = $#; i >= 1; i--)); do printf '%s\n' "${!i}"; done
}

# round RW BS SIZE DEV...: one fio run (see Method); prints "dev KiB/s" per
# run, two lines per device.
round() {
	local rw=$1 bs=$2 size=$3 args=() dev
	shift 3
	local devs=("$@") rev
	mapfile -t rev < <(reversed "$@")
	args=(--name=warm --filename=/dev/mapper/blin --runtime=500ms)
	for dev in "${devs[@]}" "${rev[@]}"; do
		args+=(--name="$dev" --filename="/dev/mapper/$dev" --stonewall)
	done
	fio --direct=1 --ioengine=libaio --iodepth=16 --rw="$rw" --bs="$bs" --size="$size" \
		--time_based --runtime="$RUNTIME" --numjobs=1 --output-format=json "${args[@]}" \
		>"$DMREMAP_OUT/fio.json" 2>"$DMREMAP_OUT/fio.err" || {
		cat "$DMREMAP_OUT/fio.err" >&2
		fail "fio $rw $bs"
	}
	python3 -c '
import json, sys
for j in json.load(open(sys.argv[1]))["jobs"]:
    if j["jobname"] != "warm":
        print(j["jobname"], int(j["read"]["bw"] + j["write"]["bw"]))' "$DMREMAP_OUT/fio.json"
}

specs=("randread 4k 64g blin br0 brk brm" "read 1m 4g blin br0 brk" "write 1m 256m blin br0 brk")
for ((r = 1; r <= ROUNDS; r++)); do
	for spec in "${specs[@]}"; do
		set -- $spec
		rw=$1 bs=$2 size=$3
		shift 3
		devs=("$@")
		[ $((r % 2)) = 1 ] || mapfile -t devs < <(reversed "$@")
		round "$rw" "$bs" "$size" "${devs[@]}" | sed "s/^/$r /" >>"$DMREMAP_OUT/runs-$rw-$bs"
	done
done

for spec in "${specs[@]}"; do
	set -- $spec
	s=$1-$2 o=$DMREMAP_OUT
	shift 3
	python3 - "$o/runs-$s" "$REMAPS" "$REMAPS_MAX" "$@" >"$o/ratios-$s" <<'PY'
import collections, statistics, sys
runs, remaps, remaps_max, devs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
label = {"br0": "0", "brk": remaps, "brm": remaps_max}
bw = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(runs):
    r, dev, v = line.split()
    bw[dev][int(r)].append(int(v))
rounds = sorted(bw["blin"])
# A device's value in a round: the mean of its two runs.
val = {d: [statistics.mean(bw[d][r]) for r in rounds] for d in devs}
lin = val["blin"]
ml = statistics.median(lin)
print("NOTE", "KiB/s per round:", "; ".join(f"{d} " + " ".join(f"{v:.0f}" for v in val[d]) for d in devs))
print("NOTE", f"linear spread {min(lin) / ml:.3f}..{max(lin) / ml:.3f} of its median")
for d in devs[1:]:
    q = [a / b for a, b in zip(val[d], lin)]
    print("RATIO", label[d], f"{statistics.median(q):.3f}", f"{min(q):.3f}", f"{max(q):.3f}")
if "brm" in devs:
    q = [a / b for a, b in zip(val["brm"], val["br0"])]
    print("FLAT", f"{statistics.median(q):.3f}", f"{min(q):.3f}", f"{max(q):.3f}")
print("SPREAD", f"{max(lin) / min(lin):.3f}")
PY
	while read -r kind a b c d; do
		case $kind in
		NOTE) note "$s: $a $b $c $d" ;;
		RATIO)
			note "$s: remap($a)/linear median $b, per round $c..$d"
			goal=">= 0.95"
			[ "$a" = 0 ] && goal=">= 0.97"
			[ "$a" = "$REMAPS_MAX" ] && goal=""
			bench_report "kmod $s remap/linear, $a remaps" "$b" ratio "$goal"
			;;
		FLAT)
			note "$s: remap($REMAPS_MAX)/remap(0) median $a, per round $b..$c"
			bench_report "kmod $s remap $REMAPS_MAX remaps / remap 0 remaps" "$a" ratio "flat (~1)"
			;;
		SPREAD) bench_report "kmod $s linear spread (max/min)" "$a" ratio "" ;;
		esac
	done <"$o/ratios-$s"
done
dmsetup remove brm
dmsetup remove brk
dmsetup remove br0
dmsetup remove blin
