#include "freedesktopnotifier.h"

#include <QDBusMessage>
#include <QDBusReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "dmremap.tray.notify")

namespace dmremap::tray {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

FreedesktopNotifier::FreedesktopNotifier(QDBusConnection session, int expireMs, QObject* parent)
    : Notifier(parent)
    , m_bus(std::move(session))
    , m_expireMs(expireMs)
{
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(quint32, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(quint32, quint32)));
}

quint32 FreedesktopNotifier::show(const TrayEvent& event)
{
    const bool critical = event.severity() == TrayEvent::Severity::Critical;
    const QStringList actions{QStringLiteral("default"), event.actionLabel(), QStringLiteral("open"),
                              event.actionLabel(), QStringLiteral("mute"),
                              TrayText::tr("Mute /dev/%1").arg(event.drive)};
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(critical ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("org.dmremap.dmremap"));
    hints.insert(QStringLiteral("category"), critical ? QStringLiteral("device.error") : QStringLiteral("device"));
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << TrayText::tr("dm-remap") << quint32(0) << QStringLiteral("org.dmremap.dmremap") << event.summary()
         << event.body() << actions << hints << qint32(critical ? 0 : m_expireMs);
    const QDBusReply<quint32> reply = m_bus.call(call, QDBus::Block, 5000);
    if (!reply.isValid()) {
        qCWarning(lcNotify) << "Notify failed:" << reply.error().name() << reply.error().message();
        return 0;
    }
    qCDebug(lcNotify) << "notification" << reply.value() << event.key();
    return reply.value();
}

void FreedesktopNotifier::onActionInvoked(quint32 id, const QString& action)
{
    Q_EMIT actionInvoked(id, action);
}

void FreedesktopNotifier::onClosed(quint32 id, quint32)
{
    Q_EMIT closed(id);
}

} // namespace dmremap::tray
