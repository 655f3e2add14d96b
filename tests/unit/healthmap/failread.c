/*
 * LD_PRELOAD shim that makes reads of one file fail with EIO over chosen
 * byte ranges, so that a real GNU ddrescue run (which uses __open64_2 or
 * open64, lseek64 and read) meets real read errors without root or a failing
 * disk. FAILREAD_DEBUG=1 traces the calls it sees.
 *
 *   FAILREAD_PATH=/path/of/input FAILREAD_RANGES="FIRST:COUNT,..." (bytes)
 *
 * A read that touches a bad range fails entirely, as a disk fails a request.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static int failFd = -1;

static int overlapsBadRange(off_t pos, size_t count)
{
	const char *ranges = getenv("FAILREAD_RANGES");
	if (!ranges)
		return 0;
	while (*ranges) {
		char *end;
		unsigned long long first = strtoull(ranges, &end, 0);
		if (*end != ':')
			return 0;
		unsigned long long length = strtoull(end + 1, &end, 0);
		if ((unsigned long long)pos < first + length && first < (unsigned long long)pos + count)
			return 1;
		if (*end != ',')
			break;
		ranges = end + 1;
	}
	return 0;
}

static int track(const char *path, int fd)
{
	const char *failPath = getenv("FAILREAD_PATH");
	char resolved[4096];
	if (getenv("FAILREAD_DEBUG"))
		fprintf(stderr, "failread: open %s = %d\n", path ? path : "(null)", fd);
	if (fd >= 0 && failPath && path && realpath(path, resolved) && strcmp(resolved, failPath) == 0)
		failFd = fd;
	return fd;
}

typedef int (*open_fn)(const char *, int, ...);
typedef int (*open2_fn)(const char *, int);

/*
 * The real function behind one of the interposed names, found once. Each
 * wrapper keeps its own pointer: the names are distinct symbols in libc.
 */
static void *realFunction(void **cache, const char *name)
{
	if (!*cache)
		*cache = dlsym(RTLD_NEXT, name);
	return *cache;
}

/*
 * open64 and open: the same call under two names. The mode is only there
 * (and only read) when the flags create a file.
 */
static int forwardOpen(void **cache, const char *name, const char *path, int flags, va_list ap)
{
	mode_t mode = 0;
	open_fn real = (open_fn)realFunction(cache, name);

	if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE)
		mode = va_arg(ap, mode_t);
	return track(path, real(path, flags, mode));
}

int open64(const char *path, int flags, ...)
{
	static void *real;
	va_list ap;
	int fd;

	va_start(ap, flags);
	fd = forwardOpen(&real, "open64", path, flags, ap);
	va_end(ap);
	return fd;
}

int open(const char *path, int flags, ...)
{
	static void *real;
	va_list ap;
	int fd;

	va_start(ap, flags);
	fd = forwardOpen(&real, "open", path, flags, ap);
	va_end(ap);
	return fd;
}

/* What _FORTIFY_SOURCE builds (Debian's ddrescue) call for open64/open without O_CREAT. */
static int forwardOpen2(void **cache, const char *name, const char *path, int flags)
{
	return track(path, ((open2_fn)realFunction(cache, name))(path, flags));
}

int __open64_2(const char *path, int flags)
{
	static void *real;
	return forwardOpen2(&real, "__open64_2", path, flags);
}

int __open_2(const char *path, int flags)
{
	static void *real;
	return forwardOpen2(&real, "__open_2", path, flags);
}

ssize_t read(int fd, void *buf, size_t count)
{
	static ssize_t (*real)(int, void *, size_t);
	if (!real)
		real = dlsym(RTLD_NEXT, "read");
	if (fd == failFd && fd >= 0) {
		off_t pos = lseek(fd, 0, SEEK_CUR);
		if (getenv("FAILREAD_DEBUG"))
			fprintf(stderr, "failread: read fd %d at %lld, %zu bytes\n", fd, (long long)pos, count);
		if (pos >= 0 && overlapsBadRange(pos, count)) {
			errno = EIO;
			return -1;
		}
	}
	return real(fd, buf, count);
}
