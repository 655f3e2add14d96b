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

int open64(const char *path, int flags, ...)
{
	static int (*real)(const char *, int, ...);
	mode_t mode = 0;
	if (!real)
		real = dlsym(RTLD_NEXT, "open64");
	if (flags & O_CREAT) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return track(path, real(path, flags, mode));
}

int open(const char *path, int flags, ...)
{
	static int (*real)(const char *, int, ...);
	mode_t mode = 0;
	if (!real)
		real = dlsym(RTLD_NEXT, "open");
	if (flags & O_CREAT) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return track(path, real(path, flags, mode));
}

/* What _FORTIFY_SOURCE builds (Debian's ddrescue) call for open64 without O_CREAT. */
int __open64_2(const char *path, int flags)
{
	static int (*real)(const char *, int);
	if (!real)
		real = dlsym(RTLD_NEXT, "__open64_2");
	return track(path, real(path, flags));
}

int __open_2(const char *path, int flags)
{
	static int (*real)(const char *, int);
	if (!real)
		real = dlsym(RTLD_NEXT, "__open_2");
	return track(path, real(path, flags));
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
