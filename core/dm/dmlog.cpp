#include "dmlog.h"

#include <libdevmapper.h>

#include <cstdarg>
#include <cstdio>
#include <mutex>

Q_LOGGING_CATEGORY(dmremapDm, "dmremap.core.dm", QtInfoMsg)

namespace dmremap::dm {

namespace {

thread_local std::string t_lastError;

// libdevmapper levels: 3 error, 4 warn, 5 notice, 6 info, 7 debug (_LOG_*).
void logFn(int level, const char* file, int line, int dmErrno, const char* format, ...)
{
    (void)file;
    (void)line;
    (void)dmErrno;
    char buf[1024];
    va_list ap;
    va_start(ap, format);
    std::vsnprintf(buf, sizeof buf, format, ap);
    va_end(ap);
    const int lvl = level & 7; // the upper bits carry flags (_LOG_STDERR)
    if (lvl <= 3) {
        t_lastError = buf;
        qCDebug(dmremapDm, "libdevmapper: %s", buf); // callers report it with their error
    } else if (lvl <= 5) {
        qCDebug(dmremapDm, "libdevmapper: %s", buf);
    }
}

} // namespace

void installLogHandler()
{
    static std::once_flag once;
    std::call_once(once, [] { dm_log_with_errno_init(logFn); });
}

std::string takeLastError()
{
    std::string e;
    e.swap(t_lastError);
    return e;
}

} // namespace dmremap::dm
