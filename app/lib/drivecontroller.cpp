#include "drivecontroller.h"

#include "applog.h"
#include "driveclient.h"
#include "drivelistmodel.h"
#include "drivepage.h"
#include "helpererrortext.h"
#include "jobclient.h"
#include "managerclient.h"
#include "scancontrols.h"
#include "scansummary.h"

#include <QDateTime>
#include <QPushButton>
#include <QTimeZone>

namespace dmremap::gui {

DriveController::DriveController(ManagerClient* manager, DrivePage* page, DriveListModel* drives, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_page(page)
    , m_drives(drives)
{
    ScanControls* controls = m_page->scanControls();
    connect(controls, &ScanControls::startRequested, this, &DriveController::startScan);
    connect(controls, &ScanControls::cancelRequested, this, &DriveController::cancelScan);
    connect(controls, &ScanControls::pauseRequested, this, [this](bool pause) {
        if (m_job && m_job->canPause())
            m_job->setPaused(pause);
    });
}

void DriveController::showDrive(const QString& name)
{
    if (name == m_name && m_drive)
        return;
    m_name = name;
    m_map.reset();
    m_job.clear();
    m_page->setDriveTitle(name);
    m_page->setHealthMap(nullptr);
    m_page->setScanHistory({});
    m_page->clearSmartReport();
    m_page->scanControls()->setExportEnabled(false);
    setIdle(tr("Reading the drive's state…"));
    if (DriveClient* d = m_manager->driveByName(name)) {
        bind(d);
        return;
    }
    m_manager->getDrive(
        name, [this, name](DriveClient* d) { if (name == m_name) bind(d); },
        [this, name](const QDBusError& e) {
            if (name == m_name)
                setIdle(HelperErrorText::describe(e));
        });
}

void DriveController::bind(DriveClient* drive)
{
    m_drive = drive;
    disconnect(m_driveConnection);
    auto ready = [this, drive] {
        if (drive != m_drive)
            return;
        const QString model = drive->model();
        m_page->setDriveTitle(model.isEmpty() ? tr("/dev/%1").arg(m_name) : tr("/dev/%1 — %2").arg(m_name, model));
        readSmart();
        if (!drive->scanHistory().isEmpty())
            reloadHealthMap();
        setIdle(drive->scanHistory().isEmpty() ? tr("This drive was never scanned.")
                                               : tr("%n earlier scan(s).", nullptr, int(drive->scanHistory().size())));
    };
    if (drive->isLoaded())
        ready();
    else
        connect(drive, &RemoteObject::loaded, this, ready, Qt::SingleShotConnection);
    m_driveConnection = connect(drive, &RemoteObject::propertiesChanged, this, [this, drive](const QStringList& names) {
        if (drive == m_drive && names.contains(QStringLiteral("ScanHistory")) && !m_job)
            reloadHealthMap();
    });
}

void DriveController::readSmart()
{
    QPointer<DriveClient> drive = m_drive;
    drive->readSmart(
        false,
        [this, drive](const SmartReport& report) {
            if (drive == m_drive)
                m_page->setSmartReport(report);
        },
        [this, drive](const QDBusError& e) {
            if (drive == m_drive)
                m_page->setSmartUnavailable(HelperErrorText::describe(e, HelperErrorText::Action::Smart));
        });
}

void DriveController::reloadHealthMap()
{
    if (!m_drive)
        return;
    QPointer<DriveClient> drive = m_drive;
    drive->fetchHealthMap(
        [this, drive](std::shared_ptr<const HealthMap> map) {
            if (drive != m_drive)
                return;
            m_map = map;
            m_page->setHealthMap(map);
            const auto history = drive->scanHistory();
            const QDateTime when = history.isEmpty()
                                       ? QDateTime()
                                       : QDateTime::fromMSecsSinceEpoch(qint64(history.last() / 1000), QTimeZone::UTC);
            const ScanSummary summary = ScanSummary::of(*map, when);
            m_page->setScanHistory({summary});
            m_page->scanControls()->setExportEnabled(true);
            if (m_drives)
                m_drives->setScanBadUnits(m_name, qint64(summary.badUnits));
            Q_EMIT healthMapLoaded(map);
        },
        [this, drive](const QDBusError& e) {
            if (drive == m_drive)
                qCWarning(lcApp).noquote() << "health map of" << m_name << e.name() << e.message();
        });
}

void DriveController::startScan()
{
    if (!m_drive || m_job)
        return;
    QPointer<DriveClient> drive = m_drive;
    m_page->scanControls()->startButton()->setEnabled(false);
    setIdle(tr("Starting the scan…"));
    drive->startScan(
        m_scanOptions,
        [this, drive](JobClient* job) {
            if (drive != m_drive)
                return;
            follow(job);
            Q_EMIT scanStarted();
        },
        [this, drive](const QDBusError& e) {
            if (drive != m_drive)
                return;
            const QString text = HelperErrorText::describe(e, HelperErrorText::Action::Scan);
            setIdle(text);
            Q_EMIT scanFinished(false, text);
        });
}

void DriveController::cancelScan()
{
    if (m_job)
        m_job->cancel();
}

void DriveController::follow(JobClient* job)
{
    m_job = job;
    showJob();
    connect(job, &RemoteObject::propertiesChanged, this, [this, job] {
        if (job == m_job && !job->isCompleted())
            showJob();
    });
    connect(job, &JobClient::cancelFailed, this, [this](const QDBusError& e) {
        m_page->scanControls()->setIdle(true, HelperErrorText::describe(e));
    });
    // A refused pause: the button goes back to the job's state and the
    // status line says why until the next progress update.
    connect(job, &JobClient::pauseFailed, this, [this, job](const QDBusError& e) {
        if (job != m_job)
            return;
        m_page->scanControls()->setPaused(job->isPaused());
        m_page->scanControls()->setStatusText(HelperErrorText::describe(e));
    });
    connect(job, &JobClient::completed, this, [this, job](bool success, const QString& errorName, const QString& message) {
        if (job != m_job)
            return;
        m_job.clear();
        job->deleteLater();
        QString text;
        if (success)
            text = tr("Scan complete: %n unreadable block(s).", nullptr, int(std::min<quint64>(job->badUnits(), INT_MAX)));
        else if (errorName.endsWith(QStringLiteral(".Cancelled")) || message.contains(QStringLiteral("cancel")))
            text = tr("The scan was cancelled.");
        else
            text = tr("The scan failed: %1").arg(message);
        setIdle(text);
        if (success)
            reloadHealthMap();
        Q_EMIT scanFinished(success, text);
    });
}

void DriveController::showJob()
{
    if (!m_job)
        return;
    ScanControls* controls = m_page->scanControls();
    controls->setPauseSupported(m_job->canPause());
    controls->setRunning(m_job->progress(), m_job->bytesDone(), m_job->bytesTotal(), m_job->rate(),
                         m_job->expectedEndUs(), m_job->badUnits());
    controls->setPaused(m_job->isPaused());
}

void DriveController::setIdle(const QString& status)
{
    m_page->scanControls()->setIdle(m_manager->availability() == ManagerClient::Availability::Available && m_drive,
                                    status);
}

} // namespace dmremap::gui
