#include "helperconnection.h"

#include "dbustypes.h"

#include <QDBusArgument>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QPointer>

namespace dmremap::gui {

QVariant HelperReply::argument(int i) const
{
    const QVariantList args = message.arguments();
    return i < args.size() ? args[i] : QVariant();
}

QStringList toPathList(const QVariant& value)
{
    QStringList paths;
    if (value.canConvert<QDBusArgument>() && value.userType() == qMetaTypeId<QDBusArgument>()) {
        for (const QDBusObjectPath& p : qdbus_cast<QList<QDBusObjectPath>>(value.value<QDBusArgument>()))
            paths.append(p.path());
    } else if (value.userType() == qMetaTypeId<QList<QDBusObjectPath>>()) {
        for (const QDBusObjectPath& p : value.value<QList<QDBusObjectPath>>())
            paths.append(p.path());
    } else if (value.userType() == qMetaTypeId<QDBusObjectPath>()) {
        paths.append(value.value<QDBusObjectPath>().path());
    } else {
        paths = value.toStringList();
    }
    return paths;
}

QList<qulonglong> toULongLongList(const QVariant& value)
{
    if (value.userType() == qMetaTypeId<QDBusArgument>())
        return qdbus_cast<QList<qulonglong>>(value.value<QDBusArgument>());
    return value.value<QList<qulonglong>>();
}

QVariantMap toVariantMap(const QVariant& value)
{
    if (value.userType() == qMetaTypeId<QDBusArgument>())
        return qdbus_cast<QVariantMap>(value.value<QDBusArgument>());
    return value.toMap();
}

HelperConnection::HelperConnection(QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
    dbus::registerTypes();
}

void HelperConnection::call(const QString& path, const QString& interface, const QString& method,
                            const QVariantList& args, QObject* context, Callback done)
{
    if (!m_bus.isConnected()) {
        // QtDBus gives a null pending call here whose watcher never fires.
        QMetaObject::invokeMethod(
            this,
            [guard = QPointer<QObject>(context), hasContext = context != nullptr, done = std::move(done)] {
                if ((hasContext && !guard) || !done)
                    return;
                HelperReply reply;
                reply.error = QDBusError(QDBusError::Disconnected, QStringLiteral("Not connected to the system bus"));
                done(reply);
            },
            Qt::QueuedConnection);
        return;
    }
    QDBusMessage message = QDBusMessage::createMethodCall(dbus::serviceName, path, interface, method);
    message.setArguments(args);
    message.setInteractiveAuthorizationAllowed(true);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, callTimeoutMs), this);
    QPointer<QObject> guard(context);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [guard, hasContext = context != nullptr, done = std::move(done)](QDBusPendingCallWatcher* w) {
                w->deleteLater();
                if (hasContext && !guard)
                    return;
                HelperReply reply;
                if (w->isError())
                    reply.error = w->error();
                else
                    reply.message = w->reply();
                if (done)
                    done(reply);
            });
}

void HelperConnection::getAll(const QString& path, const QString& interface, QObject* context,
                              std::function<void(const QVariantMap&, const QDBusError&)> done)
{
    call(path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("GetAll"), {interface}, context,
         [done = std::move(done)](const HelperReply& r) {
             done(r.ok() ? toVariantMap(r.argument(0)) : QVariantMap(), r.error);
         });
}

QVariantMap HelperConnection::options(QVariantMap extra)
{
    extra.insert(QStringLiteral("auth.no_user_interaction"), false);
    return extra;
}

} // namespace dmremap::gui
