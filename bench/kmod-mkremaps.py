#!/usr/bin/env python3
"""kmod-mkremaps.py SPARE N: adds N remap entries to a freshly formatted
dm-remap spare (dmremap-spare format), spread uniformly over the main device,
in slots 0..N-1, and commits them to both copies as the kernel would
(generation 2). For benchmarks: making 100,000 remaps through I/O errors
would take far longer than measuring them. Format: kmod/dm-remap-format.h.
CRCs come from the kernel (AF_ALG "crc32c") when it has it, checked against
the table version here.
"""
import os
import socket
import struct
import sys

BLOCK = 4096
PER_BLOCK = 254


def crc32c_table():
    t = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        t.append(c)
    return t


TABLE = crc32c_table()


def crc32c_py(data, crc=0xFFFFFFFF):
    t = TABLE
    for b in data:
        crc = t[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def kernel_crc32c():
    """The kernel's crc32c through AF_ALG (the same CRC as crc32c_py, in
    microseconds instead of a second per MiB under emulation), or None."""
    try:
        alg = socket.socket(socket.AF_ALG, socket.SOCK_SEQPACKET, 0)
        alg.bind(("hash", "crc32c"))
    except OSError:
        return None

    def crc(data):
        op, _ = alg.accept()
        with op:
            op.sendall(data)
            return int.from_bytes(op.recv(4), "little")
    # It must agree with the table version, or the spare would not load.
    probe = os.urandom(4096)
    return crc if crc(probe) == crc32c_py(probe) else None


crc32c = kernel_crc32c() or crc32c_py


def block_crc(block):
    return crc32c(bytes(block[:4]) + b"\0\0\0\0" + bytes(block[8:]))


def main():
    spare, n = sys.argv[1], int(sys.argv[2])
    fd = os.open(spare, os.O_RDWR)
    sb = bytearray(os.pread(fd, BLOCK, 0))
    magic, _, version, _, gen = struct.unpack_from("<IIIIQ", sb, 0)
    assert magic == 0x53524D44 and version == 1 and gen == 1, "not a freshly formatted spare"
    uuid = bytes(sb[24:40])
    unit = struct.unpack_from("<I", sb, 48)[0]
    main_sectors, _, copy_sectors, _, nr_slots, capacity = struct.unpack_from("<QQQQQQ", sb, 56)
    assert n <= nr_slots, f"spare holds {nr_slots} slots"
    units = main_sectors * 512 // unit
    step = units // n
    blocks, crcs = [], []
    for b in range((n + PER_BLOCK - 1) // PER_BLOCK):
        cnt = min(PER_BLOCK, n - b * PER_BLOCK)
        blk = bytearray(BLOCK)
        struct.pack_into("<IIII", blk, 0, 0x54524D44, 0, b, cnt)
        blk[16:32] = uuid
        for k in range(cnt):
            i = b * PER_BLOCK + k
            struct.pack_into("<QIHH", blk, 32 + 16 * k, i * step, i, 1, 0)
        crc = block_crc(blk)
        struct.pack_into("<I", blk, 4, crc)
        blocks.append(bytes(blk))
        crcs.append(struct.pack("<I", crc))
    table_crc = crc32c(b"".join(crcs))
    for copy in (0, 1):
        base = copy * copy_sectors * 512
        os.pwrite(fd, b"".join(blocks), base + BLOCK)
        s = bytearray(os.pread(fd, BLOCK, base))
        struct.pack_into("<Q", s, 16, 2)  # generation
        struct.pack_into("<QQ", s, 104, n, n)  # nr_entries, next_slot
        struct.pack_into("<I", s, 120, table_crc)
        struct.pack_into("<I", s, 4, 0)
        struct.pack_into("<I", s, 4, block_crc(s))
        os.pwrite(fd, bytes(s), base)
    os.fsync(fd)
    os.close(fd)
    print(f"{n} remaps, one every {step} units of {unit} bytes")


if __name__ == "__main__":
    main()
