#include "client.h"
#include "ctltr.h"

#include "dbuserror.h"
#include "dbustypes.h"
#include "output.h"

#include <QDBusMessage>
#include <QDBusVariant>
#include <QDateTime>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <cstdio>

namespace dmremapctl {

using namespace dmremap;

Client::Client(bool json, bool noInteraction)
    : m_connection(QDBusConnection::systemBus())
    , m_json(json)
    , m_noInteraction(noInteraction)
{
    // A scan or format waits on the job; method calls themselves may wait
    // for a polkit password prompt.
}

QVariantMap Client::options(QVariantMap extra) const
{
    if (m_noInteraction)
        extra.insert(QStringLiteral("auth.no_user_interaction"), true);
    return extra;
}

std::optional<QVariantMap> Client::properties(const QString& path, const QString& interface, QDBusError& error)
{
    QDBusMessage call = QDBusMessage::createMethodCall(dbus::serviceName, path,
                                                       QStringLiteral("org.freedesktop.DBus.Properties"),
                                                       QStringLiteral("GetAll"));
    call << interface;
    const QDBusMessage reply = m_connection.call(call);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        error = QDBusError(reply);
        return std::nullopt;
    }
    return qdbus_cast<QVariantMap>(reply.arguments().value(0));
}

std::optional<QString> Client::drivePath(const QString& name, QDBusError& error)
{
    QDBusMessage call = QDBusMessage::createMethodCall(dbus::serviceName, dbus::managerPath, dbus::managerInterface,
                                                       QStringLiteral("GetDrive"));
    call << name << options();
    const QDBusMessage reply = m_connection.call(call);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        error = QDBusError(reply);
        return std::nullopt;
    }
    return qvariant_cast<QDBusObjectPath>(reply.arguments().value(0)).path();
}

namespace {

/// Receives the job's signals (QtDBus delivers them to slots).
class JobWatcher : public QObject
{
    Q_OBJECT
public:
    QEventLoop loop;
    bool done = false;
    bool success = false;
    QString error;
    QString message;
    bool quiet = false;
    qint64 lastPrint = 0;

    /// The outcome from the job's properties, when it has finished.
    void finishedFrom(const QVariantMap& props)
    {
        if (done || !props.value(QStringLiteral("Finished")).toBool())
            return;
        done = true;
        success = props.value(QStringLiteral("Success")).toBool();
        error = props.value(QStringLiteral("ErrorName")).toString();
        message = props.value(QStringLiteral("Message")).toString();
        loop.quit();
    }

public Q_SLOTS:
    void completed(bool ok, const QString& msg)
    {
        if (done)
            return;
        done = true;
        success = ok;
        message = msg;
        loop.quit();
    }
    void changed(const QString& interface, const QVariantMap& props, const QStringList&)
    {
        Q_UNUSED(interface)
        // The outcome properties come in the PropertiesChanged before Completed.
        if (props.contains(QStringLiteral("ErrorName")))
            error = props.value(QStringLiteral("ErrorName")).toString();
        if (quiet || !props.contains(QStringLiteral("Progress")))
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - lastPrint < 1000)
            return;
        lastPrint = now;
        std::fprintf(stderr, "  %5.1f %%  %s\n", props.value(QStringLiteral("Progress")).toDouble() * 100,
                     qPrintable(props.value(QStringLiteral("Phase")).toString()));
    }
};

} // namespace

int Client::waitForJob(const QString& jobPath, QString* message)
{
    JobWatcher w;
    w.quiet = m_json;
    m_connection.connect(dbus::serviceName, jobPath, dbus::jobInterface, QStringLiteral("Completed"), &w,
                         SLOT(completed(bool, QString)));
    m_connection.connect(dbus::serviceName, jobPath, QStringLiteral("org.freedesktop.DBus.Properties"),
                         QStringLiteral("PropertiesChanged"), &w, SLOT(changed(QString, QVariantMap, QStringList)));
    // The job may have finished before we subscribed: its object lingers
    // with the outcome in its properties. Read them now and every 2 s (in
    // case a signal is lost); a job object that vanished is a failure.
    const auto readOutcome = [&] {
        QDBusError e;
        auto props = properties(jobPath, dbus::jobInterface, e);
        if (props) {
            w.finishedFrom(*props);
        } else if (!w.done) {
            w.done = true;
            w.success = false;
            w.error = e.name();
            w.message = Tr::tr("the job vanished before its outcome was seen");
            w.loop.quit();
        }
    };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &w, readOutcome);
    poll.start(2000);
    readOutcome();
    if (!w.done)
        w.loop.exec();
    if (!w.success && w.error.isEmpty()) {
        // Completed came without the PropertiesChanged before it: ask.
        QDBusError e;
        if (auto props = properties(jobPath, dbus::jobInterface, e))
            w.error = props->value(QStringLiteral("ErrorName")).toString();
    }
    if (message)
        *message = w.message;
    if (w.success)
        return Ok;
    return w.error.startsWith(QLatin1String("org.dmremap.")) ? exitCodeOfName(w.error) : int(Unavailable);
}

} // namespace dmremapctl

#include "client.moc"
