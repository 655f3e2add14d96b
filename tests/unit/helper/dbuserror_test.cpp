#include "dbuserror.h"

#include <gtest/gtest.h>

using namespace dmremap;

TEST(DbusError, EveryCoreErrorHasItsOwnStableName)
{
    for (std::size_t i = 0; i < errorCount; ++i) {
        const auto e = static_cast<Error>(i);
        const QString name = dbus::dbusErrorName(e);
        // The D-Bus name's last component is the core's stable identifier.
        EXPECT_EQ(name.toStdString(), "org.dmremap.Helper1.Error." + std::string(errorName(e)));
        EXPECT_EQ(dbus::errorFromName(name), e);
    }
    EXPECT_EQ(dbus::dbusErrorName(Error::InvalidArgument).toStdString(), "org.dmremap.Helper1.Error.InvalidArgs");
    EXPECT_FALSE(dbus::errorFromName(dbus::notAuthorizedErrorName()).has_value());
    EXPECT_FALSE(dbus::errorFromName(QStringLiteral("org.freedesktop.DBus.Error.Failed")).has_value());
}
