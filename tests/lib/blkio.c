// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * blkio: direct-I/O pattern writer, verifier and prober for the VM tests
 * (tests/lib/vmtest.sh calls it as `blkio`). A compiled tool, not a script:
 * under the VM's software emulation an interpreter's start-up alone cost
 * 1-5 s per call.
 *
 * Every 512-byte sector S holds the 16-byte record (seed, S), both
 * little-endian 64-bit, repeated 32 times, so any sector read back can be
 * checked on its own and a sector from the wrong place or an old write is
 * caught. All I/O is O_DIRECT in requests of --bs bytes (default 64 KiB); a
 * request that fails with EIO, ENODATA, EILSEQ or EREMOTEIO (or is short) is
 * retried one logical block at a time, so errors are reported to the exact
 * logical block.
 *
 * Positions and counts are in 512-byte sectors; ranges print as FIRST-LAST
 * (inclusive), merged.
 *
 *   blkio write  DEV FIRST COUNT [--seed S] [--bs B]  exit 0, or 3 if a
 *                                                     write failed
 *   blkio verify DEV FIRST COUNT [--seed S] [--bs B]  exit 0 if all read and
 *                                                     match, 1 otherwise
 *   blkio probe  DEV FIRST COUNT [--bs B]             prints unreadable
 *                                                     ranges, exit 0
 *   blkio time   DEV FIRST COUNT [--repeat N]         prints the median time
 *                                                     in ms of one direct read
 *                                                     of the range
 *
 * Output lines: "write-error A-B", "unreadable A-B", "mismatch A-B", then a
 * summary "sectors N errors E mismatches M". Bad usage and errors other than
 * media errors exit 2 with a message on stderr.
 */
#define _GNU_SOURCE
#include <endian.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <linux/fs.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define SECTOR 512u

static void die(const char *fmt, ...)
{
	va_list ap;

	fputs("blkio: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

static uint64_t number(const char *what, const char *s)
{
	char *end;
	unsigned long long v;

	if (!*s || *s == '-' || *s == '+')
		die("%s must be a non-negative integer, got '%s'", what, s);
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || *end)
		die("%s must be a non-negative integer, got '%s'", what, s);
	return v;
}

/* Merged ranges of sectors, in the order they were added. */
struct ranges {
	uint64_t (*items)[2];
	size_t n, cap;
};

static void ranges_add(struct ranges *r, uint64_t first, uint64_t count)
{
	if (r->n && r->items[r->n - 1][1] + 1 == first) {
		r->items[r->n - 1][1] = first + count - 1;
		return;
	}
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 16;
		r->items = realloc(r->items, r->cap * sizeof(*r->items));
		if (!r->items)
			die("out of memory");
	}
	r->items[r->n][0] = first;
	r->items[r->n][1] = first + count - 1;
	r->n++;
}

static uint64_t ranges_total(const struct ranges *r)
{
	uint64_t t = 0;

	for (size_t i = 0; i < r->n; i++)
		t += r->items[i][1] - r->items[i][0] + 1;
	return t;
}

static void ranges_print(const struct ranges *r, const char *label)
{
	for (size_t i = 0; i < r->n; i++)
		printf("%s %" PRIu64 "-%" PRIu64 "\n", label, r->items[i][0], r->items[i][1]);
}

static void fill_pattern(unsigned char *buf, uint64_t seed, uint64_t first, uint64_t count)
{
	uint64_t rec[2];

	rec[0] = htole64(seed);
	for (uint64_t s = 0; s < count; s++) {
		rec[1] = htole64(first + s);
		for (unsigned i = 0; i < SECTOR / sizeof(rec); i++)
			memcpy(buf + s * SECTOR + i * sizeof(rec), rec, sizeof(rec));
	}
}

/* Adds to *mism every sector of buf (COUNT sectors from FIRST) that does
 * not hold its pattern; want is scratch space of the same size. */
static void find_mismatches(const unsigned char *buf, unsigned char *want, uint64_t seed, uint64_t first,
			    uint64_t count, struct ranges *mism)
{
	fill_pattern(want, seed, first, count);
	if (!memcmp(buf, want, count * SECTOR))
		return;
	for (uint64_t i = 0; i < count; i++)
		if (memcmp(buf + i * SECTOR, want + i * SECTOR, SECTOR))
			ranges_add(mism, first + i, 1);
}

static bool media_error(int e)
{
	return e == EIO || e == ENODATA || e == EILSEQ || e == EREMOTEIO;
}

/* One request; returns 0, or the errno of a media error (a short transfer
 * counts as EIO). Any other error ends the program. */
static int transfer(bool write, int fd, unsigned char *buf, uint64_t sectors, uint64_t first)
{
	size_t len = sectors * SECTOR;
	off_t off = (off_t)(first * SECTOR);
	ssize_t got = write ? pwrite(fd, buf, len, off) : pread(fd, buf, len, off);

	if (got == (ssize_t)len)
		return 0;
	if (got >= 0)
		return EIO;
	if (media_error(errno))
		return errno;
	die("%s at sector %" PRIu64 ": %s", write ? "write" : "read", first, strerror(errno));
	return 0;
}

enum mode { WRITE, VERIFY, PROBE, TIME };

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	const char *pos[4];
	int npos = 0;
	uint64_t seed = 1, bs = 65536, repeat = 5;
	enum mode mode;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = NULL;
		uint64_t *dst = NULL;

		if (!strncmp(a, "--seed", 6))
			dst = &seed;
		else if (!strncmp(a, "--bs", 4))
			dst = &bs;
		else if (!strncmp(a, "--repeat", 8))
			dst = &repeat;
		if (dst) {
			const char *eq = strchr(a, '=');

			if (eq)
				v = eq + 1;
			else if (i + 1 < argc)
				v = argv[++i];
			else
				die("%s needs a value", a);
			*dst = number(a, v);
			continue;
		}
		if (a[0] == '-' && a[1])
			die("unknown option %s (usage: blkio write|verify|probe|time DEV FIRST COUNT [--seed S] [--bs B] [--repeat N])", a);
		if (npos == 4)
			die("too many arguments");
		pos[npos++] = a;
	}
	if (npos != 4)
		die("usage: blkio write|verify|probe|time DEV FIRST COUNT [--seed S] [--bs B] [--repeat N]");
	if (!strcmp(pos[0], "write"))
		mode = WRITE;
	else if (!strcmp(pos[0], "verify"))
		mode = VERIFY;
	else if (!strcmp(pos[0], "probe"))
		mode = PROBE;
	else if (!strcmp(pos[0], "time"))
		mode = TIME;
	else
		die("mode must be write, verify, probe or time, got '%s'", pos[0]);
	uint64_t first = number("FIRST", pos[2]), count = number("COUNT", pos[3]);

	if (count > (UINT64_MAX - first) / SECTOR || (first + count) > INT64_MAX / SECTOR)
		die("FIRST + COUNT is out of range");
	if (bs == 0 || bs % SECTOR || bs > (64u << 20))
		die("--bs must be a multiple of 512 bytes up to 64 MiB");
	if (repeat == 0 || repeat > 100000)
		die("--repeat must be 1 to 100000");

	int fd = open(pos[1], O_DIRECT | O_CLOEXEC | (mode == WRITE ? O_RDWR : O_RDONLY));

	if (fd < 0)
		die("%s: %s", pos[1], strerror(errno));
	struct stat st;
	int lbs = SECTOR;

	if (fstat(fd, &st))
		die("%s: %s", pos[1], strerror(errno));
	if (S_ISBLK(st.st_mode) && ioctl(fd, BLKSSZGET, &lbs))
		die("%s: BLKSSZGET: %s", pos[1], strerror(errno));
	if (lbs < (int)SECTOR || lbs % SECTOR)
		die("%s: logical block size %d", pos[1], lbs);
	if (bs % lbs || first * SECTOR % lbs || count * SECTOR % lbs)
		die("positions, counts and --bs must be multiples of the logical block size %d", lbs);

	if (mode == TIME) {
		unsigned char *buf;
		double *times = calloc(repeat, sizeof(*times));
		size_t len = count ? count * SECTOR : SECTOR;

		if (!times || posix_memalign((void **)&buf, 4096, len))
			die("out of memory");
		for (uint64_t r = 0; r < repeat; r++) {
			double t0 = now_ms();

			if (transfer(false, fd, buf, count, first))
				die("read of sectors %" PRIu64 "+%" PRIu64 " failed", first, count);
			times[r] = now_ms() - t0;
		}
		qsort(times, repeat, sizeof(*times), cmp_double);
		printf("%.1f\n", times[repeat / 2]);
		return 0;
	}

	uint64_t step = bs / SECTOR, spb = (uint64_t)lbs / SECTOR;
	unsigned char *buf, *want;
	struct ranges bad = { 0 }, mism = { 0 };

	if (posix_memalign((void **)&buf, 4096, bs) || posix_memalign((void **)&want, 4096, bs))
		die("out of memory");
	for (uint64_t p = first, end = first + count; p < end;) {
		uint64_t n = end - p < step ? end - p : step;

		if (mode == WRITE)
			fill_pattern(buf, seed, p, n);
		if (transfer(mode == WRITE, fd, buf, n, p)) {
			/* One logical block at a time, to find the failing ones. */
			for (uint64_t b = p; b < p + n; b += spb) {
				if (mode == WRITE)
					fill_pattern(buf, seed, b, spb);
				if (transfer(mode == WRITE, fd, buf, spb, b))
					ranges_add(&bad, b, spb);
				else if (mode == VERIFY)
					find_mismatches(buf, want, seed, b, spb, &mism);
			}
		} else if (mode == VERIFY) {
			find_mismatches(buf, want, seed, p, n, &mism);
		}
		p += n;
	}
	int rc = 0;

	if (mode == WRITE) {
		if (fsync(fd))
			die("fsync %s: %s", pos[1], strerror(errno));
		ranges_print(&bad, "write-error");
		rc = bad.n ? 3 : 0;
	} else {
		ranges_print(&bad, "unreadable");
		ranges_print(&mism, "mismatch");
		rc = mode == VERIFY && (bad.n || mism.n) ? 1 : 0;
	}
	close(fd);
	printf("sectors %" PRIu64 " errors %" PRIu64 " mismatches %" PRIu64 "\n", count, ranges_total(&bad),
	       ranges_total(&mism));
	return rc;
}
