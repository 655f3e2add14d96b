#include "libdevmappercontrol.h"

#include "dmlog.h"

#include <libdevmapper.h>

#include <cerrno>
#include <chrono>
#include <memory>
#include <thread>

namespace dmremap::dm {

namespace {

struct TaskDeleter {
    void operator()(dm_task* t) const { dm_task_destroy(t); }
};
using Task = std::unique_ptr<dm_task, TaskDeleter>;

Result<Task> newTask(int type, const std::string& name)
{
    Task t{dm_task_create(type)};
    if (!t)
        return Status{Error::Failed, "dm_task_create: out of memory"};
    if (!name.empty() && !dm_task_set_name(t.get(), name.c_str()))
        return Status{Error::InvalidArgument, "device-mapper name '" + name + "'"};
    return t;
}

// Runs the task; on failure maps the ioctl's errno and adds libdevmapper's
// last error line, which holds the kernel's reason.
Status run(dm_task* t, const std::string& what)
{
    takeLastError();
    if (dm_task_run(t))
        return {};
    const int e = dm_task_get_errno(t);
    std::string context = what;
    const std::string why = takeLastError();
    if (!why.empty())
        context += ": " + why;
    Status s = e ? Status::fromErrno(e, context) : Status{Error::Failed, context};
    qCDebug(dmremapDm, "%s", s.message().c_str());
    return s;
}

// run() for the calls that create, change or drop a device node: sets a
// udev cookie and waits on it (see LibDevmapperControl). Without udev,
// libdevmapper leaves the cookie 0 and dm_udev_wait() makes the node change
// itself.
Status runWithCookie(dm_task* t, const std::string& what)
{
    std::uint32_t cookie = 0;
    if (!dm_task_set_cookie(t, &cookie, 0))
        return Status{Error::Failed, what + ": dm_task_set_cookie"};
    Status s = run(t, what);
    // Also after a failure: libdevmapper may have used the cookie already
    // (a create whose load failed removes the device again).
    if (!dm_udev_wait(cookie) && s)
        return Status{Error::Failed, what + ": waiting for udev failed"};
    return s;
}

Result<DmDevice> infoOf(dm_task* t, const std::string& name)
{
    dm_info info{};
    if (!dm_task_get_info(t, &info) || !info.exists)
        return Status{Error::NotFound, "device-mapper device '" + name + "'"};
    DmDevice d;
    d.name = name;
    d.major = info.major;
    d.minor = info.minor;
    d.openCount = info.open_count;
    d.suspended = info.suspended;
    d.eventNr = info.event_nr;
    std::uint64_t start = 0, length = 0;
    char* type = nullptr;
    char* params = nullptr;
    void* next = dm_get_next_target(t, nullptr, &start, &length, &type, &params);
    if (type && !next) {
        d.targetType = type;
        d.lengthSectors = length;
        d.params = params ? params : "";
    }
    return d;
}

} // namespace

LibDevmapperControl::LibDevmapperControl()
{
    installLogHandler();
}

Result<std::optional<std::string>> LibDevmapperControl::targetVersion(const std::string& targetType)
{
    auto t = newTask(DM_DEVICE_LIST_VERSIONS, {});
    if (!t)
        return t.status();
    if (auto s = run(t->get(), "list target versions"); !s)
        return s;
    dm_versions* v = dm_task_get_versions(t->get());
    for (; v; v = reinterpret_cast<dm_versions*>(reinterpret_cast<char*>(v) + v->next)) {
        if (targetType == v->name)
            return std::optional<std::string>{std::to_string(v->version[0]) + "." + std::to_string(v->version[1]) +
                                              "." + std::to_string(v->version[2])};
        if (!v->next)
            break;
    }
    return std::optional<std::string>{};
}

Result<std::vector<DmDevice>> LibDevmapperControl::list()
{
    auto t = newTask(DM_DEVICE_LIST, {});
    if (!t)
        return t.status();
    if (auto s = run(t->get(), "list devices"); !s)
        return s;
    std::vector<DmDevice> devices;
    dm_names* n = dm_task_get_names(t->get());
    if (!n || !n->dev)
        return devices;
    for (;;) {
        auto d = info(n->name);
        if (d) // a device removed meanwhile is simply gone
            devices.push_back(std::move(*d));
        if (!n->next)
            break;
        n = reinterpret_cast<dm_names*>(reinterpret_cast<char*>(n) + n->next);
    }
    return devices;
}

Result<DmDevice> LibDevmapperControl::info(const std::string& name)
{
    auto t = newTask(DM_DEVICE_TABLE, name);
    if (!t)
        return t.status();
    if (auto s = run(t->get(), "table of " + name); !s)
        return s.error() == Error::NotFound || s.error() == Error::InvalidArgument
                   ? Status{Error::NotFound, "device-mapper device '" + name + "'"}
                   : s;
    return infoOf(t->get(), name);
}

Status LibDevmapperControl::createRemap(const std::string& name, const RemapTable& table)
{
    if (auto existing = info(name); existing)
        return Status{Error::AlreadyExists, "device-mapper device '" + name + "'"};
    auto t = newTask(DM_DEVICE_CREATE, name);
    if (!t)
        return t.status();
    const std::string params = table.params();
    if (!dm_task_add_target(t->get(), 0, table.lengthSectors, "remap", params.c_str()))
        return Status{Error::Failed, "dm_task_add_target"};
    // CREATE with a table is create + load + resume in one libdevmapper call.
    Status s = runWithCookie(t->get(), "create " + name + " (remap " + params + ")");
    if (s)
        qCInfo(dmremapDm, "created %s: 0 %llu remap %s", name.c_str(),
               static_cast<unsigned long long>(table.lengthSectors), params.c_str());
    return s;
}

Status LibDevmapperControl::reloadRemap(const std::string& name, const RemapTable& table)
{
    auto t = newTask(DM_DEVICE_RELOAD, name);
    if (!t)
        return t.status();
    const std::string params = table.params();
    if (!dm_task_add_target(t->get(), 0, table.lengthSectors, "remap", params.c_str()))
        return Status{Error::Failed, "dm_task_add_target"};
    Status s = run(t->get(), "reload " + name + " (remap " + params + ")");
    if (s)
        qCInfo(dmremapDm, "loaded %s: 0 %llu remap %s", name.c_str(),
               static_cast<unsigned long long>(table.lengthSectors), params.c_str());
    return s;
}

Status LibDevmapperControl::suspend(const std::string& name)
{
    auto t = newTask(DM_DEVICE_SUSPEND, name);
    if (!t)
        return t.status();
    return run(t->get(), "suspend " + name);
}

Status LibDevmapperControl::resume(const std::string& name)
{
    auto t = newTask(DM_DEVICE_RESUME, name);
    if (!t)
        return t.status();
    // A resume may swap in a table of another size: udev updates the node.
    return runWithCookie(t->get(), "resume " + name);
}

Status LibDevmapperControl::remove(const std::string& name)
{
    using namespace std::chrono_literals;
    // udev's blkid probe after a close-after-write holds a device for well
    // under a second; a device still open after this is open for real.
    const auto giveUp = std::chrono::steady_clock::now() + 2s;
    for (;;) {
        auto t = newTask(DM_DEVICE_REMOVE, name);
        if (!t)
            return t.status();
        Status s = runWithCookie(t->get(), "remove " + name);
        if (s || s.error() != Error::Busy)
            return s;
        if (std::chrono::steady_clock::now() >= giveUp) {
            auto d = info(name);
            const int openers = d ? d->openCount : 0;
            return Status{Error::Busy, "remove " + name + ": the device is open"
                                           + (openers > 0 ? " (" + std::to_string(openers) + " openers)" : "")};
        }
        std::this_thread::sleep_for(100ms);
    }
}

Result<std::string> LibDevmapperControl::statusLine(const std::string& name)
{
    auto t = newTask(DM_DEVICE_STATUS, name);
    if (!t)
        return t.status();
    if (auto s = run(t->get(), "status of " + name); !s)
        return s;
    auto d = infoOf(t->get(), name);
    if (!d)
        return d.status();
    if (d->targetType != "remap")
        return Status{Error::NotSupported, name + " is not a remap device"};
    return d->params;
}

Result<std::string> LibDevmapperControl::message(const std::string& name, const std::string& text)
{
    auto t = newTask(DM_DEVICE_TARGET_MSG, name);
    if (!t)
        return t.status();
    if (!dm_task_set_sector(t->get(), 0) || !dm_task_set_message(t->get(), text.c_str()))
        return Status{Error::Failed, "dm_task_set_message"};
    if (auto s = run(t->get(), "message '" + text + "' to " + name); !s)
        return s;
    const char* reply = dm_task_get_message_response(t->get());
    return std::string{reply ? reply : ""};
}

Result<std::uint32_t> LibDevmapperControl::waitEvent(const std::string& name, std::uint32_t eventNr)
{
    auto t = newTask(DM_DEVICE_WAITEVENT, name);
    if (!t)
        return t.status();
    if (!dm_task_set_event_nr(t->get(), eventNr))
        return Status{Error::Failed, "dm_task_set_event_nr"};
    if (auto s = run(t->get(), "wait for an event of " + name); !s)
        return s;
    dm_info info{};
    if (!dm_task_get_info(t->get(), &info) || !info.exists)
        return Status{Error::NotFound, "device-mapper device '" + name + "'"};
    return info.event_nr;
}

} // namespace dmremap::dm
