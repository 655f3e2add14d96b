#pragma once

// Test support shared by the GUI tests (tests/app, tests/i18n, tests/a11y):
// a drive notifier with two disks and a bus connection nobody listens on.

#include "drivesource.h"

#include <QDBusConnection>

namespace dmremap::test {

/// Two ATA disks: sdb (the failing one in the wizard tests, 300 GiB) and sdc
/// (the spare, 1 TiB), announced when the drive list starts.
class TwoDisks : public gui::DriveSource
{
public:
    void start() override
    {
        Q_EMIT driveAdded({.name = QStringLiteral("sdb"), .vendor = QStringLiteral("ATA"),
                           .product = QStringLiteral("Maxtor"), .sizeBytes = 300ull << 30});
        Q_EMIT driveAdded({.name = QStringLiteral("sdc"), .vendor = QStringLiteral("ATA"),
                           .product = QStringLiteral("WDC"), .sizeBytes = 1ull << 40});
    }
};

/// A bus address nobody listens on: the helper's manager reports "no bus"
/// and calls fail at once.
inline QDBusConnection noBus()
{
    return QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("nobus"));
}

} // namespace dmremap::test
