#pragma once

#include "dbustypes.h"
#include "devicevalidator.h"
#include "helpercontext.h"
#include "job.h"

#include <QDBusContext>
#include <QDBusObjectPath>
#include <QDBusServiceWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <map>
#include <memory>

namespace dmremap::helper {

class Drive;
class MethodCall;
class RemapDevice;

/// The manager object /org/dmremap/Helper1 (org.dmremap.Helper1.Manager)
/// and the registry of every other object: drives, remap devices, jobs
/// (one per device at a time), watchers, the status stream and idle exit.
/// Main thread only.
class Manager : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_PROPERTY(QString Version READ version)
    Q_PROPERTY(bool ModuleLoaded READ moduleLoaded)
    Q_PROPERTY(QString TargetVersion READ targetVersion)
    Q_PROPERTY(QList<QDBusObjectPath> Drives READ drives)
    Q_PROPERTY(QList<QDBusObjectPath> RemapDevices READ remapDevices)
    Q_PROPERTY(QList<QDBusObjectPath> Jobs READ jobs)
    Q_PROPERTY(QList<qulonglong> LatencyBucketLimits READ latencyBucketLimits)
    Q_PROPERTY(uint StatusInterval READ statusInterval)

public:
    explicit Manager(HelperContext& context, QObject* parent = nullptr);
    ~Manager() override;

    /// Exports the objects (before the bus name is requested).
    bool exportObjects();

    QString version() const;
    bool moduleLoaded() const;
    QString targetVersion() const;
    QList<QDBusObjectPath> drives();
    QList<QDBusObjectPath> remapDevices();
    QList<QDBusObjectPath> jobs() const;
    QList<qulonglong> latencyBucketLimits() const;
    uint statusInterval() const { return uint(m_context.statusInterval.count()); }

    const DeviceValidator& validator() const { return m_validator; }
    HelperContext& context() { return m_context; }

    /// The drive object of a validated device, created on first use.
    Drive* drive(const CheckedDevice& device);
    /// Re-reads the list of remap devices from device-mapper.
    void refreshRemapDevices();
    RemapDevice* remapDeviceByName(const QString& dmName) const;
    /// The remap device whose main device is this kernel name, or nullptr.
    RemapDevice* remapDeviceOnMain(const QString& kernelName) const;

    /// Busy when a job works on any of these devices (kernel names).
    Status checkNoJob(const QStringList& devices) const;
    /// Starts a job that holds the devices until it ends.
    Result<Job*> startJob(const QString& operation, const QString& objectPath, const QStringList& devices,
                          uint uid, Job::Work work);

    /// Ensures the remap target is registered, loading the module if needed.
    Status ensureModule();

    /// Something happened: postpone the idle exit.
    void touch() { m_context.lastActivity = std::chrono::steady_clock::now(); }

public Q_SLOTS:
    void LoadModule(const QVariantMap& options);
    QDBusObjectPath GetDrive(const QString& name, const QVariantMap& options);
    QDBusObjectPath FormatSpare(const QString& main, const QString& spare, const QVariantMap& options);
    QDBusObjectPath CreateRemapDevice(const QString& main, const QString& spare, const QVariantMap& options);
    void Watch(const QVariantMap& options);
    void Unwatch(const QVariantMap& options);

private:
    struct Pair {
        CheckedDevice main;
        CheckedDevice spare;
    };
    /// The arguments alone (checked before polkit, looks at no device):
    /// InvalidArgument unless both are kernel device names and differ.
    static Status checkPairArguments(const QString& main, const QString& spare);
    /// Both devices resolve and the spare is distinct from the main device
    /// (state: only after polkit said yes).
    Result<Pair> validatePair(const QString& main, const QString& spare) const;
    void createRemapDevice(MethodCall& call, const QString& name, const Pair& pair, bool format, quint32 unitBytes,
                           quint32 readRetries, bool noAutoRemap);
    void pollStatus();
    void checkIdle();
    void updateStreaming();
    void jobEnded(Job* job);
    void announce(const char* property);

    HelperContext& m_context;
    DeviceValidator m_validator;
    std::map<QString, Drive*> m_drives; // by kernel name; children of this
    std::map<QString, RemapDevice*> m_devices; // by device-mapper name
    std::map<QString, Job*> m_jobsByDevice; // kernel name -> running job
    QList<Job*> m_jobs;
    quint64 m_nextJob = 1;
    QDBusServiceWatcher m_watcher;
    QSet<QString> m_watchers;
    QTimer m_pollTimer;
    QTimer m_idleTimer;
    bool m_exiting = false;
};

} // namespace dmremap::helper
