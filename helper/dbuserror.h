#pragma once

#include "error/error.h"

#include <QString>

#include <optional>

namespace dmremap::dbus {

/// "org.dmremap.Helper1.Error." + the name of each core Error, e.g.
/// org.dmremap.Helper1.Error.InvalidArgs. The table behind it is checked at
/// compile time against dmremap::errorCount.
QString dbusErrorName(Error error);

/// Polkit refused (not a core error: only the helper authorizes).
QString notAuthorizedErrorName();

/// The core Error of a D-Bus error name of ours; nullopt for NotAuthorized
/// and for foreign names.
std::optional<Error> errorFromName(const QString& name);

} // namespace dmremap::dbus
