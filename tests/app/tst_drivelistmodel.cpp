// The drive list: desktop drives (a scripted DriveSource standing in for
// Solid's notifier) joined with the helper's drives, badges, hotplug.
#include "drivelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dmremap::gui;

namespace {

/// Plays back what Solid reported on a desktop with two disks and a USB stick.
class ScriptedSource : public DriveSource
{
public:
    void start() override
    {
        Q_EMIT driveAdded({.name = QStringLiteral("sda"), .vendor = QStringLiteral("ATA"),
                           .product = QStringLiteral("Samsung SSD 860"), .sizeBytes = 500107862016ull});
        Q_EMIT driveAdded({.name = QStringLiteral("sdb"), .vendor = QStringLiteral("ATA"),
                           .product = QStringLiteral("Maxtor 6 L300R0"), .sizeBytes = 300090728448ull});
    }
    void plug(const DriveDescription& d) { Q_EMIT driveAdded(d); }
    void unplug(const QString& name) { Q_EMIT driveRemoved(name); }
};

} // namespace

class TestDriveListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinsDesktopAndHelper()
    {
        auto owned = std::make_unique<ScriptedSource>();
        ScriptedSource* source = owned.get();
        DriveListModel model(std::move(owned));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.nameAt(0), QStringLiteral("sda"));
        QCOMPARE(model.index(1).data(DriveListModel::InHelperRole).toBool(), false);

        // The helper lists a null_blk device Solid does not know, and sdb with a bad verdict.
        model.setHelperDrive(QStringLiteral("nullb0"), 64ull << 20, {});
        model.setHelperDrive(QStringLiteral("sdb"), 300090728448ull, QStringLiteral("BAD_SECTOR_MANY"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.nameAt(0), QStringLiteral("nullb0"));
        const QModelIndex sdb = model.index(model.rowOf(QStringLiteral("sdb")));
        QCOMPARE(sdb.data(DriveListModel::BadgeRole).toInt(), int(DriveListModel::Badge::Failing));
        QVERIFY(sdb.data(Qt::DisplayRole).toString().contains(QStringLiteral("Maxtor")));
        QCOMPARE(sdb.data(DriveListModel::InHelperRole).toBool(), true);
        QCOMPARE(model.index(0).data(DriveListModel::SizeRole).toULongLong(), 64ull << 20);

        // Hotplug: a stick comes and goes; sdb leaves the desktop but the helper still has it.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        source->plug({.name = QStringLiteral("sdc"), .vendor = QStringLiteral("SanDisk"),
                      .product = QStringLiteral("Cruzer"), .sizeBytes = 16008609792ull, .removable = true});
        QCOMPARE(model.rowCount(), 4);
        source->unplug(QStringLiteral("sdc"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(removed.count(), 1);
        source->unplug(QStringLiteral("sdb"));
        QCOMPARE(model.rowCount(), 3);
        model.removeHelperDrive(QStringLiteral("sdb"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("sdb")), -1);
    }

    void badges_data()
    {
        QTest::addColumn<QString>("overall");
        QTest::addColumn<qint64>("scanBad");
        QTest::addColumn<int>("badge");
        QTest::newRow("never read") << QString() << qint64(-1) << int(DriveListModel::Badge::Unknown);
        QTest::newRow("good") << QStringLiteral("GOOD") << qint64(-1) << int(DriveListModel::Badge::Good);
        QTest::newRow("good, clean scan") << QStringLiteral("GOOD") << qint64(0) << int(DriveListModel::Badge::Good);
        QTest::newRow("good SMART, scan found bad blocks")
            << QStringLiteral("GOOD") << qint64(3) << int(DriveListModel::Badge::Failing);
        QTest::newRow("no SMART, scan found bad blocks") << QString() << qint64(1) << int(DriveListModel::Badge::Failing);
        QTest::newRow("past") << QStringLiteral("BAD_ATTRIBUTE_IN_THE_PAST") << qint64(-1)
                              << int(DriveListModel::Badge::Warning);
        QTest::newRow("some sectors") << QStringLiteral("BAD_SECTOR") << qint64(-1) << int(DriveListModel::Badge::Warning);
        QTest::newRow("now") << QStringLiteral("BAD_ATTRIBUTE_NOW") << qint64(-1) << int(DriveListModel::Badge::Failing);
        QTest::newRow("status") << QStringLiteral("BAD_STATUS") << qint64(0) << int(DriveListModel::Badge::Failing);
    }
    void badges()
    {
        QFETCH(QString, overall);
        QFETCH(qint64, scanBad);
        QFETCH(int, badge);
        QCOMPARE(int(DriveListModel::badgeFor(overall, scanBad)), badge);
        QVERIFY(!DriveListModel::badgeText(DriveListModel::badgeFor(overall, scanBad), overall, scanBad).isEmpty());
    }

    void scanResultShowsInTheRow()
    {
        DriveListModel model(std::make_unique<ScriptedSource>());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setScanBadUnits(QStringLiteral("sda"), 12);
        QCOMPARE(changed.count(), 1);
        const QString text = model.index(0).data(Qt::DisplayRole).toString();
        QVERIFY2(text.contains(QStringLiteral("12 unreadable")), qPrintable(text));
    }
};

QTEST_MAIN(TestDriveListModel)
#include "tst_drivelistmodel.moc"
