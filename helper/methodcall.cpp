#include "methodcall.h"

#include "dbuserror.h"
#include "helperlog.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace dmremap::helper {

void emitPropertiesChanged(const HelperContext& context, const QString& path, const QString& interface,
                           const QVariantMap& changed)
{
    if (changed.isEmpty() || !context.connection.isConnected())
        return;
    QDBusMessage signal = QDBusMessage::createSignal(path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                                     QStringLiteral("PropertiesChanged"));
    signal << interface << changed << QStringList{};
    context.connection.send(signal);
}

MethodCall::MethodCall(QDBusContext& dbus, HelperContext& context, const char* method)
    : m_dbus(dbus)
    , m_context(context)
    , m_method(method)
{
}

std::optional<Options> MethodCall::parse(const QVariantMap& options, std::initializer_list<Options::Key> keys)
{
    auto parsed = Options::parse(options, keys);
    if (!parsed) {
        fail(parsed.status());
        return std::nullopt;
    }
    return std::move(parsed.value());
}

bool MethodCall::check(const Status& status)
{
    return status.ok() || fail(status);
}

bool MethodCall::fail(const Status& status)
{
    if (status.ok())
        return true;
    const QString message = QString::fromStdString(status.message());
    qCDebug(dmremapHelper, "%s from %s (uid %u): %s", m_method, qPrintable(caller()), callerUid(),
            qPrintable(message));
    if (m_dbus.calledFromDBus())
        m_dbus.sendErrorReply(dbus::dbusErrorName(status.error()), message);
    return false;
}

bool MethodCall::authorize(const char* verb, const Options& options)
{
    if (!m_dbus.calledFromDBus())
        return true;
    const QString action = QStringLiteral("org.dmremap.helper.") + QLatin1String(verb);
    const auto result = m_context.authorizer->check(action, caller(), !options.noUserInteraction());
    if (result == Authorizer::Result::Yes)
        return true;
    if (result == Authorizer::Result::Error) {
        m_dbus.sendErrorReply(dbus::dbusErrorName(Error::Failed),
                              QStringLiteral("Could not ask polkit whether %1 is allowed").arg(action));
        return false;
    }
    qCInfo(dmremapHelper, "%s: uid %u (%s) is not authorized for %s", m_method, callerUid(), qPrintable(caller()),
           qPrintable(action));
    m_dbus.sendErrorReply(dbus::notAuthorizedErrorName(), QStringLiteral("Not authorized for %1").arg(action));
    return false;
}

QString MethodCall::caller() const
{
    return m_dbus.calledFromDBus() ? m_dbus.message().service() : QString();
}

uint MethodCall::callerUid() const
{
    if (!m_dbus.calledFromDBus())
        return 0;
    return m_dbus.connection().interface()->serviceUid(m_dbus.message().service()).value();
}

} // namespace dmremap::helper
