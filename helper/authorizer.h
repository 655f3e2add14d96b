#pragma once

#include <QString>

#include <functional>

namespace dmremap::helper {

/// Asks whether a D-Bus caller may perform an action: the boundary to
/// polkit (PolkitAuthorizer); tests pass a table. Asynchronous: a check that
/// waits for the user to answer an authentication agent holds nothing but
/// its own call, so the helper keeps answering every other client.
class Authorizer
{
public:
    enum class Result {
        Yes,
        No, ///< polkit says no, or needs a password the caller did not allow us to ask for
        Error, ///< polkit could not be asked
    };
    using Done = std::function<void(Result)>;

    virtual ~Authorizer() = default;
    /// busName: the caller's unique name (":1.42"). done is called exactly
    /// once, on the main thread: later, or before check() returns.
    virtual void check(const QString& actionId, const QString& busName, bool allowUserInteraction, Done done) = 0;
};

} // namespace dmremap::helper
