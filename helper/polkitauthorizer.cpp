#include "polkitauthorizer.h"

#include "helperlog.h"

#include <PolkitQt1/Authority>
#include <PolkitQt1/Subject>

namespace dmremap::helper {

Authorizer::Result PolkitAuthorizer::check(const QString& actionId, const QString& busName, bool allowUserInteraction)
{
    using PolkitQt1::Authority;
    Authority* authority = Authority::instance();
    const PolkitQt1::SystemBusNameSubject subject(busName);
    const auto flags = allowUserInteraction ? Authority::AllowUserInteraction : Authority::None;
    const Authority::Result r = authority->checkAuthorizationSync(actionId, subject, flags);
    if (authority->hasError()) {
        qCWarning(dmremapHelper, "polkit check of %s for %s failed: %s", qPrintable(actionId), qPrintable(busName),
                  qPrintable(authority->errorDetails()));
        authority->clearError();
        return Result::Error;
    }
    switch (r) {
    case Authority::Yes:
        return Result::Yes;
    case Authority::No:
    case Authority::Challenge: // a password would be needed and we may not ask
        return Result::No;
    case Authority::Unknown:
        break;
    }
    return Result::Error;
}

} // namespace dmremap::helper
