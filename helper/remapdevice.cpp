#include "remapdevice.h"

#include "helperlog.h"
#include "manager.h"
#include "methodcall.h"
#include "objectpath.h"
#include "remapdeviceadaptor.h"
#include "rescuejob.h"
#include "statusdiff.h"

#include "dm-remap-parse.h"

#include <sstream>

namespace dmremap::helper {

RemapDevice::RemapDevice(HelperContext& context, Manager& manager, const dm::DmDevice& device, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_manager(manager)
    , m_path(dbus::remapDevicePath(QString::fromStdString(device.name)))
{
    new RemapDeviceAdaptor(this);
    update(device);
    poll(false);
}

RemapDevice::~RemapDevice() = default;

void RemapDevice::update(const dm::DmDevice& device)
{
    m_dm = device;
    // The table names its devices as major:minor (dm_get_device's name).
    std::istringstream params(device.params);
    std::string main, spare;
    params >> main >> spare;
    const auto name = [this](const std::string& mm) {
        unsigned ma = 0, mi = 0;
        char colon = 0;
        std::istringstream in(mm);
        if (in >> ma >> colon >> mi && colon == ':')
            return QString::fromStdString(m_context.probe->nameOf({ma, mi}));
        return QString::fromStdString(mm);
    };
    m_main = name(main);
    m_spare = name(spare);
}

bool RemapDevice::poll(bool announce)
{
    auto s = m_context.dm->status(m_dm.name);
    if (!s)
        return false;
    m_status = *s;
    if (!announce && m_announced)
        return true;
    // The difference to what was last announced: reads in between (method
    // validation, property reads) never swallow a change.
    const StatusDiff diff = StatusDiff::between(m_announced, *s);
    const std::optional<dm::RemapStatus> old = m_announced;
    m_announced = *s;
    if (!announce || !old)
        return true;
    emitPropertiesChanged(m_context, m_path, dbus::remapDeviceInterface, diff.changedProperties);
    if (diff.remapsAdded)
        Q_EMIT RemapsAdded(diff.remapsAdded, s->remapped);
    if (diff.pendingAdded)
        Q_EMIT PendingBlocksAdded(diff.pendingAdded, s->pending);
    if (diff.nearlyFull)
        Q_EMIT SpareNearlyFull(s->remapped, s->capacity);
    if (diff.stateChanged) {
        qCInfo(dmremapHelper, "%s: state %s -> %s", m_dm.name.c_str(), old->state.c_str(), s->state.c_str());
        Q_EMIT StateChanged(QString::fromStdString(old->state), QString::fromStdString(s->state));
    }
    if (diff.full)
        Q_EMIT SpareFull();
    return true;
}

const dm::RemapStatus* RemapDevice::current() const
{
    m_manager.touch(); // a client reads the status: not idle
    if (auto s = m_context.dm->status(m_dm.name))
        m_status = *s;
    return m_status ? &*m_status : nullptr;
}

Result<std::vector<dm::RemapEntry>> RemapDevice::allEntries()
{
    std::vector<dm::RemapEntry> all;
    for (std::uint64_t from = 0;; from += DMR_LIST_MAX_COUNT) {
        auto page = m_context.dm->listRemaps(m_dm.name, from, DMR_LIST_MAX_COUNT);
        if (!page)
            return page.status();
        all.insert(all.end(), page->begin(), page->end());
        if (page->size() < DMR_LIST_MAX_COUNT)
            return all;
    }
}

Result<std::optional<dm::RemapEntry>> RemapDevice::findEntry(std::uint64_t unit)
{
    if (!poll(false))
        return Status{Error::NotFound, "the device " + m_dm.name + " is gone"};
    std::uint64_t lo = 0, hi = m_status->remapped + m_status->pending;
    while (lo < hi) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        auto page = m_context.dm->listRemaps(m_dm.name, mid, 1);
        if (!page)
            return page.status();
        if (page->empty()) {
            hi = mid;
            continue;
        }
        const dm::RemapEntry& e = page->front();
        if (e.mainUnit == unit)
            return std::optional<dm::RemapEntry>{e};
        if (e.mainUnit < unit)
            lo = mid + 1;
        else
            hi = mid;
    }
    return std::optional<dm::RemapEntry>{};
}

DmrRemapEntryList RemapDevice::ListRemaps(qulonglong from, uint count, const QVariantMap& options)
{
    m_manager.touch();
    MethodCall call(*this, m_context, "ListRemaps");
    auto o = call.parse(options);
    if (!o)
        return {};
    if (count < 1 || count > DMR_LIST_MAX_COUNT) {
        call.fail(Status{Error::InvalidArgument, "count must be 1..100000"});
        return {};
    }
    call.authorized(this, "read-health", *o, [this, from, count](MethodCall& c) {
        auto entries = m_context.dm->listRemaps(m_dm.name, from, count);
        if (!c.check(entries.status()))
            return;
        DmrRemapEntryList list;
        for (const auto& e : *entries)
            list.append({e.mainUnit, e.slot, e.pending ? QStringLiteral("pending") : QStringLiteral("remapped")});
        c.reply(QVariant::fromValue(list));
    });
    return {};
}

Status RemapDevice::checkSector(qulonglong sector) const
{
    if (sector >= m_dm.lengthSectors)
        return Status{Error::InvalidArgument, "sector " + std::to_string(sector) + " is past the end (" +
                                                  std::to_string(m_dm.lengthSectors) + " sectors)"};
    return {};
}

void RemapDevice::Remap(qulonglong sector, const QVariantMap& options)
{
    m_manager.touch();
    MethodCall call(*this, m_context, "Remap");
    auto o = call.parse(options);
    if (!o || !call.check(checkSector(sector)))
        return;
    struct Plan {
        bool nothingChanges; ///< remapped already
    };
    call.authorized(
        this, "remap", *o,
        [this, sector]() -> Result<Plan> {
            if (auto s = m_manager.checkNoJob({m_main, kernelName()}); !s)
                return s;
            auto entry = findEntry(sector * 512 / std::max<std::uint32_t>(unitBytes(), 512));
            if (!entry)
                return entry.status();
            return Plan{*entry && !(*entry)->pending};
        },
        [this, sector](MethodCall& c, Plan& plan) {
            if (plan.nothingChanges) {
                c.reply();
                return;
            }
            auto reply = m_context.dm->message(m_dm.name, "remap " + std::to_string(sector));
            if (!c.check(reply.status()))
                return;
            qCInfo(dmremapHelper, "Remap: uid %u remapped sector %llu of %s", c.callerUid(), sector,
                   m_dm.name.c_str());
            poll(true);
            c.reply();
        });
}

QDBusObjectPath RemapDevice::RescueBlock(qulonglong sector, const QVariantMap& options)
{
    m_manager.touch();
    MethodCall call(*this, m_context, "RescueBlock");
    auto o = call.parse(options, {{"retries", QMetaType::UInt}, {"zero_fill", QMetaType::Bool}});
    if (!o)
        return {};
    const unsigned retries = o->u32("retries", 8);
    if (retries < 1 || retries > 64) {
        call.fail(Status{Error::InvalidArgument, "retries must be 1..64"});
        return {};
    }
    if (!call.check(checkSector(sector)))
        return {};
    const bool zeroFill = o->boolean("zero_fill", false);
    call.authorized(
        this, "rescue", *o,
        [this, sector, retries, zeroFill]() -> Result<RescuePlan> {
            if (!poll(false) || unitBytes() == 0)
                return Status{Error::NotFound, "the device " + m_dm.name + " is gone"};
            auto main = m_manager.validator().resolve(m_main.toStdString());
            if (!main)
                return main.status();
            auto node = m_manager.validator().resolve(kernelName().toStdString());
            if (!node)
                return node.status();
            if (auto s = m_manager.checkNoJob({m_main, kernelName()}); !s)
                return s;
            RescuePlan plan;
            plan.mainPath = main->path;
            plan.remapPath = node->path;
            plan.unitBytes = unitBytes();
            plan.offsetBytes = sector * 512 / plan.unitBytes * plan.unitBytes;
            plan.retries = retries;
            plan.zeroFill = zeroFill;
            return plan;
        },
        [this, sector](MethodCall& c, RescuePlan& plan) {
            auto job = m_manager.startJob(QStringLiteral("rescue"), m_path, {m_main, kernelName()},
                                          c.callerUid(), rescueWork(plan));
            if (!c.check(job.status()))
                return;
            qCInfo(dmremapHelper, "RescueBlock: uid %u rescues sector %llu of %s%s", c.callerUid(), sector,
                   m_dm.name.c_str(), plan.zeroFill ? " (zero fill allowed)" : "");
            c.reply(QVariant::fromValue(QDBusObjectPath((*job)->path())));
        });
    return {};
}

void RemapDevice::ClearPending(qulonglong sector, const QVariantMap& options)
{
    m_manager.touch();
    MethodCall call(*this, m_context, "ClearPending");
    auto o = call.parse(options);
    if (!o || !call.check(checkSector(sector)))
        return;
    struct Plan {
        bool nothingChanges; ///< not pending
    };
    call.authorized(
        this, "clear-pending", *o,
        [this, sector]() -> Result<Plan> {
            auto entry = findEntry(sector * 512 / std::max<std::uint32_t>(unitBytes(), 512));
            if (!entry)
                return entry.status();
            return Plan{!*entry || !(*entry)->pending};
        },
        [this, sector](MethodCall& c, Plan& plan) {
            if (plan.nothingChanges) {
                c.reply();
                return;
            }
            auto reply = m_context.dm->message(m_dm.name, "clear_pending " + std::to_string(sector));
            if (!c.check(reply.status()))
                return;
            qCInfo(dmremapHelper, "ClearPending: uid %u cleared sector %llu of %s", c.callerUid(), sector,
                   m_dm.name.c_str());
            poll(true);
            c.reply();
        });
}

void RemapDevice::Remove(const QVariantMap& options)
{
    m_manager.touch();
    MethodCall call(*this, m_context, "Remove");
    auto o = call.parse(options);
    if (!o)
        return;
    struct Plan {};
    call.authorized(
        this, "remove", *o,
        [this]() -> Result<Plan> {
            auto info = m_context.dm->info(m_dm.name);
            if (!info)
                return info.status();
            if (auto s = m_manager.checkNoJob({m_main, kernelName()}); !s)
                return s;
            if (info->openCount > 0)
                return Status{Error::Busy, m_dm.name + " is open (mounted or in use)"};
            return Plan{};
        },
        [this](MethodCall& c, Plan&) {
            if (!c.check(m_context.dm->remove(m_dm.name)))
                return;
            qCInfo(dmremapHelper, "Remove: uid %u removed %s", c.callerUid(), m_dm.name.c_str());
            c.reply();
            // Deletes this object: after the reply, from the event loop.
            QMetaObject::invokeMethod(&m_manager, [m = &m_manager] { m->refreshRemapDevices(); },
                                      Qt::QueuedConnection);
        });
}

} // namespace dmremap::helper
