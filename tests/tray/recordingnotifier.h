#pragma once

// Test support of tests/tray: the notification service replaced by a list
// (the tests of the real one are tst_traynotify and notify-session.sh).

#include "notifier.h"

namespace dmremap::test {

/// Shows nothing; records each event and returns its position (1, 2, ...)
/// as the notification id. invoke() plays the server's ActionInvoked.
class RecordingNotifier : public tray::Notifier
{
public:
    quint32 show(const tray::TrayEvent& event) override
    {
        shown << event;
        return quint32(shown.size());
    }
    void invoke(quint32 id, const QString& action) { Q_EMIT actionInvoked(id, action); }
    QList<tray::TrayEvent> shown;
};

} // namespace dmremap::test
