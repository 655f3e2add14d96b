#pragma once

#include <QString>

namespace dmremap::helper {

/// Asks whether a D-Bus caller may perform an action: the boundary to
/// polkit (PolkitAuthorizer); tests pass a table. Blocking: with user
/// interaction allowed, the call returns when the user answered the
/// authentication agent.
class Authorizer
{
public:
    enum class Result {
        Yes,
        No, ///< polkit says no, or needs a password the caller did not allow us to ask for
        Error, ///< polkit could not be asked
    };

    virtual ~Authorizer() = default;
    /// busName: the caller's unique name (":1.42").
    virtual Result check(const QString& actionId, const QString& busName, bool allowUserInteraction) = 0;
};

} // namespace dmremap::helper
