#include "savereport.h"

#include "drivecontroller.h"
#include "drivepage.h"
#include "healthmapview.h"
#include "mainwindow.h"
#include "managerclient.h"
#include "remapdeviceclient.h"
#include "scancontrols.h"
#include "scanhistorymodel.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextDocumentFragment>
#include <QToolButton>

namespace dmremap::report {

DriveReportInput SaveReport::input(const gui::MainWindow& window)
{
    gui::DrivePage* page = window.drivePage();
    DriveReportInput in;
    if (window.driveController())
        in.device = window.driveController()->driveName();
    if (in.device.isEmpty()) {
        if (auto* title = page->findChild<QLabel*>(QStringLiteral("driveTitle")))
            in.device = QTextDocumentFragment::fromHtml(title->text()).toPlainText();
    }
    in.smart = page->smartReport();
    in.smartUnavailableReason = page->smartUnavailableReason();
    in.map = page->mapView()->healthMap();
    for (const gui::ScanSummary& s : page->historyModel()->scans()) {
        in.history << ScanHistoryRow{.time = s.time,
                                     .scannedRegions = s.scannedRegions,
                                     .regionCount = s.regions,
                                     .badUnits = s.badUnits,
                                     .slowRegions = s.slowRegions};
    }
    if (window.manager()) {
        for (gui::RemapDeviceClient* d : window.manager()->remapDevices()) {
            if (d->mainName() != in.device)
                continue;
            RemapDeviceRow row{.name = d->name(), .spare = d->spareName(), .status = {}};
            row.status.state = d->state().toStdString();
            row.status.unitBytes = d->unitBytes();
            row.status.remapped = d->remapped();
            row.status.capacity = d->capacity();
            row.status.pending = d->pending();
            row.status.readErrors = d->readErrors();
            row.status.writeErrors = d->writeErrors();
            row.status.autoRemaps = d->autoRemaps();
            row.status.manualRemaps = d->manualRemaps();
            in.remapDevices << row;
        }
    }
    return in;
}

bool SaveReport::save(gui::MainWindow& window, const QString& path, bool quiet, QString* error)
{
    QString why;
    if (DriveReport::write(input(window), path, &why))
        return true;
    if (!quiet)
        QMessageBox::warning(&window, tr("Save report"), why);
    if (error)
        *error = why;
    return false;
}

QAction* SaveReport::install(gui::MainWindow& window)
{
    auto* action = new QAction(tr("Save &report…"), &window);
    action->setObjectName(QStringLiteral("saveReportAction"));
    action->setToolTip(tr("Save this drive's health report as PDF or HTML"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QObject::connect(action, &QAction::triggered, &window, [&window] {
        const QString device = input(window).device;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            &window, tr("Save report"),
            dir + QLatin1Char('/') + tr("health-report-%1.pdf").arg(device.isEmpty() ? tr("drive") : device),
            tr("PDF (*.pdf);;HTML (*.html *.htm)"));
        if (!path.isEmpty())
            save(window, path);
    });
    // In the File menu, before its separator (Quit stays last).
    if (QAction* fileMenu = window.menuBar()->actions().value(0); fileMenu && fileMenu->menu()) {
        QMenu* menu = fileMenu->menu();
        QAction* before = nullptr;
        for (QAction* a : menu->actions())
            if (a->isSeparator()) {
                before = a;
                break;
            }
        menu->insertAction(before, action);
    }
    // On the drive page, beside the scan controls' export button.
    gui::ScanControls* controls = window.drivePage()->scanControls();
    if (auto* layout = qobject_cast<QHBoxLayout*>(controls->layout())) {
        auto* button = new QToolButton(controls);
        button->setObjectName(QStringLiteral("saveReportButton"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    return action;
}

} // namespace dmremap::report
