#include "polkitauthorizer.h"

#include "helperlog.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>

#include <climits>

namespace dmremap::helper {

namespace {

using Details = QMap<QString, QString>; // a{ss}

/// polkit's Subject, (sa{sv}): kind "system-bus-name", details {"name": <s>}.
struct BusNameSubject {
    QString name;
};

QDBusArgument& operator<<(QDBusArgument& arg, const BusNameSubject& s)
{
    arg.beginStructure();
    arg << QStringLiteral("system-bus-name") << QVariantMap{{QStringLiteral("name"), s.name}};
    arg.endStructure();
    return arg;
}

const QDBusArgument& operator>>(const QDBusArgument& arg, BusNameSubject& s)
{
    QString kind;
    QVariantMap details;
    arg.beginStructure();
    arg >> kind >> details;
    arg.endStructure();
    s.name = details.value(QStringLiteral("name")).toString();
    return arg;
}

// CheckAuthorization flags (polkit's PolkitCheckAuthorizationFlags).
constexpr uint allowUserInteractionFlag = 0x1;
// Without user interaction polkit answers at once; with it, an administrator
// may take long to type the password: wait as long as polkit does.
constexpr int quickTimeoutMs = 60 * 1000;
constexpr int interactiveTimeoutMs = INT_MAX;

} // namespace

} // namespace dmremap::helper

Q_DECLARE_METATYPE(dmremap::helper::BusNameSubject)

namespace dmremap::helper {

PolkitAuthorizer::PolkitAuthorizer(QDBusConnection bus)
    : m_bus(std::move(bus))
{
    qDBusRegisterMetaType<BusNameSubject>();
    qDBusRegisterMetaType<Details>();
}

void PolkitAuthorizer::check(const QString& actionId, const QString& busName, bool allowUserInteraction, Done done)
{
    static quint64 nextId = 1;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.PolicyKit1"), QStringLiteral("/org/freedesktop/PolicyKit1/Authority"),
        QStringLiteral("org.freedesktop.PolicyKit1.Authority"), QStringLiteral("CheckAuthorization"));
    call << QVariant::fromValue(BusNameSubject{busName}) << actionId << QVariant::fromValue(Details{})
         << uint(allowUserInteraction ? allowUserInteractionFlag : 0)
         << QStringLiteral("dmremap-%1").arg(nextId++);
    auto* watcher = new QDBusPendingCallWatcher(
        m_bus.asyncCall(call, allowUserInteraction ? interactiveTimeoutMs : quickTimeoutMs));
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
                     [watcher, actionId, busName, done = std::move(done)] {
                         watcher->deleteLater();
                         const QDBusMessage reply = watcher->reply();
                         if (reply.type() != QDBusMessage::ReplyMessage || reply.signature() != QLatin1String("(bba{ss})")) {
                             qCWarning(dmremapHelper, "polkit check of %s for %s failed: %s %s",
                                       qPrintable(actionId), qPrintable(busName), qPrintable(reply.errorName()),
                                       qPrintable(reply.errorMessage()));
                             done(Result::Error);
                             return;
                         }
                         // (bba{ss}): is_authorized, is_challenge, details.
                         bool authorized = false, challenge = false;
                         Details details;
                         const auto arg = reply.arguments().constFirst().value<QDBusArgument>();
                         arg.beginStructure();
                         arg >> authorized >> challenge >> details;
                         arg.endStructure();
                         // A challenge without authorization: a password is needed
                         // and the caller did not let us ask for it.
                         done(authorized ? Result::Yes : Result::No);
                     });
}

} // namespace dmremap::helper
