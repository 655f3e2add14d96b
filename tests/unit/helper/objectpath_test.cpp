#include "objectpath.h"

#include <QDBusObjectPath>

#include <gtest/gtest.h>

using namespace dmremap::dbus;

TEST(ObjectPath, KernelAndDeviceMapperNamesBecomeValidLabels)
{
    EXPECT_EQ(escapeLabel(QStringLiteral("sdb")).toStdString(), "sdb");
    EXPECT_EQ(escapeLabel(QStringLiteral("dm-0")).toStdString(), "dm_2d0");
    EXPECT_EQ(escapeLabel(QStringLiteral("remap-nullb0")).toStdString(), "remap_2dnullb0");
    EXPECT_EQ(escapeLabel(QStringLiteral("a_b.c")).toStdString(), "a_5fb_2ec");
    EXPECT_EQ(escapeLabel(QString()).toStdString(), "_");
    for (const char* n : {"sdb", "dm-0", "a_b.c", "x+y:z", "nvme0n1p2", ""}) {
        const QString name = QString::fromLatin1(n);
        EXPECT_EQ(unescapeLabel(escapeLabel(name)), name) << n;
        EXPECT_FALSE(QDBusObjectPath(drivePath(name)).path().isEmpty()) << n; // a valid path
    }
    EXPECT_EQ(drivePath(QStringLiteral("dm-1")).toStdString(), "/org/dmremap/Helper1/drives/dm_2d1");
    EXPECT_EQ(jobPath(7).toStdString(), "/org/dmremap/Helper1/jobs/7");
    EXPECT_TRUE(unescapeLabel(QStringLiteral("bad_zz")).isEmpty());
    EXPECT_TRUE(unescapeLabel(QStringLiteral("end_")).isEmpty());
}
