#pragma once

#include "trayevent.h"

#include <QObject>

namespace dmremap::tray {

/// The desktop's notification service, as the tray monitor uses it (the
/// system boundary; FreedesktopNotifier is the real one).
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Shows one notification for the event with two actions: "open" (the
    /// event's page) and "mute" (this drive). Returns the server's id, 0 when
    /// it could not be shown (no server: logged, not fatal).
    virtual quint32 show(const TrayEvent& event) = 0;

Q_SIGNALS:
    /// The user chose `action` ("open", "mute", or "default" for a click on
    /// the notification) of the notification with this id.
    void actionInvoked(quint32 id, const QString& action);
    /// The notification went away (expired, dismissed).
    void closed(quint32 id);
};

} // namespace dmremap::tray
