#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""blkio: direct-I/O pattern writer, verifier and prober for VM tests.

Every 512-byte sector S gets the pattern pack('<QQ', seed, S) repeated 32
times, so any sector read back can be checked on its own and a sector from
the wrong place or an old write is caught. All I/O is O_DIRECT in requests of
--bs bytes (default 64 KiB); a request that fails is retried one logical block
at a time, so errors are reported to the exact logical block.

Positions and counts are in 512-byte sectors; ranges print as FIRST-LAST
(inclusive), merged.

  blkio.py write  DEV FIRST COUNT [--seed S] [--bs B]  exit 0, or 3 if a
                                                      write failed
  blkio.py verify DEV FIRST COUNT [--seed S] [--bs B]  exit 0 if all read and
                                                      match, 1 otherwise
  blkio.py probe  DEV FIRST COUNT [--bs B]             prints unreadable
                                                      ranges, exit 0
  blkio.py time   DEV FIRST COUNT [--repeat N]         prints the median time
                                                      in ms of one direct read
                                                      of the range
Output lines: "write-error A-B", "unreadable A-B", "mismatch A-B", then a
summary "sectors N errors E mismatches M".
"""
import argparse
import errno
import fcntl
import mmap
import os
import struct
import sys
import time

BLKSSZGET = 0x1268  # <linux/fs.h>: logical block size, int


def logical_block_size(fd):
    st = os.fstat(fd)
    if not (st.st_mode & 0o170000 == 0o060000):
        return 512
    buf = fcntl.ioctl(fd, BLKSSZGET, b"\0" * 4)
    return struct.unpack("i", buf)[0]


def pattern(seed, first, count):
    return b"".join(struct.pack("<QQ", seed, s) * 32 for s in range(first, first + count))


class Ranges:
    def __init__(self):
        self.items = []

    def add(self, first, count):
        if self.items and self.items[-1][1] + 1 == first:
            self.items[-1][1] = first + count - 1
        else:
            self.items.append([first, first + count - 1])

    def total(self):
        return sum(b - a + 1 for a, b in self.items)

    def lines(self, label):
        return [f"{label} {a}-{b}" for a, b in self.items]


def io_range(fd, first, count, bs, lbs, op):
    """Runs op(buf_view, offset_bytes) over [first, first+count) in requests
    of bs bytes; on OSError EIO/ENODATA/EILSEQ retries per logical block.
    Yields (first_sector, n_sectors, ok, buf)."""
    step = bs // 512
    spb = lbs // 512
    buf = mmap.mmap(-1, bs)
    pos, end = first, first + count
    while pos < end:
        n = min(step, end - pos)
        view = memoryview(buf)[: n * 512]
        try:
            op(fd, view, pos * 512)
            yield pos, n, True, view
        except OSError as e:
            if e.errno not in (errno.EIO, errno.ENODATA, errno.EILSEQ, errno.EREMOTEIO):
                raise
            for b in range(pos, pos + n, spb):
                small = memoryview(buf)[: spb * 512]
                try:
                    op(fd, small, b * 512)
                    yield b, spb, True, small
                except OSError as e2:
                    if e2.errno not in (errno.EIO, errno.ENODATA, errno.EILSEQ, errno.EREMOTEIO):
                        raise
                    yield b, spb, False, small
        pos += n


def do_read(fd, view, off):
    got = os.preadv(fd, [view], off)
    if got != len(view):
        raise OSError(errno.EIO, f"short read at byte {off}: {got}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["write", "verify", "probe", "time"])
    ap.add_argument("dev")
    ap.add_argument("first", type=int, help="first sector (512 bytes)")
    ap.add_argument("count", type=int, help="number of sectors")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bs", type=int, default=65536, help="request size in bytes")
    ap.add_argument("--repeat", type=int, default=5, help="reads timed by the time mode")
    a = ap.parse_args()

    flags = os.O_DIRECT | (os.O_RDWR if a.mode == "write" else os.O_RDONLY)
    fd = os.open(a.dev, flags)
    lbs = logical_block_size(fd)
    if a.bs % lbs or a.first * 512 % lbs or a.count * 512 % lbs:
        sys.exit(f"blkio: positions, counts and --bs must be multiples of the logical block size {lbs}")
    bad, mism = Ranges(), Ranges()

    if a.mode == "time":
        buf = mmap.mmap(-1, a.count * 512)
        times = []
        for _ in range(a.repeat):
            t0 = time.monotonic()
            do_read(fd, memoryview(buf), a.first * 512)
            times.append((time.monotonic() - t0) * 1000)
        os.close(fd)
        print(f"{sorted(times)[len(times) // 2]:.1f}")
        return 0

    if a.mode == "write":
        def op(fd_, view, off):
            s = off // 512
            view[:] = pattern(a.seed, s, len(view) // 512)
            if os.pwritev(fd_, [view], off) != len(view):
                raise OSError(errno.EIO, "short write")
        for s, n, ok, _ in io_range(fd, a.first, a.count, a.bs, lbs, op):
            if not ok:
                bad.add(s, n)
        os.fsync(fd)
        out = bad.lines("write-error")
        rc = 3 if bad.items else 0
    else:
        for s, n, ok, view in io_range(fd, a.first, a.count, a.bs, lbs, do_read):
            if not ok:
                bad.add(s, n)
            elif a.mode == "verify":
                want = pattern(a.seed, s, n)
                if bytes(view) != want:
                    for i in range(n):
                        if view[i * 512:(i + 1) * 512] != want[i * 512:(i + 1) * 512]:
                            mism.add(s + i, 1)
        out = bad.lines("unreadable") + mism.lines("mismatch")
        rc = 1 if (a.mode == "verify" and (bad.items or mism.items)) else 0
    os.close(fd)
    for line in out:
        print(line)
    print(f"sectors {a.count} errors {bad.total()} mismatches {mism.total()}")
    return rc


if __name__ == "__main__":
    sys.exit(main())
