#pragma once

#include <QLoggingCategory>

#include <string>

// Logging of device-mapper control; enable with QT_LOGGING_RULES="dmremap.core.dm.debug=true".
Q_DECLARE_LOGGING_CATEGORY(dmremapDm)

namespace dmremap::dm {

/// Routes libdevmapper's log into dmremap.core.dm (instead of stderr) and
/// remembers, per thread, the last error line it printed: libdevmapper
/// reports the kernel's reason (e.g. the target's ti->error) only there.
/// Idempotent; thread-safe.
void installLogHandler();

/// The last libdevmapper error line of this thread ("" when none), and clears it.
std::string takeLastError();

} // namespace dmremap::dm
