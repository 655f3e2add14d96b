#pragma once

#include "authorizer.h"

#include <QDBusConnection>

namespace dmremap::helper {

/// Authorizer through polkitd's D-Bus API
/// (org.freedesktop.PolicyKit1.Authority.CheckAuthorization), one
/// asynchronous call per check. Subject: the caller's system bus name, so
/// polkit resolves its pid, uid and session race-free.
///
/// Not polkit-qt6: its asynchronous Authority::checkAuthorization reports
/// every result through one checkAuthorizationFinished(Result) signal with
/// no request identity (and emits nothing when a check fails), so two
/// checks in flight cannot be told apart; its synchronous call blocks the
/// helper while an administrator types a password. The full reasoning, from
/// polkit-qt-1's source: docs/dbus.md, "Why polkitd's D-Bus API and not
/// polkit-qt6". Main thread only.
class PolkitAuthorizer : public Authorizer
{
public:
    /// bus: the system bus (polkitd's).
    explicit PolkitAuthorizer(QDBusConnection bus);
    void check(const QString& actionId, const QString& busName, bool allowUserInteraction, Done done) override;

private:
    QDBusConnection m_bus;
};

} // namespace dmremap::helper
