// The scan history table: summaries of real saved scans, newest first, with
// the change from the scan before.
#include "scanhistorymodel.h"
#include "testmaps.h"

#include "healthmap/scanhistory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace dmremap;
using namespace dmremap::gui;
using namespace std::chrono_literals;

class TestScanHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void summaryOfTheSmallMap()
    {
        const HealthMap map = test::smallMap();
        const ScanSummary s = ScanSummary::of(map);
        QCOMPARE(s.regions, 64ull);
        QCOMPARE(s.scannedRegions, 48ull);
        // Slowest two buckets (200-600 ms, >= 600 ms): regions 14 and 15.
        QCOMPARE(s.slowRegions, 2ull);
        QCOMPARE(s.errorRegions, 1ull);
        QCOMPARE(s.badUnits, 1ull);
        QCOMPARE(s.suspectUnits, 1ull);
        QCOMPARE(s.pendingUnits, 1ull);
        QCOMPARE(s.remappedUnits, 1ull);
    }

    void historyOnDisk()
    {
        QTemporaryDir dir;
        ScanHistory history(dir.path().toStdString());
        const auto key = ScanHistory::driveKey("0x5000c500a1b2c3d4", "", "");
        QVERIFY(key.ok());
        HealthMap first = test::smallMap();
        HealthMap second = first;
        second.markBad(30 * 256, 4); // 4 more bad units
        second.recordRead(31 * test::MiB, test::MiB, 700000us); // one more slow region
        const auto t0 = ScanHistory::Clock::now() - 24h;
        QVERIFY(history.add(*key, first, t0).ok());
        QVERIFY(history.add(*key, second, t0 + 12h).ok());

        ScanHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScans(ScanHistoryModel::loadHistory(history, *key));
        QCOMPARE(model.rowCount(), 2);
        // Newest first, compared with the one before.
        QCOMPARE(model.index(0, ScanHistoryModel::ErrorColumn).data().toString(), QStringLiteral("6 (+4)"));
        QCOMPARE(model.index(1, ScanHistoryModel::ErrorColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, ScanHistoryModel::SlowColumn).data().toString(), QStringLiteral("3 (+1)"));
        QCOMPARE(model.index(0, ScanHistoryModel::ScannedColumn).data().toString(), QStringLiteral("75%"));
        QVERIFY(model.index(0, 0).data(ScanHistoryModel::WorseRole).toBool());
        QVERIFY(!model.index(1, 0).data(ScanHistoryModel::WorseRole).toBool());
        QVERIFY(model.index(0, ScanHistoryModel::ErrorColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, 0).data(ScanHistoryModel::PathRole).toString().endsWith(QStringLiteral(".hmap")));

        // A scan that just ended goes on top and the former top row changes.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ScanSummary third = ScanSummary::of(second, QDateTime::currentDateTimeUtc());
        model.addScan(third);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ScanHistoryModel::ErrorColumn).data().toString(), QStringLiteral("6"));
        QCOMPARE(changed.count(), 0); // inserted on top: nothing below changes its comparison
        ScanSummary older = ScanSummary::of(first, QDateTime::currentDateTimeUtc().addDays(-2));
        model.addScan(older);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(changed.count(), 1); // the former oldest now has one before it

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ScanHistoryModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ScanHistoryModel::TimeColumn, Qt::AscendingOrder);
        QVERIFY(proxy.index(0, 0).data(ScanHistoryModel::SortRole).toDateTime()
                < proxy.index(3, 0).data(ScanHistoryModel::SortRole).toDateTime());
    }
};

QTEST_GUILESS_MAIN(TestScanHistoryModel)
#include "tst_scanhistorymodel.moc"
