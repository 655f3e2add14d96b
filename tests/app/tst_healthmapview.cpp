// The health map view offscreen: the right colours at the right pixels,
// tooltips, zoom steps by key and wheel, the keyboard cursor, the legend and
// the comparison of two scans.
#include "healthmapcomparison.h"
#include "healthmaplegend.h"
#include "healthmapview.h"
#include "testmaps.h"

#include <QApplication>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace dmremap;
using namespace dmremap::gui;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<const HealthMap> small()
{
    return std::make_shared<const HealthMap>(test::smallMap());
}

QImage grabViewport(HealthMapView& view)
{
    return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

void sendWheel(QWidget* target, QPoint pos, int delta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent wheel(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &wheel);
}

} // namespace

class TestHealthMapView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void paintsTheRightColours()
    {
        HealthMapView view;
        view.setFrameShape(QFrame::NoFrame);
        view.setHealthMap(small());
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const HealthMapLayout l = view.layout();
        // 64 regions in 400x300: the fit is 16 px cells, 25 columns.
        QCOMPARE(l.zoom, (MapZoom{256, 16}));
        QCOMPARE(l.columns(), 25);
        const QImage image = grabViewport(view);
        const HealthMapPalette palette = view.mapPalette(); // a copy: the palette changes below
        // A pixel clear of the markers and of the keyboard cursor's frame.
        auto fill = [&](std::uint64_t region) { return image.pixel(l.cellRect(region).topLeft() + QPoint(8, 3)); };
        QCOMPARE(fill(1), palette.bucketColor(0).rgb());
        QCOMPARE(fill(11), palette.bucketColor(1).rgb());
        QCOMPARE(fill(14), palette.bucketColor(4).rgb());
        QCOMPARE(fill(15), palette.readError().rgb());
        QCOMPARE(fill(16), palette.timedOut().rgb());
        QCOMPARE(fill(17), palette.pending().rgb());
        QCOMPARE(fill(18), palette.remapped().rgb());
        QCOMPARE(fill(48), palette.notScanned().rgb());
        // Region 15's cell (x 240..255, y 0..15) carries the error cross; region 18's the remapped dot.
        QVERIFY(image.pixel(l.cellRect(15).center()) != palette.readError().rgb());
        QVERIFY(image.pixel(l.cellRect(18).center()) != palette.remapped().rgb());
        // Below the three rows: background.
        QCOMPARE(image.pixel(10, 3 * 16 + 5), palette.background().rgb());

        // The colour-blind palette paints the same places in its own colours.
        const HealthMapPalette safe(HealthMapPalette::Kind::ColorBlindSafe);
        view.setMapPalette(safe);
        const QImage second = grabViewport(view);
        QCOMPARE(second.pixel(l.cellRect(15).topLeft() + QPoint(8, 3)), safe.readError().rgb());
        QCOMPARE(second.pixel(l.cellRect(1).topLeft() + QPoint(8, 3)), safe.bucketColor(0).rgb());
        QVERIFY(safe.readError() != palette.readError());
    }

    void toolTipOfTheHoveredRegion()
    {
        HealthMapView view;
        view.setFrameShape(QFrame::NoFrame);
        view.setHealthMap(small());
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const HealthMapLayout l = view.layout();
        const QPoint pos = l.cellRect(15).center();
        QCOMPARE(view.cellAt(pos), std::optional<std::uint64_t>(15));
        const QString expected = view.toolTipForCell(15);
        QVERIFY(expected.startsWith(QStringLiteral("Sectors 30,720–32,767")));
        QVERIFY(expected.contains(QStringLiteral("Latency: ≥ 600 ms")));
        QVERIFY(expected.contains(QStringLiteral("1 bad unit(s) of 4 KiB")));

        QHelpEvent help(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view.viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), expected);

        QSignalSpy hovered(&view, &HealthMapView::hoveredCellChanged);
        QTest::mouseMove(view.viewport(), l.cellRect(3).center());
        QTRY_COMPARE(hovered.count(), 1);
        QCOMPARE(hovered.last().at(0).toLongLong(), 3);
        // Outside the map: no cell, no tooltip.
        QVERIFY(!view.cellAt({10, 290}).has_value());
        QVERIFY(view.toolTipForCell(64).isEmpty());
    }

    void zoomSteps()
    {
        HealthMapView view;
        view.setFrameShape(QFrame::NoFrame);
        view.setHealthMap(small());
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        QSignalSpy zoomed(&view, &HealthMapView::zoomLevelChanged);
        const auto& ladder = view.zoomLevels();
        QCOMPARE(int(ladder.size()), 9); // 16 px regions, then 128 .. 1 units per cell
        QCOMPARE(view.zoomLevel(), 0);

        QTest::keyClick(&view, Qt::Key_Plus);
        QCOMPARE(view.zoomLevel(), 1);
        QCOMPARE(view.layout().zoom, (MapZoom{128, 16}));
        QTest::keyClick(&view, Qt::Key_Minus);
        QCOMPARE(view.zoomLevel(), 0);
        QTest::keyClick(&view, Qt::Key_Minus); // cannot go past the whole disk
        QCOMPARE(view.zoomLevel(), 0);
        QCOMPARE(zoomed.count(), 2);

        // Ctrl+wheel zooms around the pointer: the row of the unit under it
        // stays under it (the column changes: the map is a raster).
        const QPoint pointer = view.layout().cellRect(20).center(); // region 20
        sendWheel(view.viewport(), pointer, 120 * 4, Qt::ControlModifier);
        QCOMPARE(view.zoomLevel(), 4);
        QCOMPARE(view.layout().zoom, (MapZoom{16, 16}));
        const QRect anchor = view.layout().cellRect(view.layout().cellOfUnit(20 * 256));
        QVERIFY2(anchor.top() <= pointer.y() && pointer.y() <= anchor.bottom(),
                 qPrintable(QStringLiteral("anchor row at %1, pointer at %2").arg(anchor.top()).arg(pointer.y())));
        // A plain wheel scrolls instead.
        const int level = view.zoomLevel();
        const int before = view.verticalScrollBar()->value();
        sendWheel(view.viewport(), pointer, -120, Qt::NoModifier);
        QCOMPARE(view.zoomLevel(), level);
        QVERIFY(view.verticalScrollBar()->value() > before);

        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.zoomLevel(), 0);
        for (int i = 0; i < 20; ++i)
            view.zoomIn();
        QCOMPARE(view.zoomLevel(), 8);
        QCOMPARE(view.layout().zoom.unitsPerCell, 1ull); // one remap unit per cell
    }

    void keyboardCursor()
    {
        HealthMapView view;
        view.setHealthMap(small());
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.accessibleName(), QStringLiteral("Health map"));
        QTRY_VERIFY(view.accessibleDescription().contains(QStringLiteral("48 scanned")));
        QCOMPARE(view.focusPolicy(), Qt::StrongFocus);
        view.setFocus();
        QSignalSpy moved(&view, &HealthMapView::cursorCellChanged);
        const int columns = view.layout().columns();
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.cursorCell(), 1ull);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.cursorCell(), 1ull + columns);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.cursorCell(), 63ull);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.cursorCell(), 0ull);
        QCOMPARE(moved.count(), 4);
        QVERIFY(view.cursorText().startsWith(QStringLiteral("Sectors 0–2,047")));

        // Zoomed to the unit, End goes to the last unit and scrolls there.
        for (int i = 0; i < 8; ++i)
            view.zoomIn();
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.cursorCell(), 64ull * 256 - 1);
        const QRect r = view.layout().cellRect(view.cursorCell());
        QVERIFY(view.viewport()->rect().contains(r));
    }

    void legend()
    {
        HealthMapLegend legend;
        legend.setBuckets(LatencyBuckets{});
        QCOMPARE(legend.items().size(), 6 + 6);
        QCOMPARE(legend.items().at(0).label, QStringLiteral("< 5 ms"));
        QCOMPARE(legend.items().at(5).label, QStringLiteral("≥ 600 ms"));
        QVERIFY(legend.accessibleDescription().contains(QStringLiteral("Read error")));
        // Error and remapped carry a marker, not only a colour.
        bool errorMarked = false, remappedMarked = false;
        for (const auto& item : legend.items()) {
            errorMarked |= item.label == QStringLiteral("Read error") && (item.markers & HealthMapPalette::ErrorMarker);
            remappedMarked |= item.label == QStringLiteral("Remapped") && (item.markers & HealthMapPalette::RemappedMarker);
        }
        QVERIFY(errorMarked && remappedMarked);
        // Narrow: more lines.
        QVERIFY(legend.heightForWidth(150) > legend.heightForWidth(2000));
        legend.setMode(HealthMapRenderer::Mode::Difference);
        QCOMPARE(legend.items().size(), int(regionChangeCount));
        QCOMPARE(legend.items().at(0).label, QStringLiteral("New read error"));
    }

    void comparison()
    {
        auto older = small();
        HealthMap changed = *older;
        changed.recordRead(5 * test::MiB, test::MiB, 700ms);
        changed.markBad(6 * 256);
        auto newer = std::make_shared<const HealthMap>(changed);
        HealthMapComparison widget;
        widget.resize(900, 500);
        QVERIFY(widget.setScans(older, QStringLiteral("Monday"), newer, QStringLiteral("Friday")));
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        // Side by side: zoom and cursor follow each other.
        widget.olderView()->zoomIn();
        QCOMPARE(widget.newerView()->zoomLevel(), 1);
        widget.newerView()->setCursorCell(7);
        QCOMPARE(widget.olderView()->cursorCell(), 7ull);

        widget.setMode(HealthMapComparison::Mode::Difference);
        QVERIFY(widget.differenceView()->isVisible());
        QCOMPARE(widget.legend()->mode(), HealthMapRenderer::Mode::Difference);
        HealthMapView& diff = *widget.differenceView();
        const auto l = diff.layout();
        const QImage image = grabViewport(diff);
        const auto& palette = diff.mapPalette();
        auto fill = [&](std::uint64_t region) { return image.pixel(l.cellRect(region).topLeft() + QPoint(8, 3)); };
        QCOMPARE(fill(1), palette.changeColor(RegionChange::Same).rgb());
        QCOMPARE(fill(5), palette.changeColor(RegionChange::MuchSlower).rgb());
        QCOMPARE(fill(6), palette.changeColor(RegionChange::NewError).rgb());
        QCOMPARE(fill(60), palette.changeColor(RegionChange::NotCompared).rgb());
        QVERIFY(diff.toolTipForCell(5).contains(QStringLiteral("Change: Much slower")));

        // Scans of another geometry: no difference view.
        auto other = std::make_shared<const HealthMap>(
            HealthMapGeometry{.deviceBytes = 64 * test::MiB, .regionBytes = 2 * test::MiB, .unitBytes = 4096});
        QVERIFY(!widget.setScans(older, QStringLiteral("a"), other, QStringLiteral("b")));
        QCOMPARE(widget.mode(), HealthMapComparison::Mode::SideBySide);
    }
};

QTEST_MAIN(TestHealthMapView)
#include "tst_healthmapview.moc"
