#include "jobclient.h"

#include "dbustypes.h"
#include "helperconnection.h"

#include <QDBusMessage>
#include <QTimer>

namespace dmremap::gui {

JobClient::JobClient(HelperConnection* connection, const QString& path, QObject* parent)
    : RemoteObject(connection, path, dbus::jobInterface, parent)
{
    connectSignal(QStringLiteral("Completed"), SLOT(onCompleted(QDBusMessage)));
    // A job that completed before the subscription: Finished tells.
    connect(this, &RemoteObject::propertiesChanged, this, [this](const QStringList& names) {
        if (!m_completed && names.contains(QStringLiteral("Finished")) && value(QStringLiteral("Finished")).toBool()) {
            // Completed carries the outcome; when it was missed (it came before
            // the subscription), settle on the final properties after a while.
            QTimer::singleShot(1500, this, [this] {
                    if (m_completed)
                        return;
                    m_completed = true;
                    const QVariant success = value(QStringLiteral("Success"));
                    m_success = success.isValid() ? success.toBool()
                                                  : progress() >= 1.0 || phase() == QStringLiteral("done");
                    m_errorName = value(QStringLiteral("ErrorName")).toString();
                    m_message = value(QStringLiteral("Message")).toString();
                    Q_EMIT completed(m_success, m_errorName, m_message);
                });
        }
    });
}

void JobClient::cancel()
{
    connection()->call(path(), interface(), QStringLiteral("Cancel"), {HelperConnection::options()}, this,
                       [this](const HelperReply& r) {
                           if (!r.ok())
                               Q_EMIT cancelFailed(r.error);
                       });
}

void JobClient::setPaused(bool pause)
{
    connection()->call(path(), interface(), pause ? QStringLiteral("Pause") : QStringLiteral("Resume"),
                       {HelperConnection::options()}, this, [this](const HelperReply& r) {
                           if (!r.ok())
                               Q_EMIT pauseFailed(r.error);
                       });
}

void JobClient::onCompleted(const QDBusMessage& message)
{
    if (m_completed)
        return;
    const QVariantList args = message.arguments();
    m_completed = true;
    m_success = !args.isEmpty() && args[0].toBool();
    // (success, message) since the helper's Success/ErrorName/Message
    // properties; (success, error, message) before.
    m_errorName = args.size() >= 3 ? args[1].toString() : value(QStringLiteral("ErrorName")).toString();
    m_message = args.size() >= 2 ? args.last().toString() : QString();
    Q_EMIT completed(m_success, m_errorName, m_message);
}

} // namespace dmremap::gui
