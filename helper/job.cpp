#include "job.h"

#include "dbuserror.h"
#include "dbustypes.h"
#include "helperlog.h"
#include "jobadaptor.h"
#include "methodcall.h"

#include <QDateTime>

namespace dmremap::helper {

Job::Job(HelperContext& context, quint64 number, QString operation, QString objectPath, QString deviceName,
         uint uid, Work work, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_path(dbus::managerPath + QStringLiteral("/jobs/") + QString::number(number))
    , m_operation(std::move(operation))
    , m_objectPath(std::move(objectPath))
    , m_deviceName(std::move(deviceName))
    , m_uid(uid)
    , m_work(std::move(work))
{
    new JobAdaptor(this);
    m_progressTimer.setTimerType(Qt::PreciseTimer);
    m_progressTimer.setInterval(context.statusInterval);
    connect(&m_progressTimer, &QTimer::timeout, this, &Job::publishProgress);
}

Job::~Job()
{
    m_control.cancel();
    if (m_thread.joinable())
        m_thread.join();
    if (m_context.connection.isConnected())
        m_context.connection.unregisterObject(m_path);
}

bool Job::start()
{
    if (m_context.connection.isConnected() &&
        !m_context.connection.registerObject(m_path, this, QDBusConnection::ExportAdaptors))
        return false;
    m_startTime = static_cast<qulonglong>(QDateTime::currentMSecsSinceEpoch()) * 1000;
    qCInfo(dmremapHelper, "job %s: %s of %s started by uid %u", qPrintable(m_path), qPrintable(m_operation),
           qPrintable(m_deviceName), m_uid);
    m_progressTimer.start();
    m_thread = std::thread([this] {
        Status s = m_control.cancelled() ? Status{Error::Cancelled, "cancelled before it started"} : m_work(m_control);
        if (s.ok() && m_control.cancelled())
            s = Status{Error::Cancelled, m_operation.toStdString() + " cancelled"};
        QMetaObject::invokeMethod(this, [this, s] { finish(s); }, Qt::QueuedConnection);
    });
    return true;
}

double Job::progressFraction() const
{
    if (m_finished)
        return 1.0;
    return m_shown.bytesTotal ? std::min(1.0, double(m_shown.bytesDone) / double(m_shown.bytesTotal)) : 0.0;
}

qulonglong Job::expectedEndTime() const
{
    if (m_shown.secondsLeft < 0 || m_finished)
        return 0;
    return static_cast<qulonglong>(QDateTime::currentMSecsSinceEpoch() + m_shown.secondsLeft * 1000) * 1000;
}

void Job::publishProgress()
{
    const JobProgress p = m_control.progress();
    if (p == m_shown)
        return;
    QVariantMap changed;
    if (p.bytesDone != m_shown.bytesDone)
        changed.insert(QStringLiteral("BytesDone"), qulonglong(p.bytesDone));
    if (p.bytesTotal != m_shown.bytesTotal)
        changed.insert(QStringLiteral("BytesTotal"), qulonglong(p.bytesTotal));
    if (p.rate != m_shown.rate)
        changed.insert(QStringLiteral("Rate"), qulonglong(p.rate));
    if (p.phase != m_shown.phase)
        changed.insert(QStringLiteral("Phase"), QString::fromStdString(p.phase));
    if (p.badUnits != m_shown.badUnits)
        changed.insert(QStringLiteral("BadUnits"), qulonglong(p.badUnits));
    m_shown = p;
    changed.insert(QStringLiteral("Progress"), progressFraction());
    changed.insert(QStringLiteral("ExpectedEndTime"), expectedEndTime());
    emitPropertiesChanged(m_context, m_path, dbus::jobInterface, changed);
}

void Job::finish(const Status& status)
{
    if (m_thread.joinable())
        m_thread.join();
    publishProgress();
    m_progressTimer.stop();
    m_finished = true;
    m_success = status.ok();
    m_errorName = status.ok() ? QString() : dbus::dbusErrorName(status.error());
    m_message = QString::fromStdString(status.ok() ? m_control.message() : status.message());
    emitPropertiesChanged(m_context, m_path, dbus::jobInterface,
                          {{QStringLiteral("Finished"), true},
                           {QStringLiteral("Paused"), false},
                           {QStringLiteral("Success"), m_success},
                           {QStringLiteral("ErrorName"), m_errorName},
                           {QStringLiteral("Message"), m_message},
                           {QStringLiteral("Progress"), 1.0},
                           {QStringLiteral("ExpectedEndTime"), qulonglong(0)}});
    qCInfo(dmremapHelper, "job %s: %s of %s %s: %s", qPrintable(m_path), qPrintable(m_operation),
           qPrintable(m_deviceName), status.ok() ? "succeeded" : "failed", qPrintable(m_message));
    Q_EMIT Completed(m_success, m_message);
    Q_EMIT ended(this);
    QTimer::singleShot(m_context.jobLinger, this, &QObject::deleteLater);
}

void Job::byStarterOrAuthorized(const char* method, const QVariantMap& options,
                                std::function<void(MethodCall&)> act)
{
    MethodCall call(*this, m_context, method);
    auto o = call.parse(options);
    if (!o)
        return;
    // The starter may always stop or pause its own job (who calls is no
    // state of the system); anyone else needs the action.
    const uint uid = call.callerUid();
    if (uid == m_uid && uid != uint(-1))
        act(call);
    else
        call.authorized(this, "cancel-job", *o, std::move(act));
}

void Job::Cancel(const QVariantMap& options)
{
    byStarterOrAuthorized("Job.Cancel", options, [this](MethodCall& c) {
        if (m_finished) {
            c.fail(Status{Error::Failed, "the job has finished"});
            return;
        }
        qCInfo(dmremapHelper, "job %s: cancelled by uid %u", qPrintable(m_path), c.callerUid());
        m_control.cancel();
        c.reply();
    });
}

void Job::Pause(const QVariantMap& options)
{
    byStarterOrAuthorized("Job.Pause", options, [this](MethodCall& c) { setPaused(c, true); });
}

void Job::Resume(const QVariantMap& options)
{
    byStarterOrAuthorized("Job.Resume", options, [this](MethodCall& c) { setPaused(c, false); });
}

void Job::setPaused(MethodCall& call, bool paused)
{
    if (m_finished) {
        call.fail(Status{Error::Failed, "the job has finished"});
        return;
    }
    const bool before = m_control.paused();
    if (!call.check(m_control.setPaused(paused)))
        return;
    if (before != paused) {
        qCInfo(dmremapHelper, "job %s: %s by uid %u", qPrintable(m_path), paused ? "paused" : "resumed",
               call.callerUid());
        emitPropertiesChanged(m_context, m_path, dbus::jobInterface, {{QStringLiteral("Paused"), paused}});
    }
    call.reply();
}

} // namespace dmremap::helper
