// The health map's geometry: region <-> pixel, zoom steps, scrolling.
#include "healthmaplayout.h"

#include <QTest>

using namespace dmremap::gui;

Q_DECLARE_METATYPE(dmremap::gui::MapZoom)

namespace {

HealthMapLayout layout(std::uint64_t units, std::uint64_t upr, MapZoom zoom, int w, int h, std::uint64_t firstRow = 0)
{
    return HealthMapLayout{.unitCount = units,
                           .unitsPerRegion = upr,
                           .zoom = zoom,
                           .viewportWidth = w,
                           .viewportHeight = h,
                           .firstRow = firstRow};
}

// 20 TB (decimal, as sold) in 4 KiB units and 1 MiB regions.
constexpr std::uint64_t tb20Units = 20'000'000'000'000ull / 4096 + 1;

} // namespace

class TestHealthMapLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cellAt_data()
    {
        QTest::addColumn<quint64>("units");
        QTest::addColumn<quint64>("unitsPerCell");
        QTest::addColumn<int>("cellPixels");
        QTest::addColumn<int>("width");
        QTest::addColumn<quint64>("firstRow");
        QTest::addColumn<QPoint>("pos");
        QTest::addColumn<qint64>("cell"); // -1: none
        // 100 cells of 1 px in a 10 px wide viewport: 10 columns.
        QTest::newRow("origin") << quint64(100) << quint64(1) << 1 << 10 << quint64(0) << QPoint(0, 0) << qint64(0);
        QTest::newRow("row 1, col 3") << quint64(100) << quint64(1) << 1 << 10 << quint64(0) << QPoint(3, 1)
                                      << qint64(13);
        QTest::newRow("right of the columns") << quint64(100) << quint64(1) << 1 << 10 << quint64(0) << QPoint(10, 0)
                                              << qint64(-1);
        QTest::newRow("past the last cell") << quint64(95) << quint64(1) << 1 << 10 << quint64(0) << QPoint(7, 9)
                                            << qint64(-1);
        QTest::newRow("last cell") << quint64(95) << quint64(1) << 1 << 10 << quint64(0) << QPoint(4, 9)
                                   << qint64(94);
        QTest::newRow("negative") << quint64(100) << quint64(1) << 1 << 10 << quint64(0) << QPoint(-1, 0)
                                  << qint64(-1);
        // 8 px cells in a 30 px viewport: 3 columns; pixel 23 is column 2.
        QTest::newRow("8px cells") << quint64(100) << quint64(1) << 8 << 30 << quint64(0) << QPoint(23, 9)
                                   << qint64(5);
        QTest::newRow("scrolled 4 rows") << quint64(100) << quint64(1) << 8 << 30 << quint64(4) << QPoint(0, 0)
                                         << qint64(12);
        QTest::newRow("4 units per cell") << quint64(100) << quint64(4) << 1 << 10 << quint64(0) << QPoint(4, 2)
                                          << qint64(24);
        QTest::newRow("4 units per cell, last partial cell")
            << quint64(101) << quint64(4) << 1 << 10 << quint64(0) << QPoint(5, 2) << qint64(25);
        QTest::newRow("20 TB, last row") << quint64(tb20Units) << quint64(256 * 10) << 1 << 1920 << quint64(993)
                                         << QPoint(0, 0) << qint64(993 * 1920);
    }
    void cellAt()
    {
        QFETCH(quint64, units);
        QFETCH(quint64, unitsPerCell);
        QFETCH(int, cellPixels);
        QFETCH(int, width);
        QFETCH(quint64, firstRow);
        QFETCH(QPoint, pos);
        QFETCH(qint64, cell);
        const auto l = layout(units, 256, {unitsPerCell, cellPixels}, width, 100, firstRow);
        const auto got = l.cellAt(pos);
        QCOMPARE(got.has_value(), cell >= 0);
        if (got) {
            QCOMPARE(qint64(*got), cell);
            // And back: the cell's rectangle holds the point.
            QVERIFY(l.cellRect(*got).contains(pos));
        }
    }

    void cellRegions_data()
    {
        QTest::addColumn<quint64>("unitsPerRegion");
        QTest::addColumn<quint64>("unitsPerCell");
        QTest::addColumn<quint64>("cell");
        QTest::addColumn<quint64>("firstUnit");
        QTest::addColumn<quint64>("unitCount");
        QTest::addColumn<quint64>("firstRegion");
        QTest::addColumn<quint64>("regionCount");
        QTest::addColumn<quint64>("units");
        QTest::newRow("one region per cell") << quint64(256) << quint64(256) << quint64(3) << quint64(768)
                                             << quint64(256) << quint64(3) << quint64(1) << quint64(1000000);
        QTest::newRow("ten regions per cell") << quint64(256) << quint64(2560) << quint64(2) << quint64(5120)
                                              << quint64(2560) << quint64(20) << quint64(10) << quint64(1000000);
        QTest::newRow("one unit per cell") << quint64(256) << quint64(1) << quint64(257) << quint64(257)
                                           << quint64(1) << quint64(1) << quint64(1) << quint64(1000000);
        QTest::newRow("half regions") << quint64(256) << quint64(128) << quint64(3) << quint64(384) << quint64(128)
                                      << quint64(1) << quint64(1) << quint64(1000000);
        // 3 units per region, 2 per cell: cell 1 = units 2..3 straddles regions 0 and 1.
        QTest::newRow("straddling") << quint64(3) << quint64(2) << quint64(1) << quint64(2) << quint64(2)
                                    << quint64(0) << quint64(2) << quint64(1000000);
        // The device ends inside the last cell: 1000 units, 300 per cell, cell 3 = units 900..999.
        QTest::newRow("clipped at the end") << quint64(100) << quint64(300) << quint64(3) << quint64(900)
                                            << quint64(100) << quint64(9) << quint64(1) << quint64(1000);
    }
    void cellRegions()
    {
        QFETCH(quint64, unitsPerRegion);
        QFETCH(quint64, unitsPerCell);
        QFETCH(quint64, cell);
        QFETCH(quint64, firstUnit);
        QFETCH(quint64, unitCount);
        QFETCH(quint64, firstRegion);
        QFETCH(quint64, regionCount);
        QFETCH(quint64, units);
        const auto l = layout(units, unitsPerRegion, {unitsPerCell, 1}, 100, 100);
        const auto cellUnits = l.cellUnits(cell);
        QCOMPARE(cellUnits.first, firstUnit);
        QCOMPARE(cellUnits.count, unitCount);
        const auto regions = l.cellRegions(cell);
        QCOMPARE(regions.first, firstRegion);
        QCOMPARE(regions.count, regionCount);
        QCOMPARE(l.cellOfUnit(firstUnit), cell);
    }

    void rowsIn_data()
    {
        QTest::addColumn<QRect>("rect");
        QTest::addColumn<quint64>("firstRow");
        QTest::addColumn<quint64>("expectFirst");
        QTest::addColumn<quint64>("expectCount");
        QTest::addColumn<quint64>("expectFirstColumn");
        QTest::addColumn<quint64>("expectColumns");
        // 4 px cells, 40x40 viewport: 10 columns, 10 rows visible; 1000 cells = 100 rows.
        QTest::newRow("everything") << QRect(0, 0, 40, 40) << quint64(0) << quint64(0) << quint64(10) << quint64(0)
                                    << quint64(10);
        QTest::newRow("one pixel") << QRect(5, 9, 1, 1) << quint64(0) << quint64(2) << quint64(1) << quint64(1)
                                   << quint64(1);
        QTest::newRow("straddling rows") << QRect(0, 3, 40, 2) << quint64(0) << quint64(0) << quint64(2)
                                         << quint64(0) << quint64(10);
        QTest::newRow("scrolled") << QRect(0, 0, 8, 4) << quint64(50) << quint64(50) << quint64(1) << quint64(0)
                                  << quint64(2);
        QTest::newRow("past the end") << QRect(0, 0, 40, 40) << quint64(95) << quint64(95) << quint64(5)
                                      << quint64(0) << quint64(10);
        QTest::newRow("outside") << QRect(50, 50, 10, 10) << quint64(0) << quint64(0) << quint64(0) << quint64(0)
                                 << quint64(0);
    }
    void rowsIn()
    {
        QFETCH(QRect, rect);
        QFETCH(quint64, firstRow);
        QFETCH(quint64, expectFirst);
        QFETCH(quint64, expectCount);
        QFETCH(quint64, expectFirstColumn);
        QFETCH(quint64, expectColumns);
        const auto l = layout(1000, 1, {1, 4}, 40, 40, firstRow);
        const auto rows = l.rowsIn(rect);
        QCOMPARE(rows.count, expectCount);
        if (expectCount)
            QCOMPARE(rows.first, expectFirst);
        const auto cols = l.columnsIn(rect);
        QCOMPARE(cols.count, expectColumns);
        if (expectColumns)
            QCOMPARE(cols.first, expectFirstColumn);
    }

    void fitZoom_data()
    {
        QTest::addColumn<quint64>("units");
        QTest::addColumn<quint64>("unitsPerRegion");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<MapZoom>("expected");
        // 20 TB at 1 MiB regions: 19,073,487 regions on 1920x1080 = 2,073,600
        // pixels: 10 regions per pixel leave 994 rows, which fit.
        QTest::newRow("20 TB at 1080p") << quint64(tb20Units) << quint64(256) << 1920 << 1080 << MapZoom{2560, 1};
        // 64 regions in 400x300: 16 px cells, 25 columns, 3 rows.
        QTest::newRow("64 regions") << quint64(64 * 256) << quint64(256) << 400 << 300 << MapZoom{256, 16};
        // 10,000 regions in 200x100: 20,000 pixels; 2 px cells give 100 columns x 100 rows = 200 px: too high;
        // 1 px: 200 columns, 50 rows: fits.
        QTest::newRow("one pixel per region") << quint64(10000 * 256) << quint64(256) << 200 << 100
                                              << MapZoom{256, 1};
        // 4,000 regions in 200x100: 2 px cells, 100 columns, 40 rows = 80 px.
        QTest::newRow("two pixels per region") << quint64(4000 * 256) << quint64(256) << 200 << 100
                                               << MapZoom{256, 2};
        // Rounding up the rows: 20,001 regions in 200x100 need 2 per pixel.
        QTest::newRow("just over") << quint64(20001 * 256) << quint64(256) << 200 << 100 << MapZoom{512, 1};
        // A viewport narrower than anything: still a valid zoom.
        QTest::newRow("tiny viewport") << quint64(1000) << quint64(1) << 1 << 1 << MapZoom{1000, 1};
    }
    void fitZoom()
    {
        QFETCH(quint64, units);
        QFETCH(quint64, unitsPerRegion);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(MapZoom, expected);
        const MapZoom z = HealthMapLayout::fitZoom(units, unitsPerRegion, width, height);
        QCOMPARE(z.unitsPerCell, expected.unitsPerCell);
        QCOMPARE(z.cellPixels, expected.cellPixels);
        const auto l = layout(units, unitsPerRegion, z, width, height);
        QVERIFY(l.rowCount() * quint64(z.cellPixels) <= quint64(height));
        QCOMPARE(l.maxFirstRow(), quint64(0));
    }

    void zoomLadder()
    {
        const auto ladder = HealthMapLayout::zoomLadder(tb20Units, 256, 1920, 1080);
        QVERIFY(ladder.size() >= 10);
        QCOMPARE(ladder.front(), (MapZoom{2560, 1}));
        // Strictly finer at every step, ending at one unit per cell.
        for (std::size_t i = 1; i < ladder.size(); ++i) {
            const auto& a = ladder[i - 1];
            const auto& b = ladder[i];
            QVERIFY2(b.unitsPerCell * quint64(a.cellPixels) < a.unitsPerCell * quint64(b.cellPixels),
                     qPrintable(QStringLiteral("step %1").arg(i)));
        }
        QCOMPARE(ladder.back().unitsPerCell, quint64(1));
        // The zoom-out steps are whole regions (the aggregate cache needs that).
        for (const auto& z : ladder)
            if (z.unitsPerCell >= 256)
                QCOMPARE(z.unitsPerCell % 256, quint64(0));
        // 10 regions per pixel, then 4 (8 is too close to 10), 2, 1 per pixel, then 2..16 px.
        QCOMPARE(ladder[1], (MapZoom{4 * 256, 1}));
        QCOMPARE(ladder[2], (MapZoom{2 * 256, 1}));
        QCOMPARE(ladder[3], (MapZoom{256, 1}));
        QCOMPARE(ladder[4], (MapZoom{256, 2}));
        QCOMPARE(ladder[7], (MapZoom{256, 16}));
        QCOMPARE(ladder[8], (MapZoom{128, 16}));
        QCOMPARE(ladder.size(), std::size_t(16));
    }

    void zoomLadderSmallDisk()
    {
        // 64 regions fit at 16 px: the ladder starts there and only goes below a region.
        const auto ladder = HealthMapLayout::zoomLadder(64 * 256, 256, 400, 300);
        QCOMPARE(ladder.front(), (MapZoom{256, 16}));
        QCOMPARE(ladder[1], (MapZoom{128, 16}));
        QCOMPARE(ladder.back(), (MapZoom{1, 16}));
        QCOMPARE(ladder.size(), std::size_t(9));
    }

    void scrolling_data()
    {
        QTest::addColumn<quint64>("firstRow");
        QTest::addColumn<quint64>("unit");
        QTest::addColumn<int>("y");
        QTest::addColumn<quint64>("keeping");
        // 1000 cells of one unit, 4 px, 40x40: 10 columns, 100 rows, 10 visible, max first row 90.
        QTest::newRow("top") << quint64(0) << quint64(0) << 0 << quint64(0);
        QTest::newRow("unit 505 at y 20") << quint64(0) << quint64(505) << 20 << quint64(45);
        QTest::newRow("clamped at the end") << quint64(0) << quint64(999) << 0 << quint64(90);
        QTest::newRow("clamped at the start") << quint64(0) << quint64(15) << 36 << quint64(0);
    }
    void scrolling()
    {
        QFETCH(quint64, firstRow);
        QFETCH(quint64, unit);
        QFETCH(int, y);
        QFETCH(quint64, keeping);
        const auto l = layout(1000, 1, {1, 4}, 40, 40, firstRow);
        QCOMPARE(l.maxFirstRow(), quint64(90));
        QCOMPARE(l.firstRowKeeping(unit, y), keeping);
        auto after = l;
        after.firstRow = keeping;
        if (keeping > 0 && keeping < 90)
            QCOMPARE(after.cellAt({0, y}).value() / 10, unit / 10);
    }

    void firstRowShowing()
    {
        auto l = layout(1000, 1, {1, 4}, 40, 40, 20);
        QCOMPARE(l.firstRowShowing(250), quint64(20)); // row 25 is visible
        QCOMPARE(l.firstRowShowing(100), quint64(10)); // above: scroll up to it
        QCOMPARE(l.firstRowShowing(305), quint64(21)); // below: bottom row
        QCOMPARE(l.firstRowShowing(999), quint64(90));
    }

    void twentyTerabytesAtOneUnit()
    {
        // The deepest zoom of 20 TB: rows exceed no integer type we use.
        const auto l = layout(tb20Units, 256, {1, 16}, 1920, 1080, 0);
        QCOMPARE(l.columns(), 120);
        QCOMPARE(l.rowCount(), (tb20Units + 119) / 120);
        auto last = l;
        last.firstRow = l.maxFirstRow();
        const auto cell = last.cellAt({0, 0});
        QVERIFY(cell.has_value());
        QCOMPARE(*cell, l.maxFirstRow() * 120);
        QCOMPARE(last.cellRect(*cell), QRect(0, 0, 16, 16));
    }
};

QTEST_APPLESS_MAIN(TestHealthMapLayout)
#include "tst_healthmaplayout.moc"
