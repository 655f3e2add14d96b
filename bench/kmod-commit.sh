#!/bin/bash
# Remap commit latency: a 4 KiB write to a bad unit until its acknowledgement
# (failed main write + slot write + metadata commit), median and p99, against
# the median of one 4 KiB FUA write on the same spare. "From the error" takes
# off the median of the failed main write itself (the same write to a bad
# unit through dm-linear on the same main, measured alongside). Then a burst
# of 1000 concurrent write errors against 1000 x the median commit.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"
N=${DMREMAP_BENCH_COMMITS:-200}

remap_load
main=$(nullb_create cmain 256 4096)
spare=$(nullb_create cspare 128 4096)
spare_tool format "$main" "$spare" >/dev/null
remap_create c0 "$main" "$spare"
# Units 1000-1999 single remaps, 10000-10999 the burst, 20000-20999 failed
# writes through dm-linear.
nullb_bad_add cmain 8000 15999
nullb_bad_add cmain 80000 87999
nullb_bad_add cmain 160000 167999
dmsetup create clin --table "0 $(blockdev --getsz "$main") linear $main 0"
python3 - /dev/mapper/c0 "$spare" "$N" /dev/mapper/clin >"$DMREMAP_OUT/lat" <<'PY'
import errno, mmap, os, statistics, sys, time
dev, spare, n, lin = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
buf = mmap.mmap(-1, 4096)
buf.write(os.urandom(4096))
fd = os.open(dev, os.O_RDWR | os.O_DIRECT)
lat = []
for i in range(n):
    t = time.perf_counter()
    os.pwrite(fd, buf, (1000 + i) * 4096)
    lat.append(time.perf_counter() - t)
os.close(fd)
# A 4 KiB FUA write (O_DSYNC on a block device) near the end of the spare.
sfd = os.open(spare, os.O_RDWR | os.O_DIRECT | os.O_DSYNC)
end = os.lseek(sfd, 0, os.SEEK_END)
fua = []
for i in range(n):
    t = time.perf_counter()
    os.pwrite(sfd, buf, end - 4096 * (1 + i % 64))
    fua.append(time.perf_counter() - t)
os.close(sfd)
# The failed write alone: dm-linear over the same main, a bad unit.
lfd = os.open(lin, os.O_RDWR | os.O_DIRECT)
err = []
for i in range(n):
    t = time.perf_counter()
    try:
        os.pwrite(lfd, buf, (20000 + i) * 4096)
        sys.exit("write to a bad unit through dm-linear succeeded")
    except OSError as e:
        if e.errno != errno.EIO:
            raise
    err.append(time.perf_counter() - t)
os.close(lfd)
lat.sort()
print(statistics.median(lat) * 1e6, lat[int(len(lat) * 0.99) - 1] * 1e6, statistics.median(fua) * 1e6,
      statistics.median(err) * 1e6)
PY
dmsetup remove clin
read -r med p99 fua err <"$DMREMAP_OUT/lat"
note "remap write: median $med us, p99 $p99 us; FUA write median $fua us; failed write median $err us"
bench_report "kmod remap commit median" "$(printf '%.0f' "$med")" us ""
bench_report "kmod remap commit p99" "$(printf '%.0f' "$p99")" us ""
bench_report "kmod remap commit median / FUA write median" "$(python3 -c "print(f'{$med / $fua:.2f}')")" ratio ""
bench_report "kmod remap from the error (median - failed write) / FUA write" \
	"$(python3 -c "print(f'{($med - $err) / $fua:.2f}')")" ratio "<= 2"

commits0=$(remap_msg c0 stats | tr ' ' '\n' | sed -n 's/^commits=//p')
# fio's own run time (its start-up, seconds in a loaded guest, is not the
# burst's).
fio --name=burst --filename=/dev/mapper/c0 --direct=1 --ioengine=libaio --iodepth=128 --rw=randwrite \
	--bs=4k --offset=$((10000 * 4096)) --size=$((1000 * 4096)) --output-format=json \
	--output="$DMREMAP_OUT/burst.json" || fail "burst fio"
ms=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["jobs"][0]["write"]["runtime"])' \
	"$DMREMAP_OUT/burst.json")
commits1=$(remap_msg c0 stats | tr ' ' '\n' | sed -n 's/^commits=//p')
expect_eq "$(remap_status c0 remapped)" $((N + 1000)) "remapped after the burst"
note "burst of 1000 write errors: $ms ms, $((commits1 - commits0)) commits"
bench_report "kmod burst 1000 errors" "$ms" ms ""
bench_report "kmod burst commits for 1000 errors" "$((commits1 - commits0))" commits ""
bench_report "kmod burst / (1000 x median commit)" "$(python3 -c "print(f'{$ms * 1000 / (1000 * $med):.3f}')")" ratio "<< 1"
dmsetup remove c0
