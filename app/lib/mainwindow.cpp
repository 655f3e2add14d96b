#include "mainwindow.h"

#include "applog.h"
#include "driveclient.h"
#include "drivecontroller.h"
#include "drivelistmodel.h"
#include "drivepage.h"
#include "drivesource.h"
#include "drivespage.h"
#include "errortext.h"
#include "healthmaploader.h"
#include "healthmapview.h"
#include "helperconnection.h"
#include "jobclient.h"
#include "managerclient.h"
#include "remapdashboard.h"
#include "remapdeviceclient.h"
#include "rescuewizard.h"
#include "scancontrols.h"
#include "scanhistorymodel.h"
#include "scansummary.h"
#include "soliddrivesource.h"

#include "dmremap/config.h"

#include "healthmap/ddrescuemapfile.h"
#include "smart/blobsmartsource.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace dmremap::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("dm-remap"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("org.dmremap.dmremap")));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_drivesPage = new DrivesPage(m_stack);
    m_page = new DrivePage(m_stack);
    m_page->setDriveTitle(tr("No drive"));
    m_dashboard = new RemapDashboard(m_stack);
    m_stack->addWidget(m_drivesPage);
    m_stack->addWidget(m_page);
    m_stack->addWidget(m_dashboard);
    m_stack->setCurrentWidget(m_page);
    setCentralWidget(m_stack);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] { Q_EMIT currentPageChanged(currentPageName()); });

    QToolBar* nav = addToolBar(tr("Navigation"));
    nav->setObjectName(QStringLiteral("navigationBar"));
    nav->setMovable(false);
    QAction* drives = nav->addAction(tr("&Drives"));
    drives->setObjectName(QStringLiteral("drivesAction"));
    connect(drives, &QAction::triggered, this, &MainWindow::showDrives);
    QAction* rescue = nav->addAction(tr("&Rescue a drive…"));
    rescue->setObjectName(QStringLiteral("rescueAction"));
    connect(rescue, &QAction::triggered, this, [this] {
        showWizard(m_stack->currentWidget() == m_page && m_driveController ? m_driveController->driveName()
                                                                            : m_drivesPage->selectedDrive());
    });

    connect(m_drivesPage, &DrivesPage::driveActivated, this, &MainWindow::showDrive);
    connect(m_drivesPage, &DrivesPage::rescueRequested, this, &MainWindow::showWizard);
    connect(m_drivesPage, &DrivesPage::dashboardRequested, this, &MainWindow::showDashboard);
    connect(m_page->scanControls(), &ScanControls::rescueRequested, this, [this] {
        showWizard(m_driveController ? m_driveController->driveName() : QString());
    });
    connect(m_page->scanControls(), &ScanControls::exportRequested, this, [this] {
        if (!currentMap())
            return;
        const QString base = m_driveController && !m_driveController->driveName().isEmpty()
                                 ? m_driveController->driveName()
                                 : QFileInfo(m_mapPath).completeBaseName();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export as ddrescue mapfile"),
                                                          base + QStringLiteral(".map"));
        if (!path.isEmpty())
            exportMapfile(path);
    });

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
        if (!currentMap())
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
    statusBar()->showMessage(tr("The helper is not connected: showing files only."));
}

MainWindow::~MainWindow() = default;

void MainWindow::connectHelper(QDBusConnection bus, std::unique_ptr<DriveSource> source)
{
    if (m_manager)
        return;
    m_connection = new HelperConnection(std::move(bus), this);
    m_manager = new ManagerClient(m_connection, this);
    m_drives = new DriveListModel(std::move(source), this);
    m_drivesPage->setModel(m_drives);
    m_driveController = new DriveController(m_manager, m_page, m_drives, this);
    connect(m_manager, &ManagerClient::availabilityChanged, this, &MainWindow::showHelperState);
    connect(m_manager, &ManagerClient::drivesChanged, this, &MainWindow::syncDrives);
    connect(m_manager, &ManagerClient::remapDevicesChanged, this, &MainWindow::syncRemapDevices);
    // LoadModule (the wizard's first act) changes ModuleLoaded after the connection.
    connect(m_manager, &RemoteObject::propertiesChanged, this, [this](const QStringList& names) {
        if (names.contains(QStringLiteral("ModuleLoaded")))
            showHelperStatus();
    });
    m_drivesPage->setHelperStatus(tr("Connecting to the dm-remap helper…"), false);
    statusBar()->showMessage(tr("Connecting to the dm-remap helper…"));
    m_manager->start();
    m_stack->setCurrentWidget(m_drivesPage);
}

void MainWindow::connectSystemHelper()
{
    connectHelper(QDBusConnection::systemBus(), std::make_unique<SolidDriveSource>());
}

void MainWindow::setApplicationIdentity()
{
    QApplication::setApplicationName(QStringLiteral("dmremap"));
    QApplication::setApplicationVersion(QStringLiteral(DMREMAP_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("dm-remap"));
    QApplication::setOrganizationDomain(QStringLiteral("dmremap.org"));
    QApplication::setDesktopFileName(QStringLiteral("org.dmremap.dmremap"));
}

void MainWindow::showHelperState()
{
    showHelperStatus();
    syncDrives();
    syncRemapDevices();
}

void MainWindow::showHelperStatus()
{
    if (m_manager->availability() == ManagerClient::Availability::Available) {
        m_drivesPage->setHelperStatus({}, false);
        statusBar()->showMessage(m_manager->moduleLoaded()
                                     ? tr("Connected to the dm-remap helper; the kernel module is loaded.")
                                     : tr("Connected to the dm-remap helper; the kernel module is not loaded yet."));
    } else if (m_manager->availability() != ManagerClient::Availability::Connecting) {
        m_drivesPage->setHelperStatus(m_manager->availabilityText(), true);
        statusBar()->showMessage(tr("The dm-remap helper is not available."));
    }
}

QString MainWindow::statusText() const
{
    return statusBar()->currentMessage();
}

void MainWindow::syncDrives()
{
    if (!m_manager || !m_drives)
        return;
    QStringList names;
    for (DriveClient* d : m_manager->drives()) {
        if (!d->isLoaded())
            continue;
        names << d->name();
        m_drives->setHelperDrive(d->name(), d->sizeBytes(), d->smartOverall());
        connect(d, &RemoteObject::propertiesChanged, this, &MainWindow::syncDrives, Qt::UniqueConnection);
    }
    for (const QString& gone : std::as_const(m_helperDriveNames))
        if (!names.contains(gone))
            m_drives->removeHelperDrive(gone);
    m_helperDriveNames = names;
}

void MainWindow::syncRemapDevices()
{
    if (!m_manager)
        return;
    QList<std::pair<QString, QString>> list;
    RemapDeviceClient* first = nullptr;
    for (RemapDeviceClient* d : m_manager->remapDevices()) {
        if (!d->isLoaded())
            continue;
        list.append({d->name(), RemapDashboard::stateText(d->state())});
        if (!first || d->name() < first->name())
            first = d;
        connect(d, &RemoteObject::propertiesChanged, this, &MainWindow::syncRemapDevices, Qt::UniqueConnection);
    }
    std::sort(list.begin(), list.end());
    m_drivesPage->setRemapDevices(list);
    // The dashboard follows a device from the moment the helper lists it, shown
    // or not: its rate chart and event log then cover what happened before
    // it was opened (the wizard's remaps, the first writes after it).
    if (first && !m_dashboard->device())
        m_dashboard->setDevice(first);
}

QWidget* MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

QString MainWindow::currentPageName() const
{
    QWidget* w = m_stack->currentWidget();
    if (w == m_drivesPage)
        return QStringLiteral("drives");
    if (w == m_page)
        return QStringLiteral("drive");
    if (w == m_dashboard)
        return QStringLiteral("dashboard");
    if (w && w == m_wizard)
        return m_wizard->currentPageName();
    return QStringLiteral("unknown");
}

void MainWindow::showDrives()
{
    m_stack->setCurrentWidget(m_drivesPage);
}

void MainWindow::showDrive(const QString& name)
{
    if (name.isEmpty())
        return;
    if (m_driveController) {
        m_map.reset();
        m_mapPath.clear();
        m_driveController->showDrive(name);
    }
    m_drivesPage->selectDrive(name);
    m_stack->setCurrentWidget(m_page);
}

void MainWindow::showWizard(const QString& mainName)
{
    if (!m_manager) {
        showError(tr("The rescue needs the dm-remap helper."), tr("Start dm-remap without files to connect to it."),
                  false);
        return;
    }
    if (m_wizard) {
        m_stack->removeWidget(m_wizard);
        m_wizard->deleteLater();
    }
    m_wizard = new RescueWizard(m_manager, m_drives, m_stack);
    if (!mainName.isEmpty())
        m_wizard->setMainDrive(mainName);
    m_stack->addWidget(m_wizard);
    connect(m_wizard, &QWizard::currentIdChanged, this, [this] { Q_EMIT currentPageChanged(currentPageName()); });
    connect(m_wizard, &RescueWizard::dashboardRequested, this, &MainWindow::showDashboard);
    connect(m_wizard, &QDialog::finished, this, [this, wizard = m_wizard] {
        if (m_wizard != wizard)
            return;
        const QString device = wizard->createdDevice();
        m_wizard = nullptr;
        m_stack->removeWidget(wizard);
        wizard->deleteLater();
        if (!device.isEmpty())
            showDashboard(device);
        else
            showDrives();
    });
    m_wizard->restart();
    m_stack->setCurrentWidget(m_wizard);
    m_wizard->show();
}

void MainWindow::showDashboard(const QString& deviceName)
{
    if (!m_manager)
        return;
    RemapDeviceClient* device = m_manager->remapDeviceByName(deviceName);
    if (m_wizard && m_stack->currentWidget() == m_wizard) {
        // Leaving the finished wizard: it stays out of the way.
        RescueWizard* wizard = m_wizard;
        m_wizard = nullptr;
        m_stack->removeWidget(wizard);
        wizard->deleteLater();
    }
    if (device != m_dashboard->device())
        m_dashboard->setDevice(device);
    m_stack->setCurrentWidget(m_dashboard);
}

std::shared_ptr<const HealthMap> MainWindow::currentMap() const
{
    return m_page->mapView()->healthMap();
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
    m_page->scanControls()->setExportEnabled(true);
    m_stack->setCurrentWidget(m_page);
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
    const auto map = currentMap();
    if (!map) {
        showError(tr("There is no health map to export."), {}, quiet);
        return false;
    }
    const Status saved = DdrescueMapfile::fromHealthMap(*map).save(QFile::encodeName(path).toStdString());
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
