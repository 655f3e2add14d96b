#pragma once

#include "error/status.h"
#include "helpercontext.h"
#include "jobcontrol.h"

#include <QDBusContext>
#include <QDBusObjectPath>
#include <QObject>
#include <QTimer>

#include <functional>
#include <thread>

namespace dmremap::helper {

class MethodCall;

/// A long operation (scan, rescue, format) exported at
/// /org/dmremap/Helper1/jobs/<n> with org.dmremap.Helper1.Job. The work
/// runs on its own thread; progress reaches the bus as PropertiesChanged at
/// most once per HelperContext::statusInterval. When the work ends, Finished,
/// Success, ErrorName and Message are set (one PropertiesChanged), then
/// Completed(success, message) is emitted; the object lingers for
/// HelperContext::jobLinger, then unregisters and deletes itself.
class Job : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_PROPERTY(QString Operation READ operation)
    Q_PROPERTY(QDBusObjectPath Object READ object)
    Q_PROPERTY(QString DeviceName READ deviceName)
    Q_PROPERTY(uint StartedByUid READ startedByUid)
    Q_PROPERTY(qulonglong StartTime READ startTime)
    Q_PROPERTY(double Progress READ progressFraction)
    Q_PROPERTY(qulonglong BytesDone READ bytesDone)
    Q_PROPERTY(qulonglong BytesTotal READ bytesTotal)
    Q_PROPERTY(qulonglong Rate READ rate)
    Q_PROPERTY(qulonglong ExpectedEndTime READ expectedEndTime)
    Q_PROPERTY(QString Phase READ phase)
    Q_PROPERTY(qulonglong BadUnits READ badUnits)
    Q_PROPERTY(bool Paused READ paused)
    Q_PROPERTY(bool Finished READ finished)
    Q_PROPERTY(bool Success READ success)
    Q_PROPERTY(QString ErrorName READ errorName)
    Q_PROPERTY(QString Message READ message)

public:
    /// The work; returns its outcome. Runs on the job's thread.
    using Work = std::function<Status(JobControl&)>;

    Job(HelperContext& context, quint64 number, QString operation, QString objectPath, QString deviceName,
        uint uid, Work work, QObject* parent = nullptr);
    ~Job() override;

    QString path() const { return m_path; }
    /// Registers the object and starts the thread.
    bool start();

    QString operation() const { return m_operation; }
    QDBusObjectPath object() const { return QDBusObjectPath(m_objectPath); }
    QString deviceName() const { return m_deviceName; }
    uint startedByUid() const { return m_uid; }
    qulonglong startTime() const { return m_startTime; }
    double progressFraction() const;
    qulonglong bytesDone() const { return m_shown.bytesDone; }
    qulonglong bytesTotal() const { return m_shown.bytesTotal; }
    qulonglong rate() const { return m_shown.rate; }
    qulonglong expectedEndTime() const;
    QString phase() const { return QString::fromStdString(m_shown.phase); }
    qulonglong badUnits() const { return m_shown.badUnits; }
    bool paused() const { return !m_finished && m_control.paused(); }
    bool finished() const { return m_finished; }
    bool success() const { return m_success; }
    QString errorName() const { return m_errorName; }
    QString message() const { return m_message; }

public Q_SLOTS:
    void Cancel(const QVariantMap& options);
    void Pause(const QVariantMap& options);
    void Resume(const QVariantMap& options);

Q_SIGNALS:
    void Completed(bool success, const QString& message);
    /// Internal: the work ended (before the linger time).
    void ended(dmremap::helper::Job* job);

private:
    void publishProgress();
    /// Runs act for the job's starter at once, for anyone else once polkit
    /// allows org.dmremap.helper.cancel-job (Cancel, Pause, Resume).
    void byStarterOrAuthorized(const char* method, const QVariantMap& options,
                               std::function<void(MethodCall&)> act);
    void setPaused(MethodCall& call, bool paused);
    void finish(const Status& status);

    HelperContext& m_context;
    QString m_path;
    QString m_operation;
    QString m_objectPath;
    QString m_deviceName;
    uint m_uid;
    qulonglong m_startTime = 0;
    Work m_work;
    JobControl m_control;
    JobProgress m_shown;
    bool m_finished = false;
    bool m_success = false;
    QString m_errorName;
    QString m_message;
    QTimer m_progressTimer;
    std::thread m_thread;
};

} // namespace dmremap::helper
