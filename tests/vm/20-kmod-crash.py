#!/usr/bin/env python3
"""Storm and replay halves of tests/vm/20-kmod-crash.sh (not a test itself).

  20-kmod-crash.py storm DEV LOGWRITES_NAME SINGLES
      Writes to bad units of DEV (a remap target whose spare sits under the
      dm-log-writes device LOGWRITES_NAME): SINGLES single 4 KiB writes, a
      burst of 32 concurrent ones and one 256 KiB write over 64 bad units.
      After each write returns, a log-writes mark "ack-<unit>" records that
      the remap of <unit> was acknowledged.

  20-kmod-crash.py replay LOG MAIN SNAP_A SNAP_B TOOL META_BYTES
      Replays the log in memory, forward from one flush/FUA point to the next
      (never from scratch). At every point the spare image must be usable
      metadata holding every remap acknowledged before it, both through the
      checker (TOOL check, many point images per process) and through the
      target: the image's metadata area is written to SNAP_A or SNAP_B (they
      take turns, so every table load constructs fresh state for its spare),
      a table over MAIN and that spare is loaded into one device and resumed,
      and its list and status are read. Device-mapper calls go through
      libdevmapper in-process: a dmsetup process per call would cost more than
      the whole check.
"""
import ctypes
import json
import mmap
import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.environ["DMREMAP_SRC"], "tests/lib"))
import logwrites  # noqa: E402

DM_DEVICE_CREATE, DM_DEVICE_RELOAD, DM_DEVICE_REMOVE = 0, 1, 2
DM_DEVICE_RESUME, DM_DEVICE_STATUS, DM_DEVICE_TARGET_MSG = 5, 10, 17
# Flags carried by the resume's uevent: udev skips its dm, subsystem, disk
# and other rules (no blkid), so a few hundred table swaps leave it no
# backlog to slow down later scripts' udev-synchronised dmsetup calls.
DM_UDEV_QUIET = 0x0001 | 0x0002 | 0x0004 | 0x0008 | 0x0010


class Dm:
    """The few libdevmapper calls the test needs; each raises on failure."""

    def __init__(self):
        lib = ctypes.CDLL("libdevmapper.so.1.02.1")
        vp, cp, u64 = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint64
        lib.dm_task_create.restype = vp
        lib.dm_task_create.argtypes = [ctypes.c_int]
        for f, args in (("dm_task_set_name", [vp, cp]), ("dm_task_set_message", [vp, cp]),
                        ("dm_task_set_sector", [vp, u64]), ("dm_task_run", [vp]),
                        ("dm_task_destroy", [vp]),
                        ("dm_task_add_target", [vp, u64, u64, cp, cp]),
                        ("dm_task_set_cookie", [vp, ctypes.POINTER(ctypes.c_uint32), ctypes.c_uint16])):
            getattr(lib, f).argtypes = args
        lib.dm_task_get_message_response.restype = cp
        lib.dm_task_get_message_response.argtypes = [vp]
        lib.dm_get_next_target.restype = vp
        lib.dm_get_next_target.argtypes = [vp, vp, ctypes.POINTER(u64), ctypes.POINTER(u64),
                                           ctypes.POINTER(cp), ctypes.POINTER(cp)]
        lib.dm_udev_set_sync_support.argtypes = [ctypes.c_int]
        lib.dm_udev_set_sync_support(0)
        self.lib = lib

    def _run(self, kind, name, setup=None, result=None):
        t = self.lib.dm_task_create(kind)
        if not t:
            raise RuntimeError("dm_task_create")
        try:
            self.lib.dm_task_set_name(t, name.encode())
            if setup:
                setup(t)
            if not self.lib.dm_task_run(t):
                raise RuntimeError(f"device-mapper call {kind} on {name} failed")
            return result(t) if result else None
        finally:
            self.lib.dm_task_destroy(t)

    def create_empty(self, name):
        self._run(DM_DEVICE_CREATE, name)

    def load(self, name, size, ttype, params):
        self._run(DM_DEVICE_RELOAD, name,
                  lambda t: self.lib.dm_task_add_target(t, 0, size, ttype.encode(), params.encode()))

    def resume(self, name):
        cookie = ctypes.c_uint32(0)
        self._run(DM_DEVICE_RESUME, name,
                  lambda t: self.lib.dm_task_set_cookie(t, ctypes.byref(cookie), DM_UDEV_QUIET))

    def remove(self, name):
        """Removes name, retrying while udev still has it open (EBUSY)."""
        for _ in range(100):
            try:
                self._run(DM_DEVICE_REMOVE, name)
                return
            except RuntimeError:
                time.sleep(0.1)
        self._run(DM_DEVICE_REMOVE, name)

    def message(self, name, msg):
        def setup(t):
            self.lib.dm_task_set_sector(t, 0)
            self.lib.dm_task_set_message(t, msg.encode())

        def result(t):
            r = self.lib.dm_task_get_message_response(t)
            return r.decode() if r else ""
        return self._run(DM_DEVICE_TARGET_MSG, name, setup, result)

    def status(self, name):
        def result(t):
            s, n = ctypes.c_uint64(), ctypes.c_uint64()
            ty, pa = ctypes.c_char_p(), ctypes.c_char_p()
            self.lib.dm_get_next_target(t, None, ctypes.byref(s), ctypes.byref(n),
                                        ctypes.byref(ty), ctypes.byref(pa))
            return (pa.value or b"").decode()
        return self._run(DM_DEVICE_STATUS, name, result=result)


def storm(dev, lw, singles):
    dm = Dm()
    fd = os.open(dev, os.O_RDWR | os.O_DIRECT)
    buf = mmap.mmap(-1, 256 << 10)
    buf.write(os.urandom(256 << 10))

    def put(unit, nbytes=4096):
        os.pwrite(fd, memoryview(buf)[:nbytes], unit * 4096)

    for i in range(singles + 1):
        put(1000 + i * 3)
        dm.message(lw, f"mark ack-{1000 + i * 3}")
    # A concurrent burst: group commit.
    units = [1300 + j * 10 + k for j in range(4) for k in range(8)]
    threads = [threading.Thread(target=lambda us: [put(u) for u in us], args=(units[j * 8:j * 8 + 8],))
               for j in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for u in units:
        dm.message(lw, f"mark ack-{u}")
    # One write over 64 bad units.
    put(1600, 256 << 10)
    for u in range(1600, 1664):
        dm.message(lw, f"mark ack-{u}")
    os.close(fd)


def replay(log, main, snaps, tool, meta_bytes):
    dm = Dm()
    main_sectors = int(subprocess.run(["blockdev", "--getsz", main], check=True, capture_output=True,
                                      text=True).stdout)
    spare_bytes = 0
    entries = list(logwrites.entries(log))
    for _, sector, nsec, flags, _, _ in entries:
        spare_bytes = max(spare_bytes, (sector + nsec) * 512)
    spare_bytes = max(spare_bytes, int(subprocess.run(["blockdev", "--getsize64", snaps[0]], check=True,
                                                      capture_output=True, text=True).stdout))
    img = bytearray(spare_bytes)
    meta = mmap.mmap(-1, meta_bytes)
    snap_fds = [os.open(s, os.O_RDWR | os.O_DIRECT) for s in snaps]
    workdir = "/tmp/crash-points"
    os.makedirs(workdir, exist_ok=True)
    acked, formatted, points = set(), False, []
    dm.create_empty("xchk")
    failure = None
    try:
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
                n = len(points)
                meta.seek(0)
                meta.write(img[:meta_bytes])
                path = f"{workdir}/p{n:05d}"
                with open(path, "wb") as f:
                    f.write(meta)
                    f.truncate(spare_bytes)
                points.append((i, path, frozenset(acked)))
                # Through the target, on the spare that is not live now.
                k = n % 2
                os.pwrite(snap_fds[k], meta, 0)
                os.fsync(snap_fds[k])
                try:
                    dm.load("xchk", main_sectors, "remap", f"{main} {snaps[k]}")
                    dm.resume("xchk")
                except RuntimeError as e:
                    sys.exit(f"point {n} (entry {i}): the target refused the metadata: {e}")
                lines = dm.message("xchk", "list 0 100000").split("\n")
                units = {int(ln.split()[0]) for ln in lines if ln.endswith("remapped")}
                miss = acked - units
                if miss:
                    sys.exit(f"point {n} (entry {i}): the target lost acknowledged remaps {sorted(miss)[:5]}")
                st = dm.status("xchk").split()
                if st[1] not in ("ok", "degraded") or st[10] != "2/2":
                    sys.exit(f"point {n} (entry {i}): target status {' '.join(st)}")
    except SystemExit as e:
        failure = e
    dm.remove("xchk")
    if failure:
        raise failure
    # Through the checker, many images per process.
    for c in range(0, len(points), 64):
        chunk = points[c:c + 64]
        r = subprocess.run([tool, "check", "--json"] + [p for _, p, _ in chunk], capture_output=True, text=True)
        reps = [json.loads(ln) for ln in r.stdout.splitlines()]
        if len(reps) != len(chunk):
            sys.exit(f"checker printed {len(reps)} reports for {len(chunk)} images: {r.stderr}")
        for n, ((i, path, ack), rep) in enumerate(zip(chunk, reps), start=c):
            if rep["spare"] != path or not rep["usable"]:
                sys.exit(f"point {n} (entry {i}): checker: no usable metadata: {rep}")
            units = {e["main_unit"] for e in rep["entries"] if e["state"] == "remapped"}
            miss = ack - units
            if miss:
                sys.exit(f"point {n} (entry {i}): checker lost acknowledged remaps {sorted(miss)[:5]}")
            os.unlink(path)
    print(f"# {len(points)} flush/FUA points checked, each through dmremap-spare and through the target; "
          f"{len(acked)} acknowledged remaps at the end")
    if len(points) < 100:
        sys.exit(f"only {len(points)} points")


if __name__ == "__main__":
    if sys.argv[1] == "storm":
        storm(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif sys.argv[1] == "replay":
        replay(sys.argv[2], sys.argv[3], sys.argv[4:6], sys.argv[6], int(sys.argv[7]))
    else:
        sys.exit(__doc__)
