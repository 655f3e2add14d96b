#!/bin/bash
# Remap commit latency: a 4 KiB write to a bad unit until its acknowledgement
# (failed main write + slot write + metadata commit), median and p99, against
# the median of one 4 KiB FUA write on the same spare. "From the error" takes
# off the median of the failed main write itself (the same write to a bad
# unit through dm-linear on the same main, measured alongside). Then a burst
# of 1000 concurrent write errors against 1000 x the median commit.
#
# Measured twice, on two pairs of null_blk devices:
#   mem    memory-backed, completing at once: no device latency at all, so
#          the ratio is the target's CPU and scheduling cost against that of
#          one bare write (a remap needs at least three I/Os: the failed
#          write, the slot write and the metadata write after it);
#   lat100us the same with every I/O completing 100 us later (null_blk timer
#          mode), roughly an SSD's FUA write.
#
# DMREMAP_BENCH_COMMIT_PREFILL=N (off by default: it adds a minute) adds a
# third memory pair whose table holds N remaps before the measurement
# (bench/kmod-mkremaps.py: one every main_units / N units, 64 GiB main) and
# measures DMREMAP_BENCH_PREFILL_COMMITS (default 20) remaps between them
# (the map is rebuilt: the cost grows with N) and as many past the highest
# remapped unit (appended in place).
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"
N=${DMREMAP_BENCH_COMMITS:-200}
PREFILL=${DMREMAP_BENCH_COMMIT_PREFILL:-}
PREFILL_N=${DMREMAP_BENCH_PREFILL_COMMITS:-20}
LAT_NS=${DMREMAP_BENCH_LATENCY_NS:-100000}

# report_us NAME MICROSECONDS; report_ratio NAME EXPRESSION DIGITS [GOAL]
report_us() { bench_report "$1" "$(printf '%.0f' "$2")" us ""; }
report_ratio() { bench_report "$1" "$(python3 -c "print(f'{$2:.$3f}')")" ratio "${4:-}"; }

# nullb_create_lat NAME SIZE_MIB NSEC: memory-backed, completion after NSEC.
nullb_create_lat() {
	local d=/sys/kernel/config/nullb/$1
	mkdir "$d" || fail "null_blk $1 exists"
	echo "$2" >"$d/size"
	echo 4096 >"$d/blocksize"
	echo 1 >"$d/memory_backed"
	echo 2 >"$d/irqmode"
	echo "$3" >"$d/completion_nsec"
	echo 1 >"$d/power" || fail "null_blk $1: power on"
	wait_dev "/dev/$1"
	echo "/dev/$1"
}

measure() { # LABEL MAIN_NULLB SPARE_NULLB
	local label=$1 mname=$2 main=/dev/$2 spare=/dev/$3 med p99 fua err ms c0 c1
	# The whole spare written once first: memory-backed null_blk allocates
	# a page on the first write to it, which a real device does not do.
	# Without this every remap's slot write paid that allocation while the
	# FUA writes it is compared with cycle over 64 pages already there
	# (about 4,000 of the remap's ~48,000 instructions under icount).
	# DMREMAP_BENCH_COLD_SPARE=1 skips it (the old measurement).
	if [ -z "${DMREMAP_BENCH_COLD_SPARE:-}" ]; then
		dd if=/dev/zero of="$spare" bs=1M count=$(($(blockdev --getsize64 "$spare") >> 20)) \
			oflag=direct status=none || fail "fill $spare"
	fi
	spare_tool format "$main" "$spare" >/dev/null
	remap_create "c$label" "$main" "$spare"
	# Units 1000-1999 single remaps, 10000-10999 the burst, 20000-20999
	# failed writes through dm-linear.
	nullb_bad_add "$mname" 8000 15999
	nullb_bad_add "$mname" 80000 87999
	nullb_bad_add "$mname" 160000 167999
	dmsetup create "l$label" --table "0 $(blockdev --getsz "$main") linear $main 0"
	PYTHONPATH=$DMREMAP_SRC/bench python3 - "/dev/mapper/c$label" "$spare" "$N" "/dev/mapper/l$label" \
		>"$DMREMAP_OUT/lat-$label" <<'PY'
import errno, os, statistics, sys, time
from kmod_commit_io import Devices
dev, spare, n, lin = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
d = Devices(dev, spare, lin)
fd, sfd, lfd, buf, end = d.fd, d.sfd, d.lfd, d.buf, d.end
lat, fua, err, fua2 = [], [], [], []
# Interleaved (remap, FUA, failed write, two FUA writes one after the
# other, ...) so that drift hits all alike. Timed inline: the ratios
# compare these with one FUA write, so no call overhead goes in.
for i in range(n):
    t = time.perf_counter()
    os.pwrite(fd, buf, (1000 + i) * 4096)
    lat.append(time.perf_counter() - t)
    t = time.perf_counter()
    os.pwrite(sfd, buf, end - 4096 * (1 + i % 64))
    fua.append(time.perf_counter() - t)
    t = time.perf_counter()
    try:
        os.pwrite(lfd, buf, (20000 + i) * 4096)
        sys.exit("write to a bad unit through dm-linear succeeded")
    except OSError as e:
        if e.errno != errno.EIO:
            raise
    err.append(time.perf_counter() - t)
    # The floor of a remap: its slot write, then its metadata write.
    t = time.perf_counter()
    os.pwrite(sfd, buf, end - 4096 * (1 + i % 64))
    os.pwrite(sfd, buf, end - 4096 * (1 + (i + 1) % 64))
    fua2.append(time.perf_counter() - t)
d.close()
lat.sort()
print(statistics.median(lat) * 1e6, lat[int(len(lat) * 0.99) - 1] * 1e6, statistics.median(fua) * 1e6,
      statistics.median(err) * 1e6, statistics.median(fua2) * 1e6)
PY
	read -r med p99 fua err fua2 <"$DMREMAP_OUT/lat-$label"
	note "$label: remap write: median $med us, p99 $p99 us; FUA write median $fua us; failed write median $err us; two dependent FUA writes median $fua2 us"
	report_us "kmod $label remap commit median" "$med"
	report_us "kmod $label remap commit p99" "$p99"
	report_us "kmod $label FUA write median" "$fua"
	report_us "kmod $label failed write median" "$err"
	report_ratio "kmod $label remap commit median / FUA write median" "$med / $fua" 2
	report_ratio "kmod $label remap from the error (median - failed write) / FUA write" \
		"($med - $err) / $fua" 2 "<= 2"
	report_ratio "kmod $label two dependent FUA writes / FUA write (floor)" "$fua2 / $fua" 2

	# burst DEV FIRST_UNIT TAG: 1000 concurrent 4 KiB writes; fio's own run
	# time in ms (its start-up, seconds in a loaded guest, is not the
	# burst's).
	burst() {
		fio --name=burst --filename="$1" --direct=1 --ioengine=libaio --iodepth=128 \
			--rw=randwrite --bs=4k --offset=$(($2 * 4096)) --size=$((1000 * 4096)) \
			--output-format=json --output="$DMREMAP_OUT/burst-$3.json" || fail "burst fio $3"
		python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["jobs"][0]["write"]["runtime"])' \
			"$DMREMAP_OUT/burst-$3.json"
	}
	# The same burst on healthy units, through dm-linear and the target,
	# before and after the one with errors: what the errors add is the
	# difference.
	lin1=$(burst "/dev/mapper/l$label" 30000 "$label-lin1")
	ok1=$(burst "/dev/mapper/c$label" 40000 "$label-ok1")
	c0=$(remap_msg "c$label" stats | tr ' ' '\n' | sed -n 's/^commits=//p')
	ms=$(burst "/dev/mapper/c$label" 10000 "$label-err")
	c1=$(remap_msg "c$label" stats | tr ' ' '\n' | sed -n 's/^commits=//p')
	lin2=$(burst "/dev/mapper/l$label" 30000 "$label-lin2")
	ok2=$(burst "/dev/mapper/c$label" 40000 "$label-ok2")
	lin=$(((lin1 + lin2) / 2))
	note "$label: burst of 1000 healthy writes: dm-linear $lin1, $lin2 ms; dm-remap $ok1, $ok2 ms"
	expect_eq "$(remap_status "c$label" remapped)" $((N + 1000)) "$label: remapped after the burst"
	note "$label: burst of 1000 write errors: $ms ms, $((c1 - c0)) commits"
	bench_report "kmod $label burst 1000 errors" "$ms" ms ""
	bench_report "kmod $label burst commits for 1000 errors" "$((c1 - c0))" commits ""
	bench_report "kmod $label burst 1000 healthy writes, dm-linear" "$lin" ms ""
	report_ratio "kmod $label burst / (1000 x median commit)" "$ms * 1000 / (1000 * $med)" 3 "<< 1"
	report_ratio "kmod $label (burst - dm-linear burst) / (1000 x median commit)" \
		"($ms - $lin) * 1000 / (1000 * $med)" 3 "<< 1"
	dmsetup remove "l$label"
	dmsetup remove "c$label"
}

remap_load
nullb_create cmain 256 4096 >/dev/null
nullb_create cspare 128 4096 >/dev/null
measure mem cmain cspare
nullb_create_lat lmain 256 "$LAT_NS" >/dev/null
nullb_create_lat lspare 128 "$LAT_NS" >/dev/null
measure "lat$((LAT_NS / 1000))us" lmain lspare

# measure_prefilled: the third pair, N remaps loaded (see the top).
measure_prefilled() {
	local n=$1 main spare units step last u j
	main=$(nullb_create pmain 65536 4096)
	# Not written first (a spare for 1,000,000 slots is larger than the
	# guest's memory): its slot writes pay null_blk's page allocation.
	spare=$(nullb_create pspare $((n / 250 + 200)) 4096)
	spare_tool format "$main" "$spare" >/dev/null
	python3 "$DMREMAP_SRC/bench/kmod-mkremaps.py" "$spare" "$n" >/dev/null
	remap_create cpre "$main" "$spare"
	expect_eq "$(remap_status cpre remapped)" "$n" "prefilled remaps loaded"
	units=$(($(blockdev --getsz "$main") / 8))
	step=$((units / n))
	last=$(((n - 1) * step))
	[ "$step" -ge 2 ] && [ $((units - last)) -gt $((PREFILL_N + 1)) ] ||
		fail "no room for the remaps to measure"
	for j in $(seq 0 $((PREFILL_N - 1))); do
		u=$(((j * (n / PREFILL_N) + 7) * step + 1))
		nullb_bad_add pmain $((u * 8)) $((u * 8 + 7))
	done
	nullb_bad_add pmain $(((last + 1) * 8)) $(((last + PREFILL_N + 1) * 8 + 7))
	dmsetup create lpre --table "0 $(blockdev --getsz "$main") linear $main 0"
	PYTHONPATH=$DMREMAP_SRC/bench python3 - /dev/mapper/cpre "$spare" /dev/mapper/lpre "$n" "$step" "$last" \
		"$PREFILL_N" >"$DMREMAP_OUT/lat-prefilled" <<'PY'
import statistics, sys
from kmod_commit_io import Devices, timed
dev, spare, lin = sys.argv[1:4]
n, step, last, k = (int(x) for x in sys.argv[4:8])
d = Devices(dev, spare, lin)
mid, app, fua, err = [], [], [], []
for j in range(k):
    timed(mid, lambda: d.write((j * (n // k) + 7) * step + 1))
    timed(fua, lambda: d.fua(j % 8))
    timed(err, lambda: d.failed_write(last + k + 1))
    timed(app, lambda: d.write(last + 1 + j))
    timed(fua, lambda: d.fua(j % 8))
    timed(err, lambda: d.failed_write(last + k + 1))
d.close()
m = statistics.median
print(m(mid) * 1e6, max(mid) * 1e6, m(app) * 1e6, max(app) * 1e6, m(fua) * 1e6, m(err) * 1e6)
PY
	local mm mx am ax fua err
	read -r mm mx am ax fua err <"$DMREMAP_OUT/lat-prefilled"
	note "prefilled $n: remap between remaps median $mm us, max $mx; past the last median $am us, max $ax; FUA $fua us; failed write $err us"
	report_us "kmod mem+$n remap commit between remaps median" "$mm"
	report_us "kmod mem+$n remap commit between remaps max" "$mx"
	report_us "kmod mem+$n remap commit past the last median" "$am"
	report_us "kmod mem+$n FUA write median" "$fua"
	report_ratio "kmod mem+$n remap between remaps from the error / FUA" "($mm - $err) / $fua" 2 "<= 2"
	report_ratio "kmod mem+$n remap past the last from the error / FUA" "($am - $err) / $fua" 2 "<= 2"
	expect_eq "$(remap_status cpre remapped)" $((n + 2 * PREFILL_N)) "remapped after the prefilled run"
	dmsetup remove lpre
	dmsetup remove cpre
}
[ -z "$PREFILL" ] || measure_prefilled "$PREFILL"
