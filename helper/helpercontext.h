#pragma once

#include "authorizer.h"
#include "dm/dmcontrol.h"
#include "moduleloader.h"
#include "smart/devicesmartsource.h"
#include "systemprobe.h"

#include <QDBusConnection>
#include <QString>

#include <chrono>
#include <filesystem>
#include <functional>
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
    /// Opens the SMART source of a checked device node ("/dev/sdb"); wake:
    /// whether a read may spin up a sleeping disk. The drive itself
    /// (DeviceSmartSource); tests replay saved SMART data instead.
    std::function<std::unique_ptr<SmartSource>(const std::string& path, bool wake)> smartSource =
        [](const std::string& path, bool wake) -> std::unique_ptr<SmartSource> {
        return std::make_unique<DeviceSmartSource>(path, wake ? DeviceSmartSource::WakePolicy::Wake
                                                              : DeviceSmartSource::WakePolicy::DontWake);
    };
    std::filesystem::path stateDir{"/var/lib/dmremap"};
    /// Least time between two PropertiesChanged of one object.
    std::chrono::milliseconds statusInterval{500};
    /// Exit after this long without calls, jobs or watchers (0: never).
    std::chrono::seconds idleTimeout{60};
    /// Idle bookkeeping (Manager::checkIdle): the last call's start or end
    /// (or a status read), and how many method calls wait for their reply
    /// (a call waiting for polkit, where an administrator may take minutes
    /// to type a password, is no idle time).
    std::chrono::steady_clock::time_point lastActivity = std::chrono::steady_clock::now();
    int callsInFlight = 0;
    /// How long a finished job object stays on the bus.
    std::chrono::milliseconds jobLinger{10000};
};

/// Sends org.freedesktop.DBus.Properties.PropertiesChanged for changed.
void emitPropertiesChanged(const HelperContext& context, const QString& path, const QString& interface,
                           const QVariantMap& changed);

} // namespace dmremap::helper
