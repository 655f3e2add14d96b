"""The devices both latency measurements of kmod-commit.sh write to, opened
for 4 KiB direct I/O: the dm-remap device (fd), its spare for FUA writes near
its end (sfd, end: the spare's size in bytes) and dm-linear over the same
main for writes to a bad unit, the failed write alone (lfd); buf holds 4 KiB
of random data. Units are 4096 bytes; times are seconds (time.perf_counter).
The remap measurement times its writes inline; the prefilled one through
write(), fua(), failed_write() and timed()."""
import errno
import mmap
import os
import sys
import time


class Devices:
    def __init__(self, dev, spare, lin):
        self.buf = mmap.mmap(-1, 4096)
        self.buf.write(os.urandom(4096))
        self.fd = os.open(dev, os.O_RDWR | os.O_DIRECT)
        # A 4 KiB FUA write is O_DSYNC on a block device.
        self.sfd = os.open(spare, os.O_RDWR | os.O_DIRECT | os.O_DSYNC)
        self.end = os.lseek(self.sfd, 0, os.SEEK_END)
        self.lfd = os.open(lin, os.O_RDWR | os.O_DIRECT)

    def write(self, unit):
        os.pwrite(self.fd, self.buf, unit * 4096)

    def fua(self, back):
        """FUA write of the unit `back` + 1 units before the spare's end."""
        os.pwrite(self.sfd, self.buf, self.end - 4096 * (1 + back))

    def failed_write(self, unit):
        """Writes a bad unit through dm-linear; exits if it did not fail with EIO."""
        try:
            os.pwrite(self.lfd, self.buf, unit * 4096)
        except OSError as e:
            if e.errno != errno.EIO:
                raise
            return
        sys.exit("write to a bad unit through dm-linear succeeded")

    def close(self):
        for f in (self.fd, self.sfd, self.lfd):
            os.close(f)


def timed(out, f):
    """Calls f() and appends its run time to out."""
    t = time.perf_counter()
    f()
    out.append(time.perf_counter() - t)
