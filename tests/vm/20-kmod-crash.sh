#!/bin/bash
# Crash consistency: dm-log-writes records every write to the spare during a
# remap storm (single writes and a concurrent burst). The log is replayed to
# every flush/FUA point; at each, dmremap-spare check must find usable
# metadata holding every remap acknowledged before that point, and (at every
# TARGET_EVERY-th point and the last) the target must load it and list them.
set -euo pipefail
source "$DMREMAP_SRC/tests/lib/vmtest.sh"
source "$DMREMAP_SRC/tests/vm/20-kmod-lib.bash"
TARGET_EVERY=${DMREMAP_TEST_CRASH_TARGET_EVERY:-10}

remap_load
main=$(nullb_create xmain 32)
spare=$(nullb_create xspare 4)
logdev=$(nullb_create xlog 256)
snap=$(nullb_create xsnap 4)
lwdev=$(logwrites_create xlw "$spare" "$logdev")
spare_tool format "$main" "$lwdev" --unit 4096
logwrites_mark xlw formatted
remap_create x0 "$main" "$lwdev"
dev=/dev/mapper/x0
nullb_bad_add xmain 8000 15999 # units 1000-1999

# Single acknowledged remaps.
for i in $(seq 0 ${DMREMAP_TEST_CRASH_SINGLES:-11}); do
	u=$((1000 + i * 3))
	dd if=/dev/urandom of="$dev" bs=4096 seek="$u" count=1 oflag=direct status=none
	logwrites_mark xlw "ack-$u"
done
# A concurrent burst: group commit.
for j in 0 1 2 3; do
	(for k in 0 1 2 3 4 5 6 7; do
		dd if=/dev/urandom of="$dev" bs=4096 seek=$((1300 + j * 10 + k)) count=1 oflag=direct status=none
	done) &
done
wait
for j in 0 1 2 3; do for k in 0 1 2 3 4 5 6 7; do logwrites_mark xlw "ack-$((1300 + j * 10 + k))"; done; done
# A big write over 64 bad units at once.
dd if=/dev/urandom of="$dev" bs=256K seek=$((1600 * 4096 / 262144)) count=1 oflag=direct status=none
for u in $(seq 1600 1663); do logwrites_mark xlw "ack-$u"; done
note "storm done: $(dmsetup status x0)"
remap_list x0 >"$DMREMAP_OUT/final-list"
dmsetup remove x0
logwrites_remove xlw

export DMREMAP_SPARE_TOOL main snap TARGET_EVERY
python3 - "$logdev" <<'PY' || fail "crash replay check failed"
import json, os, subprocess, sys
sys.path.insert(0, os.path.join(os.environ["DMREMAP_SRC"], "tests/lib"))
import logwrites

log = sys.argv[1]
tool, main, snap = os.environ["DMREMAP_SPARE_TOOL"], os.environ["main"], os.environ["snap"]
every = int(os.environ["TARGET_EVERY"])
img = bytearray(4 << 20)
path = "/tmp/crash-img"
acked, points, target_checks, formatted = set(), 0, 0, False
entries = list(logwrites.entries(log))
flush_idx = [i for i, s, n, f, l, d in entries if f & 3]
last_point = flush_idx[-1]

def sh(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout

def check_target(point):
    with open(snap, "r+b", buffering=0) as f:
        f.write(img)
        os.fsync(f.fileno())
    sh("blockdev", "--flushbufs", snap)
    size = sh("blockdev", "--getsz", main).strip()
    r = subprocess.run(["dmsetup", "create", "xchk", "--table", f"0 {size} remap {main} {snap}"],
                       capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"point {point}: target refused the metadata: {r.stderr}")
    try:
        lines = sh("dmsetup", "message", "xchk", "0", "list", "0", "100000").split("\n")
        units = {int(l.split()[0]) for l in lines if l.endswith("remapped")}
        miss = acked - units
        if miss:
            sys.exit(f"point {point}: target lost acknowledged remaps {sorted(miss)[:5]}")
        st = sh("dmsetup", "status", "xchk").split()
        if st[4] not in ("ok", "degraded") or st[13] != "2/2":
            sys.exit(f"point {point}: target status {' '.join(st)}")
    finally:
        sh("dmsetup", "remove", "xchk")

with open(log, "rb") as lf:
    for i, sector, nsec, flags, label, doff in entries:
        if flags & 8:
            if label == "formatted":
                formatted = True
            elif label.startswith("ack-"):
                acked.add(int(label[4:]))
            continue
        if nsec and not flags & 4:
            lf.seek(doff)
            img[sector * 512:(sector + nsec) * 512] = lf.read(nsec * 512)
        if not (flags & 3) or not formatted:
            continue
        points += 1
        with open(path, "wb") as f:
            f.write(img)
        r = subprocess.run([tool, "check", path, "--json"], capture_output=True, text=True)
        rep = json.loads(r.stdout)
        if not rep["usable"]:
            sys.exit(f"point {points} (entry {i}): no usable metadata: {rep['copies']}")
        units = {e["main_unit"] for e in rep["entries"] if e["state"] == "remapped"}
        miss = acked - units
        if miss:
            sys.exit(f"point {points} (entry {i}): checker lost acknowledged remaps {sorted(miss)[:5]}")
        if points % every == 0 or i == last_point:
            check_target(points)
            target_checks += 1
print(f"# {points} flush/FUA points checked with dmremap-spare, {target_checks} through the target; "
      f"{len(acked)} acknowledged remaps at the end")
if points < 100:
    sys.exit(f"only {points} points")
PY
