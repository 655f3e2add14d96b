// The remap list: filled from a vector, kept current entry by entry.
#include "remaplistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace dmremap;
using namespace dmremap::gui;

namespace {

dm::RemapEntry remapped(std::uint64_t unit, std::uint32_t slot)
{
    return {.mainUnit = unit, .slot = slot, .pending = false};
}

dm::RemapEntry pending(std::uint64_t unit)
{
    return {.mainUnit = unit, .slot = dm::RemapEntry::noSlot, .pending = true};
}

} // namespace

class TestRemapListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void fromTheTargetsList()
    {
        // What `dmsetup message <dev> 0 list` printed in a VM test, parsed by core/dm.
        auto entries = dm::RemapEntry::parseList("1000 0 remapped\n7 1 remapped\n52 - pending\n");
        QVERIFY(entries.ok());
        RemapListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pendingSpy(&model, &RemapListModel::pendingCountChanged);
        model.setEntries(*entries, 4096);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(pendingSpy.count(), 1);
        QCOMPARE(pendingSpy.last().at(0).toULongLong(), 1ull);
        // Sorted by main unit.
        QCOMPARE(model.index(0, RemapListModel::MainUnitColumn).data().toString(), QStringLiteral("7"));
        QCOMPARE(model.index(1, RemapListModel::MainUnitColumn).data().toString(), QStringLiteral("52"));
        QCOMPARE(model.index(2, RemapListModel::MainUnitColumn).data().toString(), QStringLiteral("1,000"));
        // 4 KiB units are 8 sectors: unit 7 = sectors 56..63.
        QCOMPARE(model.index(0, RemapListModel::SectorsColumn).data().toString(), QStringLiteral("56–63"));
        QCOMPARE(model.index(0, RemapListModel::SlotColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(1, RemapListModel::SlotColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(model.index(1, 0).data(RemapListModel::PendingRole).toBool());
        QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
    }

    void liveUpdates()
    {
        RemapListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({remapped(10, 0), pending(20)}, 512);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy pendingSpy(&model, &RemapListModel::pendingCountChanged);

        model.applyEntry(remapped(15, 1)); // a new remap lands in the middle
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.last().at(1).toInt(), 1);
        QCOMPARE(model.rowOf(15), 1);
        QCOMPARE(pendingSpy.count(), 0);

        model.applyEntry(remapped(20, 2)); // the pending block was rewritten
        QCOMPARE(changed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.pendingCount(), 0ull);
        QCOMPARE(pendingSpy.count(), 1);
        QCOMPARE(model.index(2, RemapListModel::SlotColumn).data().toString(), QStringLiteral("2"));

        model.applyEntry(remapped(20, 2)); // nothing new: no signal
        QCOMPARE(changed.count(), 1);

        model.applyEntry(pending(5));
        QCOMPARE(model.rowOf(5), 0);
        QCOMPARE(model.pendingCount(), 1ull);
        QVERIFY(model.removeEntry(5)); // clear_pending
        QVERIFY(!model.removeEntry(5));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reset.count(), 0);
        // 512-byte units: one sector each.
        QCOMPARE(model.index(0, RemapListModel::SectorsColumn).data().toString(), QStringLiteral("10–10"));
    }

    void duplicatesKeepTheLast()
    {
        RemapListModel model;
        model.setEntries({pending(3), remapped(3, 9)}, 4096);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entries().front().slot, 9u);
    }

    void sortsBySlotNumerically()
    {
        RemapListModel model;
        model.setEntries({remapped(1, 10), remapped(2, 9), remapped(3, 100), pending(4)}, 4096);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RemapListModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(RemapListModel::SlotColumn, Qt::AscendingOrder);
        QStringList slotTexts;
        for (int r = 0; r < proxy.rowCount(); ++r)
            slotTexts << proxy.index(r, RemapListModel::SlotColumn).data().toString();
        QCOMPARE(slotTexts, (QStringList{"9", "10", "100", "—"}));
    }
};

QTEST_GUILESS_MAIN(TestRemapListModel)
#include "tst_remaplistmodel.moc"
