#include "mainwindow.h"

#include "applog.h"
#include "drivepage.h"
#include "errortext.h"
#include "healthmaploader.h"
#include "scanhistorymodel.h"
#include "scansummary.h"

#include "healthmap/ddrescuemapfile.h"
#include "smart/blobsmartsource.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace dmremap::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("dm-remap"));
    m_page = new DrivePage(this);
    m_page->setDriveTitle(tr("No drive"));
    setCentralWidget(m_page);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openMap = file->addAction(tr("Open &health map or ddrescue mapfile…"));
    openMap->setShortcut(QKeySequence::Open);
    connect(openMap, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open health map"), {},
                                                          tr("Health maps and ddrescue mapfiles (*)"));
        if (!path.isEmpty())
            openHealthMap(path);
    });
    QAction* openOlder = file->addAction(tr("&Compare with an older scan…"));
    connect(openOlder, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open an older scan of this drive"));
        if (!path.isEmpty())
            openComparison(path);
    });
    QAction* openSmart = file->addAction(tr("Open saved &SMART data…"));
    connect(openSmart, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open SMART data (skdump --save)"));
        if (!path.isEmpty())
            openSmartBlob(path);
    });
    QAction* exportMap = file->addAction(tr("&Export as ddrescue mapfile…"));
    connect(exportMap, &QAction::triggered, this, [this] {
        if (!m_map)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export as ddrescue mapfile"),
                                                          QFileInfo(m_mapPath).completeBaseName() + QStringLiteral(".map"));
        if (!path.isEmpty())
            exportMapfile(path);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    statusBar()->showMessage(tr("The helper is not connected yet: showing files only."));
}

void MainWindow::showError(const QString& what, const QString& why, bool quiet)
{
    qCWarning(lcApp).noquote() << what << why;
    if (!quiet)
        QMessageBox::warning(this, tr("dm-remap"), what + QLatin1Char('\n') + why);
}

bool MainWindow::openHealthMap(const QString& path, bool quiet)
{
    auto map = HealthMapLoader::load(path, m_importGeometry);
    if (!map) {
        showError(tr("Cannot open the health map %1.").arg(path), ErrorText::describe(map.status()), quiet);
        return false;
    }
    m_map = std::make_shared<const HealthMap>(std::move(map).value());
    m_mapPath = path;
    m_page->setDriveTitle(QFileInfo(path).fileName());
    m_page->setHealthMap(m_map);
    // The summary is a pass over every region: after the first frame.
    QTimer::singleShot(0, this, [this, map = m_map, path] {
        if (map == m_map && m_page->historyModel()->rowCount() <= 1)
            m_page->setScanHistory({ScanSummary::of(*map, QFileInfo(path).lastModified().toUTC(), path)});
    });
    return true;
}

bool MainWindow::openComparison(const QString& olderPath, bool quiet)
{
    if (!m_map) {
        showError(tr("Open the newer scan first."), {}, quiet);
        return false;
    }
    auto older = HealthMapLoader::load(olderPath, m_importGeometry);
    if (!older) {
        showError(tr("Cannot open the health map %1.").arg(olderPath), ErrorText::describe(older.status()), quiet);
        return false;
    }
    auto olderMap = std::make_shared<const HealthMap>(std::move(older).value());
    m_page->setScanHistory({ScanSummary::of(*olderMap, QFileInfo(olderPath).lastModified().toUTC(), olderPath),
                            ScanSummary::of(*m_map, QFileInfo(m_mapPath).lastModified().toUTC(), m_mapPath)});
    if (!m_page->setComparison(olderMap, QFileInfo(olderPath).fileName(), m_map, QFileInfo(m_mapPath).fileName())) {
        showError(tr("The two scans cannot be compared."), tr("They were made with different region sizes."),
                  quiet);
        return false;
    }
    return true;
}

bool MainWindow::exportMapfile(const QString& path, bool quiet)
{
    if (!m_map) {
        showError(tr("There is no health map to export."), {}, quiet);
        return false;
    }
    const Status saved = DdrescueMapfile::fromHealthMap(*m_map).save(QFile::encodeName(path).toStdString());
    if (!saved) {
        showError(tr("Cannot write the mapfile %1.").arg(path), ErrorText::describe(saved), quiet);
        return false;
    }
    statusBar()->showMessage(tr("Exported the health map to %1.").arg(path), 5000);
    return true;
}

bool MainWindow::openSmartBlob(const QString& path, bool quiet)
{
    auto source = BlobSmartSource::fromFile(QFile::encodeName(path).toStdString());
    if (!source) {
        showError(tr("Cannot open the SMART data %1.").arg(path), ErrorText::describe(source.status()), quiet);
        return false;
    }
    auto report = (*source)->read();
    if (!report) {
        showError(tr("Cannot read the SMART data %1.").arg(path), ErrorText::describe(report.status()), quiet);
        return false;
    }
    m_page->setSmartReport(*report);
    if (!m_map)
        m_page->setDriveTitle(QString::fromStdString(report->model + " " + report->serial));
    return true;
}

} // namespace dmremap::gui
