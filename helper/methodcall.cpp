#include "methodcall.h"

#include "dbuserror.h"
#include "helperlog.h"

#include <QDBusConnectionInterface>

#include <optional>

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

struct MethodCall::State {
    HelperContext& context;
    const char* method;
    bool fromDBus;
    QDBusConnection connection;
    QDBusMessage message;
    bool replied = false;
    mutable std::optional<uint> uid;

    State(HelperContext& c, const char* m, bool d, QDBusConnection conn, QDBusMessage msg)
        : context(c)
        , method(m)
        , fromDBus(d)
        , connection(std::move(conn))
        , message(std::move(msg))
    {
        ++context.callsInFlight;
        context.lastActivity = std::chrono::steady_clock::now();
    }
    State(const State&) = delete;
    State& operator=(const State&) = delete;

    void send(const QDBusMessage& answer)
    {
        if (replied)
            return;
        replied = true;
        if (fromDBus)
            connection.send(answer);
    }

    ~State()
    {
        --context.callsInFlight;
        context.lastActivity = std::chrono::steady_clock::now();
        if (replied || !fromDBus)
            return;
        // A path of the method that forgot to answer: never leave the caller waiting.
        qCWarning(dmremapHelper, "%s: no reply was sent; answering Failed", method);
        connection.send(message.createErrorReply(dbus::dbusErrorName(Error::Failed),
                                                 QStringLiteral("internal error: %1 did not answer")
                                                     .arg(QLatin1String(method))));
    }
};

MethodCall::MethodCall(QDBusContext& dbus, HelperContext& context, const char* method)
{
    const bool fromDBus = dbus.calledFromDBus();
    if (fromDBus) {
        dbus.setDelayedReply(true);
        m_state = std::make_shared<State>(context, method, true, dbus.connection(), dbus.message());
    } else {
        m_state = std::make_shared<State>(context, method, false, QDBusConnection(QString()), QDBusMessage());
    }
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
    qCDebug(dmremapHelper, "%s from %s (uid %u): %s", method(), qPrintable(caller()), callerUid(),
            qPrintable(message));
    if (m_state->fromDBus)
        m_state->send(m_state->message.createErrorReply(dbus::dbusErrorName(status.error()), message));
    m_state->replied = true;
    return false;
}

void MethodCall::reply(const QVariant& value)
{
    if (!m_state->fromDBus) {
        m_state->replied = true;
        return;
    }
    m_state->send(value.isValid() ? m_state->message.createReply(value) : m_state->message.createReply());
}

void MethodCall::finish(const Status& status)
{
    if (check(status))
        reply();
}

void MethodCall::authorize(QObject* object, const char* verb, const Options& options,
                           std::function<void(MethodCall&)> then)
{
    if (!m_state->fromDBus) {
        then(*this);
        return;
    }
    const QString action = QStringLiteral("org.dmremap.helper.") + QLatin1String(verb);
    QPointer<QObject> guard(object);
    MethodCall call = *this;
    m_state->context.authorizer->check(
        action, caller(), !options.noUserInteraction(),
        [call, guard, action, then = std::move(then)](Authorizer::Result result) mutable {
            if (result == Authorizer::Result::Error) {
                call.fail(Status{Error::Failed, "could not ask polkit whether " + action.toStdString() +
                                                    " is allowed"});
                return;
            }
            if (result == Authorizer::Result::No) {
                qCInfo(dmremapHelper, "%s: uid %u (%s) is not authorized for %s", call.method(), call.callerUid(),
                       qPrintable(call.caller()), qPrintable(action));
                call.m_state->send(call.m_state->message.createErrorReply(
                    dbus::notAuthorizedErrorName(), QStringLiteral("Not authorized for %1").arg(action)));
                return;
            }
            if (!guard) {
                call.fail(Status{Error::NotFound, "the object went away while polkit was asked"});
                return;
            }
            then(call);
        });
}

QString MethodCall::caller() const
{
    return m_state->fromDBus ? m_state->message.service() : QString();
}

uint MethodCall::callerUid() const
{
    if (!m_state->fromDBus)
        return 0;
    if (!m_state->uid) {
        // A caller that left has no uid: never mistake it for root.
        const auto uid = m_state->connection.interface()->serviceUid(m_state->message.service());
        m_state->uid = uid.isValid() ? uid.value() : uint(-1);
    }
    return *m_state->uid;
}

const char* MethodCall::method() const
{
    return m_state->method;
}

bool MethodCall::replied() const
{
    return m_state->replied;
}

} // namespace dmremap::helper
