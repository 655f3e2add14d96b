#pragma once

#include "authorizer.h"
#include "dm/dmcontrol.h"
#include "moduleloader.h"
#include "systemprobe.h"

#include <QDBusConnection>
#include <QString>

#include <chrono>
#include <filesystem>
#include <memory>

namespace dmremap::helper {

/// Everything the helper's objects share: the system boundaries (each an
/// abstract class, so tests can pass fakes), the bus connection and the
/// settings. Owned by main(); outlives every object. Main thread only.
struct HelperContext {
    QDBusConnection connection{QString()};
    std::unique_ptr<SystemProbe> probe;
    std::unique_ptr<dm::DmControl> dm;
    std::unique_ptr<Authorizer> authorizer;
    std::unique_ptr<ModuleLoader> moduleLoader;
    std::filesystem::path stateDir{"/var/lib/dmremap"};
    /// Least time between two PropertiesChanged of one object.
    std::chrono::milliseconds statusInterval{500};
    /// Exit after this long without calls, jobs or watchers (0: never).
    std::chrono::seconds idleTimeout{60};
    /// How long a finished job object stays on the bus.
    std::chrono::milliseconds jobLinger{10000};
};

/// Sends org.freedesktop.DBus.Properties.PropertiesChanged for changed.
void emitPropertiesChanged(const HelperContext& context, const QString& path, const QString& interface,
                           const QVariantMap& changed);

} // namespace dmremap::helper
