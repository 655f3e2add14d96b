#include "dbuserror.h"

#include <array>
#include <string_view>

namespace dmremap::dbus {

namespace {

// Stable D-Bus error names: clients match on them, so a name never changes
// once released. Same order as enum Error.
constexpr std::array<std::string_view, 16> names{
    "Failed",    "InvalidArgs",   "NotFound",     "PermissionDenied",   "Busy",    "NotSupported",
    "NotAvailable", "Cancelled", "TimedOut",     "IoError",            "MediumError", "DeviceAsleep",
    "CorruptData",  "UnsupportedVersion", "NoSpace", "AlreadyExists",
};
static_assert(names.size() == errorCount, "every core Error needs a D-Bus error name");

constexpr std::string_view prefix = "org.dmremap.Helper1.Error.";

} // namespace

QString dbusErrorName(Error error)
{
    const auto i = static_cast<std::size_t>(error);
    const std::string_view n = i < names.size() ? names[i] : names[0];
    return QString::fromLatin1(prefix.data(), prefix.size()) + QString::fromLatin1(n.data(), n.size());
}

QString notAuthorizedErrorName()
{
    return QStringLiteral("org.dmremap.Helper1.Error.NotAuthorized");
}

std::optional<Error> errorFromName(const QString& name)
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (name == dbusErrorName(static_cast<Error>(i)))
            return static_cast<Error>(i);
    }
    return std::nullopt;
}

} // namespace dmremap::dbus
