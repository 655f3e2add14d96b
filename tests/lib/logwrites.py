#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""logwrites: read and replay a dm-log-writes log, for crash-consistency tests.

The log format is the one described in the kernel's
Documentation/admin-guide/device-mapper/log-writes.rst: a super block at the
start of the log device (le64 magic 0x6a736677736872, le64 version, le64
number of entries, le32 sector size), then one entry per logged request, each
a header block (le64 sector, le64 number of sectors, le64 flags, le64 data
length) followed by its data; a mark keeps its label in the header block.
Sectors in entries are 512-byte units. Only logs with a 512-byte sector size
are supported (the size the tests use).

  logwrites.py list LOGDEV                 one line per entry:
                                           INDEX FLAGS SECTOR NR_SECTORS [LABEL]
  logwrites.py replay LOGDEV DEV --upto N  writes entries 0..N (inclusive) to DEV
  logwrites.py replay LOGDEV DEV --mark L  writes the entries before mark L
  logwrites.py points LOGDEV               indexes of the FLUSH/FUA entries, the
                                           points where a crash is replayed
"""
import argparse
import os
import struct
import sys

MAGIC = 0x6A736677736872
FLAGS = {1: "FLUSH", 2: "FUA", 4: "DISCARD", 8: "MARK", 16: "METADATA"}
SUPER = struct.Struct("<QQQI")
ENTRY = struct.Struct("<QQQQ")


def flag_names(f):
    names = [n for bit, n in FLAGS.items() if f & bit]
    return "|".join(names) if names else "WRITE"


def entries(path):
    """Yields (index, sector, nr_sectors, flags, label, data_offset) of each
    entry; data_offset is the byte offset of its data in the log."""
    with open(path, "rb") as f:
        magic, version, nr, ssize = SUPER.unpack(f.read(SUPER.size))
        if magic != MAGIC:
            sys.exit(f"logwrites: {path}: not a dm-log-writes log (magic {magic:#x})")
        if ssize != 512:
            sys.exit(f"logwrites: {path}: sector size {ssize} is not supported (512 only)")
        pos = 512
        for i in range(nr):
            f.seek(pos)
            hdr = f.read(512)
            sector, nsec, flags, dlen = ENTRY.unpack_from(hdr)
            label = ""
            if flags & 8:
                label = hdr[ENTRY.size:ENTRY.size + dlen].decode(errors="replace")
            yield i, sector, nsec, flags, label, pos + 512
            pos += 512 + (nsec * 512 if not (flags & 4) else 0)


def replay(log, dev, upto=None, mark=None):
    fd = os.open(dev, os.O_RDWR)
    zero = bytes(1 << 20)
    found = mark is None
    with open(log, "rb") as f:
        for i, sector, nsec, flags, label, doff in entries(log):
            if mark is not None and flags & 8 and label == mark:
                found = True
                break
            if upto is not None and i > upto:
                break
            if flags & 4:  # discard: contents undefined; replay as zeroes
                left, off = nsec * 512, sector * 512
                while left:
                    n = min(left, len(zero))
                    os.pwrite(fd, zero[:n], off)
                    left, off = left - n, off + n
            elif nsec:
                f.seek(doff)
                os.pwrite(fd, f.read(nsec * 512), sector * 512)
    os.fsync(fd)
    os.close(fd)
    if not found:
        sys.exit(f"logwrites: mark '{mark}' not found")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list").add_argument("log")
    sub.add_parser("points").add_argument("log")
    r = sub.add_parser("replay")
    r.add_argument("log")
    r.add_argument("dev")
    g = r.add_mutually_exclusive_group(required=True)
    g.add_argument("--upto", type=int)
    g.add_argument("--mark")
    a = ap.parse_args()
    if a.cmd == "list":
        for i, sector, nsec, flags, label, _ in entries(a.log):
            print(i, flag_names(flags), sector, nsec, label)
    elif a.cmd == "points":
        for i, _, _, flags, _, _ in entries(a.log):
            if flags & 3:
                print(i)
    else:
        replay(a.log, a.dev, a.upto, a.mark)


if __name__ == "__main__":
    main()
