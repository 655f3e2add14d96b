// dmremap: the desktop application. Without files it connects to the helper
// (drive list, drive pages, rescue wizard, dashboards); with files it shows
// them offline: a health map or ddrescue mapfile, an older scan to compare
// with, saved SMART data.
#include "applog.h"
#include "drivepage.h"
#include "firstframelogger.h"
#include "healthmapcomparison.h"
#include "healthmapview.h"
#include "mainwindow.h"
#include "managerclient.h"
#include "savereport.h"
#include "trayapp.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTabWidget>

using namespace dmremap;
using namespace dmremap::gui;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    MainWindow::setApplicationIdentity();
    i18n::installTranslators();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Disk health maps, SMART and bad-block remapping."));
    parser.addHelpOption();
    const QCommandLineOption mapOption(QStringLiteral("map"),
                                       QApplication::translate("main", "Open a health map or GNU ddrescue mapfile."),
                                       QStringLiteral("file"));
    const QCommandLineOption compareOption(
        QStringLiteral("compare"), QApplication::translate("main", "Compare --map with this older scan."),
        QStringLiteral("file"));
    const QCommandLineOption smartOption(
        QStringLiteral("smart"), QApplication::translate("main", "Open saved SMART data (skdump --save)."),
        QStringLiteral("file"));
    const QCommandLineOption regionOption(
        QStringLiteral("region-bytes"),
        QApplication::translate("main", "Region size for ddrescue mapfiles, in bytes (default 1 MiB)."),
        QStringLiteral("bytes"), QStringLiteral("1048576"));
    const QCommandLineOption unitOption(
        QStringLiteral("unit-bytes"),
        QApplication::translate("main", "Remap unit for ddrescue mapfiles, in bytes (default 4096)."),
        QStringLiteral("bytes"), QStringLiteral("4096"));
    const QCommandLineOption deviceOption(
        QStringLiteral("device-bytes"),
        QApplication::translate("main", "Device size for ddrescue mapfiles, in bytes (default: the mapfile's end)."),
        QStringLiteral("bytes"), QStringLiteral("0"));
    const QCommandLineOption colorBlindOption(QStringLiteral("color-blind"),
                                              QApplication::translate("main", "Use the colour-blind safe palette."));
    const QCommandLineOption zoomOption(QStringLiteral("zoom"),
                                        QApplication::translate("main", "Start at this zoom step (0: whole disk)."),
                                        QStringLiteral("step"), QStringLiteral("0"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QApplication::translate("main", "Start on this tab (0 SMART, 1 history, 2 compare)."),
                                       QStringLiteral("index"), QStringLiteral("0"));
    const QCommandLineOption differenceOption(QStringLiteral("difference"),
                                              QApplication::translate("main", "Show the comparison as a difference map."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("main", "Window size, WIDTHxHEIGHT."),
                                        QStringLiteral("size"), QStringLiteral("1280x860"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save the first frame of the window to this PNG file and quit."),
        QStringLiteral("file"));
    const QCommandLineOption trayOption(
        QStringLiteral("tray"),
        QApplication::translate("main", "Run the tray monitor: notifications about failing disks, new remaps, pending "
                                        "blocks and a nearly full spare."));
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QApplication::translate("main", "Start on this page: drives, drive:NAME or dashboard:DMNAME."),
        QStringLiteral("page"));
    parser.addOptions({mapOption, compareOption, smartOption, regionOption, unitOption, deviceOption,
                       colorBlindOption, zoomOption, tabOption, differenceOption, sizeOption, screenshotOption,
                       trayOption, openOption});
    parser.process(app);
    if (parser.isSet(trayOption))
        return tray::runTray();

    MainWindow window;
    report::SaveReport::install(window);
    window.setImportGeometry({.deviceBytes = parser.value(deviceOption).toULongLong(),
                              .regionBytes = parser.value(regionOption).toUInt(),
                              .unitBytes = parser.value(unitOption).toUInt()});
    const bool quiet = parser.isSet(screenshotOption);
    bool ok = true;
    if (parser.isSet(mapOption))
        ok = window.openHealthMap(parser.value(mapOption), quiet) && ok;
    if (parser.isSet(compareOption))
        ok = window.openComparison(parser.value(compareOption), quiet) && ok;
    if (parser.isSet(smartOption))
        ok = window.openSmartBlob(parser.value(smartOption), quiet) && ok;
    DrivePage* page = window.drivePage();
    if (parser.isSet(colorBlindOption))
        page->setColorBlindSafe(true);
    page->tabs()->setCurrentIndex(parser.value(tabOption).toInt());
    if (parser.isSet(differenceOption))
        page->comparison()->setMode(HealthMapComparison::Mode::Difference);
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    if (size.size() == 2)
        window.resize(size[0].toInt(), size[1].toInt());

    const bool offline = parser.isSet(mapOption) || parser.isSet(smartOption);
    if (!offline)
        window.showDrives();
    auto* firstFrame = new FirstFrameLogger(offline ? page->mapView()->viewport() : window.currentPage(), &window,
                                            parser.value(screenshotOption));
    if (!offline) {
        // The bus and Solid (which may ask udisksd) after the first frame.
        const QString open = parser.value(openOption);
        QObject::connect(firstFrame, &FirstFrameLogger::firstFramePainted, &window, [&window, open] {
            window.connectSystemHelper();
            // A tray notification's page: "drive:sdb", "dashboard:remap-sdb".
            if (open.startsWith(QLatin1String("drive:")))
                window.showDrive(open.mid(6));
            else if (open.startsWith(QLatin1String("dashboard:"))) {
                // The helper lists its remap devices asynchronously.
                const QString name = open.mid(10);
                auto* once = new QObject(&window);
                QObject::connect(window.manager(), &ManagerClient::remapDevicesChanged, once, [&window, name, once] {
                    if (window.manager()->remapDeviceByName(name)) {
                        window.showDashboard(name);
                        once->deleteLater();
                    }
                });
            }
        });
    }
    window.show();
    if (const int zoom = parser.value(zoomOption).toInt(); zoom > 0)
        page->mapView()->setZoomLevel(zoom);
    const int rc = QApplication::exec();
    return ok || !quiet ? rc : 1;
}
