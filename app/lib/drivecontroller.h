#pragma once

#include "driveclient.h"
#include "jobclient.h"

#include "healthmap/healthmap.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>

#include <memory>

namespace dmremap::gui {

class DriveListModel;
class DrivePage;
class ManagerClient;

/// Connects a DrivePage to one drive of the helper: reads SMART (without
/// waking a sleeping disk), loads the health map of the scan history,
/// starts, follows and cancels scans, and reloads the map when a scan
/// completes. Asynchronous; errors end up as plain words on the page.
class DriveController : public QObject
{
    Q_OBJECT
public:
    DriveController(ManagerClient* manager, DrivePage* page, DriveListModel* drives, QObject* parent = nullptr);

    /// Shows the drive (kernel name) on the page.
    void showDrive(const QString& name);
    QString driveName() const { return m_name; }
    DriveClient* drive() const { return m_drive; }
    JobClient* scanJob() const { return m_job; }
    /// The map on the page (nullptr before one was loaded).
    std::shared_ptr<const HealthMap> healthMap() const { return m_map; }
    /// Scan options for StartScan (Drive.xml keys); empty: the helper's defaults.
    void setScanOptions(const QVariantMap& options) { m_scanOptions = options; }

    void startScan();
    void cancelScan();
    void reloadHealthMap();

Q_SIGNALS:
    /// A scan was started (job) or ended (success, words for the user).
    void scanStarted();
    void scanFinished(bool success, const QString& message);
    void healthMapLoaded(std::shared_ptr<const HealthMap> map);

private:
    void bind(DriveClient* drive);
    void readSmart();
    void follow(JobClient* job);
    void showJob();
    void setIdle(const QString& status);

    ManagerClient* m_manager;
    DrivePage* m_page;
    DriveListModel* m_drives;
    QString m_name;
    QPointer<DriveClient> m_drive;
    QPointer<JobClient> m_job;
    std::shared_ptr<const HealthMap> m_map;
    QVariantMap m_scanOptions;
    QMetaObject::Connection m_driveConnection;
};

} // namespace dmremap::gui
