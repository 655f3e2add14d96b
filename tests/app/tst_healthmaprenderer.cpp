// The renderer paints the right colour at the right pixel for a known map,
// at every kind of zoom: aggregated, one region per cell, below a region.
#include "healthmaprenderer.h"
#include "testmaps.h"

#include <QImage>
#include <QTest>

using namespace dmremap;
using namespace dmremap::gui;

namespace {

HealthMapLayout layoutFor(const HealthMap& map, MapZoom zoom, int w, int h, std::uint64_t firstRow = 0)
{
    return HealthMapLayout{.unitCount = map.geometry().unitCount(),
                           .unitsPerRegion = map.geometry().unitsPerRegion(),
                           .zoom = zoom,
                           .viewportWidth = w,
                           .viewportHeight = h,
                           .firstRow = firstRow};
}

QPoint centerOf(const HealthMapLayout& l, std::uint64_t cell)
{
    return l.cellRect(cell).center();
}

} // namespace

class TestHealthMapRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneRegionPerCell_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("standard") << int(HealthMapPalette::Kind::Standard);
        QTest::newRow("colour-blind safe") << int(HealthMapPalette::Kind::ColorBlindSafe);
    }
    void oneRegionPerCell()
    {
        QFETCH(int, kind);
        auto map = std::make_shared<const HealthMap>(test::smallMap());
        const HealthMapPalette palette(static_cast<HealthMapPalette::Kind>(kind));
        HealthMapRenderer renderer;
        renderer.setMap(map);
        renderer.setPalette(palette);
        // 4 px cells (no gap, no markers) in 32 x 40: 8 columns, 8 rows of regions, then background.
        const auto l = layoutFor(*map, {256, 4}, 32, 40);
        QImage image;
        renderer.render(image, l, QRect(0, 0, 32, 40));
        QCOMPARE(image.size(), QSize(32, 40));
        auto at = [&](std::uint64_t region) { return image.pixel(centerOf(l, region)); };
        QCOMPARE(at(0), palette.bucketColor(0).rgb());
        QCOMPARE(at(10), palette.bucketColor(0).rgb());
        QCOMPARE(at(11), palette.bucketColor(1).rgb());
        QCOMPARE(at(12), palette.bucketColor(2).rgb());
        QCOMPARE(at(13), palette.bucketColor(3).rgb());
        QCOMPARE(at(14), palette.bucketColor(4).rgb());
        QCOMPARE(at(15), palette.readError().rgb());
        QCOMPARE(at(16), palette.timedOut().rgb());
        QCOMPARE(at(17), palette.pending().rgb());
        QCOMPARE(at(18), palette.remapped().rgb());
        QCOMPARE(at(19), palette.unknownLatency().rgb());
        QCOMPARE(at(47), palette.bucketColor(0).rgb());
        QCOMPARE(at(48), palette.notScanned().rgb());
        QCOMPARE(at(63), palette.notScanned().rgb());
        // Whole cells: every pixel of region 15's cell (x 28..31, y 4..7) is the error colour.
        for (int y = 4; y < 8; ++y)
            for (int x = 28; x < 32; ++x)
                QCOMPARE(image.pixel(x, y), palette.readError().rgb());
        // Below the last row: background.
        QCOMPARE(image.pixel(0, 35), palette.background().rgb());
    }

    void exposedRectOnly()
    {
        // Rendering a sub-rectangle gives the same pixels as the full render.
        auto map = std::make_shared<const HealthMap>(test::smallMap());
        HealthMapRenderer renderer;
        renderer.setMap(map);
        const auto l = layoutFor(*map, {256, 4}, 32, 32);
        QImage full, part;
        renderer.render(full, l, QRect(0, 0, 32, 32));
        const QRect exposed(13, 5, 9, 6);
        renderer.render(part, l, exposed);
        QCOMPARE(part.size(), exposed.size());
        QCOMPARE(part, full.copy(exposed));
    }

    void aggregatedCellsShowTheWorst()
    {
        auto map = std::make_shared<const HealthMap>(test::smallMap());
        HealthMapRenderer renderer;
        renderer.setMap(map);
        const HealthMapPalette& palette = renderer.palette();
        // 4 regions per 1 px cell, 4 px wide: 16 cells in 4 rows.
        const auto l = layoutFor(*map, {4 * 256, 1}, 4, 4);
        QCOMPARE(l.cellCount(), 16ull);
        QImage image;
        renderer.render(image, l, QRect(0, 0, 4, 4));
        // Cell 2 = regions 8..11 -> bucket 1 (region 11); cell 3 = regions 12..15 -> read error wins;
        // cell 4 = regions 16..19 -> pending wins over time-out and remapped.
        QCOMPARE(image.pixel(2, 0), palette.bucketColor(1).rgb());
        QCOMPARE(image.pixel(3, 0), palette.readError().rgb());
        QCOMPARE(image.pixel(0, 1), palette.pending().rgb());
        QCOMPARE(image.pixel(1, 1), palette.bucketColor(0).rgb());
        QCOMPARE(image.pixel(0, 3), palette.notScanned().rgb());
        QCOMPARE(renderer.cellCode(l, 3) & HealthMap::flagReadError, HealthMap::flagReadError);
        QCOMPARE(renderer.cellCode(l, 3) & HealthMap::latencyMask, 2 + 5);
    }

    void belowARegionTheUnitListsDecide()
    {
        auto map = std::make_shared<const HealthMap>(test::smallMap());
        HealthMapRenderer renderer;
        renderer.setMap(map);
        const HealthMapPalette& palette = renderer.palette();
        // One unit per 16 px cell, 8 columns; scroll to region 15's first units (unit 3840 = row 480).
        auto l = layoutFor(*map, {1, 16}, 128, 64, 15 * 256 / 8);
        QImage image;
        renderer.render(image, l, QRect(0, 0, 128, 64));
        const std::uint64_t base = 15 * 256;
        // A pixel clear of every marker (cross, dot, frame).
        auto cellPixel = [&](std::uint64_t unit) { return image.pixel(l.cellRect(unit).topLeft() + QPoint(8, 3)); };
        QCOMPARE(cellPixel(base + 0), palette.bucketColor(5).rgb()); // fine unit of a slow region
        QCOMPARE(cellPixel(base + 3), palette.readError().rgb()); // bad
        QCOMPARE(cellPixel(base + 4), palette.readError().rgb()); // suspect
        QCOMPARE(cellPixel(base + 5), palette.bucketColor(5).rgb());
        // Large cells carry a marker: the error cross passes through the centre.
        QVERIFY(image.pixel(l.cellRect(base + 3).center()) != palette.readError().rgb());
        // ... and a one-pixel gap to the right and below.
        QCOMPARE(image.pixel(l.cellRect(base).topRight()), palette.background().rgb());

        // The pending and remapped units of regions 17 and 18.
        l.firstRow = 17 * 256 / 8;
        renderer.render(image, l, QRect(0, 0, 128, 64));
        QCOMPARE(image.pixel(l.cellRect(17 * 256 + 10).topLeft() + QPoint(2, 2)), palette.pending().rgb());
        QCOMPARE(image.pixel(l.cellRect(17 * 256 + 11).topLeft() + QPoint(2, 2)), palette.bucketColor(0).rgb());
    }

    void differenceMode()
    {
        auto older = test::smallMap();
        auto newer = older;
        newer.recordRead(3 * test::MiB, test::MiB, std::chrono::milliseconds(700)); // much slower
        newer.markBad(5 * 256);
        auto diff = std::make_shared<const HealthMapDiff>(HealthMapDiff::compare(older, newer));
        HealthMapRenderer renderer;
        renderer.setDifference(diff);
        const HealthMapPalette& palette = renderer.palette();
        const auto l = layoutFor(newer, {256, 4}, 32, 32);
        QImage image;
        renderer.render(image, l, QRect(0, 0, 32, 32));
        QCOMPARE(image.pixel(centerOf(l, 0)), palette.changeColor(RegionChange::Same).rgb());
        QCOMPARE(image.pixel(centerOf(l, 3)), palette.changeColor(RegionChange::MuchSlower).rgb());
        QCOMPARE(image.pixel(centerOf(l, 5)), palette.changeColor(RegionChange::NewError).rgb());
        QCOMPARE(image.pixel(centerOf(l, 50)), palette.changeColor(RegionChange::NotCompared).rgb());
        // Aggregated: the worst change of the cell.
        const auto coarse = layoutFor(newer, {8 * 256, 1}, 8, 1);
        QCOMPARE(renderer.cellCode(coarse, 0), std::uint8_t(RegionChange::NewError));
        QCOMPARE(renderer.cellCode(coarse, 1), std::uint8_t(RegionChange::Same));
    }

    void liveUpdateNeedsInvalidate()
    {
        auto map = std::make_shared<HealthMap>(test::smallMap());
        HealthMapRenderer renderer;
        renderer.setMap(map);
        const auto l = layoutFor(*map, {8 * 256, 1}, 8, 1);
        QCOMPARE(renderer.cellCode(l, 7) & HealthMap::flagReadError, 0);
        map->markBad(60 * 256);
        // The cache still holds the old aggregate until told.
        QCOMPARE(renderer.cellCode(l, 7) & HealthMap::flagReadError, 0);
        renderer.invalidateRegions(60, 1);
        QCOMPARE(renderer.cellCode(l, 7) & HealthMap::flagReadError, HealthMap::flagReadError);
        map->markPending(1 * 256);
        renderer.invalidate();
        QCOMPARE(renderer.cellCode(l, 0) & HealthMap::flagPending, HealthMap::flagPending);
    }
};

QTEST_MAIN(TestHealthMapRenderer)
#include "tst_healthmaprenderer.moc"
