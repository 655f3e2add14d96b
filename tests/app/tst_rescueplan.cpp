// The rescue plan: what the review page says, what is remapped, refusals
// before anything is asked of the helper.
#include "rescueplan.h"

#include <QTest>

using namespace dmremap;
using namespace dmremap::gui;

class TestRescuePlan : public QObject
{
    Q_OBJECT
private:
    static RescuePlan demoPlan()
    {
        // The demo's disks: null_blk main of 64 MiB with 512-byte units, an IDE spare of 16 MiB.
        RescuePlan p;
        p.mainName = QStringLiteral("nullb0");
        p.spareName = QStringLiteral("sda");
        p.mainBytes = 64ull << 20;
        p.spareBytes = 16ull << 20;
        p.deviceName = QStringLiteral("remap-nullb0");
        p.mapUnitBytes = 512;
        p.badUnits.insert(2048, 8);
        p.badUnits.insert(40000, 1);
        return p;
    }

private Q_SLOTS:
    void stepsNameEveryDeviceWrittenTo()
    {
        const RescuePlan p = demoPlan();
        QVERIFY(p.problem().isEmpty());
        const QString text = p.steps().join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("Erase the spare /dev/sda (16 MiB)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Create /dev/mapper/remap-nullb0 over /dev/nullb0")));
        QVERIFY2(text.contains(QStringLiteral("Remap the 9 block(s)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("sectors 2048, 2049")));
        QVERIFY(!text.contains(QStringLiteral("Scan /dev/nullb0 again")));
    }

    void remapSectorsFollowTheMapUnit()
    {
        RescuePlan p = demoPlan();
        auto sectors = p.remapSectors();
        QCOMPARE(sectors.size(), std::size_t(9));
        QCOMPARE(sectors.front(), 2048u);
        QCOMPARE(sectors.back(), 40000u);
        p.mapUnitBytes = 4096;
        sectors = p.remapSectors();
        QCOMPARE(sectors.front(), 2048u * 8);
        p.remapFound = false;
        QVERIFY(p.remapSectors().empty());
        QVERIFY(p.steps().join(QLatin1Char(' ')).contains(QStringLiteral("remapped when they are written")));
    }

    void manyBadUnitsAreCapped()
    {
        RescuePlan p = demoPlan();
        p.badUnits.clear();
        p.badUnits.insert(0, RescuePlan::maxManualRemaps + 100);
        QCOMPARE(p.remapSectors().size(), std::size_t(RescuePlan::maxManualRemaps));
        QVERIFY(p.steps().join(QLatin1Char(' ')).contains(QStringLiteral("The other 100 unreadable")));
    }

    void createOptions()
    {
        RescuePlan p = demoPlan();
        p.readRetries = 3;
        p.autoRemap = false;
        const QVariantMap o = p.createOptions();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("remap-nullb0"));
        QCOMPARE(o.value(QStringLiteral("read_retries")).toUInt(), 3u);
        QCOMPARE(o.value(QStringLiteral("no_auto_remap")).toBool(), true);
        QVERIFY(!o.contains(QStringLiteral("format")));
    }

    void problems_data()
    {
        QTest::addColumn<QString>("main");
        QTest::addColumn<QString>("spare");
        QTest::addColumn<quint64>("spareBytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ok") << "sdb" << "sdc1" << quint64(1) << "remap-sdb" << "";
        QTest::newRow("same") << "sdb" << "sdb" << quint64(0) << "remap-sdb" << "another device";
        QTest::newRow("partition of main") << "sdb" << "sdb2" << quint64(0) << "remap-sdb" << "on the failing drive";
        QTest::newRow("nvme partition") << "nvme0n1" << "nvme0n1p3" << quint64(0) << "r" << "on the failing drive";
        QTest::newRow("other disk with a similar name") << "sdb" << "sdba" << quint64(0) << "r" << "";
        QTest::newRow("main on spare disk") << "sdc1" << "sdc" << quint64(0) << "r" << "partition of /dev/sdc";
        QTest::newRow("tiny spare") << "sdb" << "sdc" << quint64(4096) << "r" << "too small";
        QTest::newRow("bad name") << "sdb" << "sdc" << quint64(0) << "my disk" << "letters, digits";
        QTest::newRow("no spare") << "sdb" << "" << quint64(0) << "r" << "Choose a spare";
    }
    void problems()
    {
        QFETCH(QString, main);
        QFETCH(QString, spare);
        QFETCH(quint64, spareBytes);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        RescuePlan p;
        p.mainName = main;
        p.spareName = spare;
        p.spareBytes = spareBytes == 1 ? (1ull << 30) : spareBytes;
        p.deviceName = name;
        const QString problem = p.problem();
        if (expected.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(expected), qPrintable(problem));
    }
};

QTEST_MAIN(TestRescuePlan)
#include "tst_rescueplan.moc"
