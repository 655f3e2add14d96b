#pragma once

#include "authorizer.h"

namespace dmremap::helper {

/// Authorizer through polkit-qt6 (PolkitQt1::Authority, subject: the
/// caller's system bus name, so polkit resolves its pid, uid and session
/// race-free). Uses checkAuthorizationSync: calls are authorized one at a
/// time on the helper's main thread.
class PolkitAuthorizer : public Authorizer
{
public:
    Result check(const QString& actionId, const QString& busName, bool allowUserInteraction) override;
};

} // namespace dmremap::helper
