#pragma once

#include "healthmap/healthmap.h"

#include <QDBusConnection>
#include <QMainWindow>

#include <memory>

class QStackedWidget;

namespace dmremap::gui {

class DriveController;
class DriveListModel;
class DrivePage;
class DriveSource;
class DrivesPage;
class HelperConnection;
class ManagerClient;
class RemapDashboard;
class RescueWizard;

/// The application window: pages in a stack — the drive list, one drive,
/// the rescue wizard, the dashboard of a remap device. Offline (files only)
/// it shows the drive page fed from files; connectHelper() brings the live
/// pages. The demo driver (app/demo) drives this very class.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DrivePage* drivePage() const { return m_page; }
    DrivesPage* drivesPage() const { return m_drivesPage; }
    RemapDashboard* dashboard() const { return m_dashboard; }
    /// The wizard while it is open, else nullptr.
    RescueWizard* wizard() const { return m_wizard; }
    DriveController* driveController() const { return m_driveController; }
    ManagerClient* manager() const { return m_manager; }
    DriveListModel* driveList() const { return m_drives; }

    /// Talks to the helper on `bus` (asynchronously) and lists the drives
    /// of `source` joined with the helper's. Shows the drive list.
    void connectHelper(QDBusConnection bus, std::unique_ptr<DriveSource> source);
    /// connectHelper() as both programs of the window (dmremap and the demo
    /// driver) do it: the system bus and the drives KDE Solid lists.
    void connectSystemHelper();
    /// The application's identity (name, version, display name, organization
    /// domain, desktop file name) as both programs set it; call right after
    /// the QApplication is made.
    static void setApplicationIdentity();

    /// "drives", "drive", "wizard-…" (RescueWizard::currentPageName) or "dashboard".
    QString currentPageName() const;
    QWidget* currentPage() const;
    /// The status bar's message (the helper's and the module's state).
    QString statusText() const;

    void showDrives();
    void showDrive(const QString& name);
    /// Opens a fresh rescue wizard with `mainName` preselected (may be "").
    void showWizard(const QString& mainName);
    void showDashboard(const QString& deviceName);

    /// The geometry a ddrescue mapfile is read with (it has none of its own).
    void setImportGeometry(const HealthMapGeometry& geometry) { m_importGeometry = geometry; }
    /// Shows an error dialog (unless quiet) and returns false on failure.
    bool openHealthMap(const QString& path, bool quiet = false);
    /// Opens an older scan of the same drive for the "Compare scans" tab.
    bool openComparison(const QString& olderPath, bool quiet = false);
    bool openSmartBlob(const QString& path, bool quiet = false);
    /// Writes the map on the drive page as a GNU ddrescue mapfile (latencies are lost).
    bool exportMapfile(const QString& path, bool quiet = false);

Q_SIGNALS:
    void currentPageChanged(const QString& name);

private:
    void showError(const QString& what, const QString& why, bool quiet);
    void syncDrives();
    void syncRemapDevices();
    void showHelperState();
    void showHelperStatus();
    std::shared_ptr<const HealthMap> currentMap() const;

    QStackedWidget* m_stack = nullptr;
    DrivesPage* m_drivesPage = nullptr;
    DrivePage* m_page = nullptr;
    RemapDashboard* m_dashboard = nullptr;
    RescueWizard* m_wizard = nullptr;
    HelperConnection* m_connection = nullptr;
    ManagerClient* m_manager = nullptr;
    DriveListModel* m_drives = nullptr;
    DriveController* m_driveController = nullptr;
    QStringList m_helperDriveNames;
    HealthMapGeometry m_importGeometry{.deviceBytes = 0};
    std::shared_ptr<const HealthMap> m_map;
    QString m_mapPath;
};

} // namespace dmremap::gui
