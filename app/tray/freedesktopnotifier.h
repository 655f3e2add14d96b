#pragma once

#include "notifier.h"

#include <QDBusConnection>

namespace dmremap::tray {

/// Notifications through org.freedesktop.Notifications on the session bus
/// (Desktop Notifications Specification 1.2, "Notify", "ActionInvoked",
/// "NotificationClosed"; https://specifications.freedesktop.org/notification-spec/).
/// Critical events get urgency 2 and expire_timeout 0 (they stay until
/// dismissed); normal ones urgency 1 and expireMs. Calls are synchronous
/// with a short timeout (the server answers at once).
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QDBusConnection session, int expireMs = 10000, QObject* parent = nullptr);
    quint32 show(const TrayEvent& event) override;

private Q_SLOTS:
    void onActionInvoked(quint32 id, const QString& action);
    void onClosed(quint32 id, quint32 reason);

private:
    QDBusConnection m_bus;
    int m_expireMs;
};

} // namespace dmremap::tray
