// The paint benchmark of the health map (bench/app-paint.sh runs it in a
// release build): a 20 TB disk at 1 MiB regions with realistic variety,
// painted by the real widget at 1920x1080 on the offscreen platform.
// Prints "BENCH<TAB>name<TAB>value<TAB>unit<TAB>goal" lines.
#include "healthmapview.h"
#include "testmaps.h"

#include "healthmap/healthmapfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace dmremap;
using namespace dmremap::gui;

namespace {

struct Stats {
    double median = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * double(ms.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.95), ms.back()};
}

void bench(const char* name, double value, const char* unit, const char* goal)
{
    std::printf("BENCH\t%s\t%.2f\t%s\t%s\n", name, value, unit, goal);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption diskOption("disk-bytes", "Disk size in bytes.", "bytes", "20000000000000");
    const QCommandLineOption widthOption("width", "Viewport width.", "px", "1920");
    const QCommandLineOption heightOption("height", "Viewport height.", "px", "1080");
    const QCommandLineOption iterationsOption("iterations", "Paints per measurement.", "n", "50");
    const QCommandLineOption writeOption("write-map", "Write the map to this file (DMRHMAP) and exit.", "file");
    const QCommandLineOption wearOption("wear", "Wear of the made-up disk, 0..1 (lower: an older scan).", "wear", "1");
    parser.addOptions({diskOption, widthOption, heightOption, iterationsOption, writeOption, wearOption});
    parser.process(app);
    const std::uint64_t diskBytes = parser.value(diskOption).toULongLong();
    const int width = parser.value(widthOption).toInt();
    const int height = parser.value(heightOption).toInt();
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());

    QElapsedTimer timer;
    timer.start();
    auto map = std::make_shared<const HealthMap>(test::realisticMap(diskBytes, 1, parser.value(wearOption).toDouble()));
    std::fprintf(stderr, "made a map of %llu regions in %lld ms\n",
                 static_cast<unsigned long long>(map->regionCount()), static_cast<long long>(timer.elapsed()));
    if (parser.isSet(writeOption)) {
        const auto saved = HealthMapFile::save(*map, parser.value(writeOption).toStdString());
        if (!saved) {
            std::fprintf(stderr, "%s\n", saved.message().c_str());
            return 1;
        }
        return 0;
    }

    HealthMapView view;
    view.setFrameShape(QFrame::NoFrame);
    view.resize(width, height);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    view.setHealthMap(map);
    QWidget* viewport = view.viewport();
    if (viewport->size() != QSize(width, height))
        std::fprintf(stderr, "viewport is %dx%d\n", viewport->width(), viewport->height());

    auto paintTimes = [&](int n) {
        std::vector<double> ms;
        for (int i = 0; i < n; ++i) {
            QElapsedTimer t;
            t.start();
            viewport->repaint();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        return ms;
    };

    // The first paint of a zoom level aggregates the regions per pixel.
    const auto cold = paintTimes(1);
    const auto l = view.layout();
    std::fprintf(stderr, "whole disk: %llu units per cell, %d px cells, %d columns, %llu rows\n",
                 static_cast<unsigned long long>(l.zoom.unitsPerCell), l.zoom.cellPixels, l.columns(),
                 static_cast<unsigned long long>(l.rowCount()));
    const Stats whole = stats(paintTimes(iterations));
    bench("app-map-paint-20tb-1080p-median", whole.median, "ms", "<=16");
    bench("app-map-paint-20tb-1080p-p95", whole.p95, "ms", "<=16");
    bench("app-map-paint-20tb-1080p-first", cold.front(), "ms", "<=16");

    // A running scan reports a 64 MiB request: update those regions and
    // repaint (the whole viewport here; the view itself repaints only their rows).
    std::vector<double> live;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer t;
        t.start();
        view.refreshRegions(std::uint64_t(i) * 100000, 64);
        viewport->repaint();
        live.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    bench("app-map-paint-20tb-1080p-scan-update-median", stats(live).median, "ms", "<=16");
    // The whole map replaced (a scan loaded, the helper sent a new map): aggregation + paint.
    std::vector<double> reload;
    for (int i = 0; i < std::min(iterations, 10); ++i) {
        QElapsedTimer t;
        t.start();
        view.refresh();
        viewport->repaint();
        reload.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    bench("app-map-paint-20tb-1080p-after-reload-median", stats(reload).median, "ms", "<=16");

    // One region per pixel (no aggregation; 2 million cells drawn).
    const auto& ladder = view.zoomLevels();
    for (int level = 0; level < static_cast<int>(ladder.size()); ++level) {
        if (ladder[level].unitsPerCell == map->geometry().unitsPerRegion() && ladder[level].cellPixels == 1) {
            view.setZoomLevel(level);
            break;
        }
    }
    bench("app-map-paint-20tb-1080p-region-per-pixel-median", stats(paintTimes(iterations)).median, "ms", "<=16");
    // Deepest zoom: one unit per 16 px cell, markers drawn.
    view.setZoomLevel(static_cast<int>(ladder.size()) - 1);
    view.showUnit(map->badUnits().ranges().front().first);
    bench("app-map-paint-20tb-1080p-unit-zoom-median", stats(paintTimes(iterations)).median, "ms", "<=16");
    return 0;
}
