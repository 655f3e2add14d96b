#pragma once

#include "remoteobject.h"

namespace dmremap::gui {

/// A helper job (org.dmremap.Helper1.Job: scan, rescue, format): progress
/// from its properties, Cancel(), and the Completed(success, message)
/// signal; the error name comes from the ErrorName property. When Completed
/// was missed (the job ended before the subscription), the outcome is read
/// from Finished/Success/ErrorName/Message. The helper removes the object
/// 10 s after it completes.
class JobClient : public RemoteObject
{
    Q_OBJECT
public:
    JobClient(HelperConnection* connection, const QString& path, QObject* parent = nullptr);

    QString operation() const { return value(QStringLiteral("Operation")).toString(); }
    double progress() const { return value(QStringLiteral("Progress")).toDouble(); } ///< 0..1
    quint64 bytesDone() const { return value(QStringLiteral("BytesDone")).toULongLong(); }
    quint64 bytesTotal() const { return value(QStringLiteral("BytesTotal")).toULongLong(); }
    quint64 rate() const { return value(QStringLiteral("Rate")).toULongLong(); } ///< bytes per second, 0 unknown
    /// Expected end, Unix time in microseconds; 0 unknown.
    quint64 expectedEndUs() const { return value(QStringLiteral("ExpectedEndTime")).toULongLong(); }
    quint64 badUnits() const { return value(QStringLiteral("BadUnits")).toULongLong(); }
    QString phase() const { return value(QStringLiteral("Phase")).toString(); }
    bool isFinished() const { return m_completed || value(QStringLiteral("Finished")).toBool(); }

    void cancel();

    /// Whether the helper can pause this job: a scan, on a helper whose jobs
    /// have the Paused property (Job.Pause/Resume).
    bool canPause() const
    {
        return operation() == QLatin1String("scan") && value(QStringLiteral("Paused")).isValid();
    }
    bool isPaused() const { return value(QStringLiteral("Paused")).toBool(); }
    /// Job.Pause() (pause true) or Job.Resume(); the Paused property follows.
    /// A refusal (not authorized, not supported) comes as pauseFailed.
    void setPaused(bool pause);

    /// True once Completed came; then success()/errorName()/message() hold it.
    bool isCompleted() const { return m_completed; }
    bool success() const { return m_success; }
    QString errorName() const { return m_errorName; }
    QString message() const { return m_message; }

Q_SIGNALS:
    /// errorName is "" on success, else org.dmremap.Helper1.Error.*.
    void completed(bool success, const QString& errorName, const QString& message);
    void cancelFailed(const QDBusError& error);
    void pauseFailed(const QDBusError& error);

private Q_SLOTS:
    void onCompleted(const QDBusMessage& message);

private:
    bool m_completed = false;
    bool m_success = false;
    QString m_errorName;
    QString m_message;
};

} // namespace dmremap::gui
