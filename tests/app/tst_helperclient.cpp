// The client side of the helper's contract that needs no bus: the health
// map decoding, object path labels, and the words for D-Bus errors.
#include "healthmapencoding.h"
#include "helpererrortext.h"
#include "managerclient.h"

#include <QDBusMessage>
#include <QTest>

using namespace dmremap;
using namespace dmremap::gui;

namespace {

QDBusError helperError(const char* name, const char* message = "")
{
    return QDBusError(QDBusMessage::createError(QStringLiteral("org.dmremap.Helper1.Error.") + QLatin1String(name),
                                                QLatin1String(message)));
}

/// What Drive.GetHealthMap returns for a 4 MiB drive, 1 MiB regions, 4 KiB
/// units: region 0 read fast, region 1 slow with a bad unit, 2 a pending one,
/// 3 not scanned.
QVariantMap encodedMap()
{
    QVariantMap m;
    m.insert(QStringLiteral("device_bytes"), QVariant::fromValue<qulonglong>(4ull << 20));
    m.insert(QStringLiteral("region_bytes"), QVariant::fromValue<uint>(1u << 20));
    m.insert(QStringLiteral("unit_bytes"), QVariant::fromValue<uint>(4096));
    m.insert(QStringLiteral("region_count"), QVariant::fromValue<qulonglong>(4));
    m.insert(QStringLiteral("first_region"), QVariant::fromValue<qulonglong>(0));
    m.insert(QStringLiteral("bucket_limits_us"),
             QVariant::fromValue(QList<qulonglong>{5000, 20000, 50000, 200000, 600000}));
    m.insert(QStringLiteral("regions"), QByteArray("\x02\x16\x42\x00", 4));
    m.insert(QStringLiteral("bad"), QVariant::fromValue(QList<qulonglong>{300, 1}));
    m.insert(QStringLiteral("suspect"), QVariant::fromValue(QList<qulonglong>{}));
    m.insert(QStringLiteral("pending"), QVariant::fromValue(QList<qulonglong>{600, 2}));
    m.insert(QStringLiteral("remapped"), QVariant::fromValue(QList<qulonglong>{}));
    return m;
}

} // namespace

class TestHelperClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesAHealthMap()
    {
        auto map = helper::decodeHealthMap(encodedMap());
        QVERIFY2(map.ok(), map.status().context().c_str());
        QCOMPARE(map->regionCount(), 4u);
        QCOMPARE(map->geometry().unitBytes, 4096u);
        QVERIFY(map->badUnits().intersects(300, 1));
        QCOMPARE(map->badUnits().unitCount(), 1u);
        QCOMPARE(map->pendingUnits().unitCount(), 2u);
        QCOMPARE(map->region(0).bucket, std::optional<std::size_t>(0));
        QVERIFY(map->region(1).readError);
        QCOMPARE(map->region(1).bucket, std::optional<std::size_t>(4));
        QVERIFY(map->region(2).pending);
        QVERIFY(!map->region(3).scanned);
        QCOMPARE(map->buckets().count(), std::size_t(6));

        // A helper that sends no limits: the default buckets, same regions.
        QVariantMap noLimits = encodedMap();
        noLimits.remove(QStringLiteral("bucket_limits_us"));
        auto plain = helper::decodeHealthMap(noLimits);
        QVERIFY2(plain.ok(), plain.status().context().c_str());
        QCOMPARE(plain->buckets().count(), LatencyBuckets().count());
        QVERIFY(plain->region(1).readError);
    }

    void refusesBrokenMaps_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("region bytes missing") << "regions" << QVariant(QByteArray("\x02", 1));
        QTest::newRow("a window, not the map") << "first_region" << QVariant::fromValue<qulonglong>(1);
        QTest::newRow("odd unit list") << "bad" << QVariant::fromValue(QList<qulonglong>{1, 2, 3});
        QTest::newRow("region not a multiple of the unit") << "region_bytes" << QVariant::fromValue<uint>(5000);
        QTest::newRow("no device") << "device_bytes" << QVariant::fromValue<qulonglong>(0);
    }
    void refusesBrokenMaps()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QVariantMap m = encodedMap();
        m.insert(key, value);
        auto map = helper::decodeHealthMap(m);
        QVERIFY(!map.ok());
        QCOMPARE(map.status().error(), Error::InvalidArgument);
        m = encodedMap();
        m.remove(QStringLiteral("unit_bytes"));
        const auto missing = helper::decodeHealthMap(m);
        QVERIFY(!missing.ok());
        QVERIFY(QByteArray::fromStdString(missing.status().context()).contains("unit_bytes"));
    }

    void unescapesObjectPathLabels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("name");
        // The examples of docs/dbus.md.
        QTest::newRow("remap-sdb") << "remap_2dsdb" << "remap-sdb";
        QTest::newRow("dm-0") << "dm_2d0" << "dm-0";
        QTest::newRow("plain") << "nullb0" << "nullb0";
        QTest::newRow("dot and plus") << "a_2eb_2bc" << "a.b+c";
        QTest::newRow("truncated escape stays") << "x_2" << "x_2";
    }
    void unescapesObjectPathLabels()
    {
        QFETCH(QString, label);
        QFETCH(QString, name);
        QCOMPARE(ManagerClient::unescapeLabel(label), name);
    }

    void refusalsInPlainWords_data()
    {
        QTest::addColumn<QDBusError>("error");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("words");
        using A = HelperErrorText::Action;
        QTest::newRow("helper missing")
            << QDBusError(QDBusError::ServiceUnknown, QStringLiteral("The name org.dmremap.Helper1 was not provided"))
            << int(A::Other) << "apt install dmremap";
        QTest::newRow("not authorized") << helperError("NotAuthorized") << int(A::Create) << "not authorized";
        QTest::newRow("spare too small") << helperError("NoSpace", "spare too small for one slot") << int(A::Format)
                                         << "spare device is too small";
        QTest::newRow("spare full") << helperError("NoSpace") << int(A::Remap) << "spare device is full";
        QTest::newRow("mounted") << helperError("Busy", "sdc1 is mounted") << int(A::Create) << "Unmount it";
        QTest::newRow("job runs") << helperError("Busy") << int(A::Scan) << "another job";
        QTest::newRow("module") << helperError("NotSupported") << int(A::Create) << "dm-remap-dkms";
        QTest::newRow("module missing") << helperError("NotFound") << int(A::LoadModule) << "dm-remap-dkms";
        QTest::newRow("secure boot") << helperError("PermissionDenied") << int(A::LoadModule) << "mokutil";
        QTest::newRow("blank spare") << helperError("CorruptData") << int(A::Create) << "formatted first";
        QTest::newRow("no SMART") << helperError("NotAvailable") << int(A::Smart) << "does not report SMART";
    }
    void refusalsInPlainWords()
    {
        QFETCH(QDBusError, error);
        QFETCH(int, action);
        QFETCH(QString, words);
        const QString text = HelperErrorText::describe(error, HelperErrorText::Action(action));
        QVERIFY2(text.contains(words), qPrintable(text));
        if (!error.message().isEmpty())
            QVERIFY(text.contains(error.message()));
    }
};

QTEST_MAIN(TestHelperClient)
#include "tst_helperclient.moc"
