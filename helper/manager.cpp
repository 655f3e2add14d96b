#include "manager.h"

#include "dbuserror.h"
#include "drive.h"
#include "formatjob.h"
#include "helperlog.h"
#include "manageradaptor.h"
#include "methodcall.h"
#include "objectpath.h"
#include "remapdevice.h"

#include "dmremap/config.h"
#include "healthmap/latencybuckets.h"
#include "spare/blockdevice.h"
#include "spare/spareformatter.h"
#include "spare/sparereader.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>

namespace dmremap::helper {

namespace {

const std::string targetName = "remap";
const std::string moduleName = "dm-remap";

} // namespace

Manager::Manager(HelperContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_validator(*context.probe)
{
    new ManagerAdaptor(this);
    m_watcher.setConnection(context.connection);
    m_watcher.setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
    connect(&m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this](const QString& name) {
        m_watchers.remove(name);
        m_watcher.removeWatchedService(name);
        updateStreaming();
    });
    // Never early: StatusInterval is the least time between two signals
    // (a coarse timer may fire 5 % early).
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    m_pollTimer.setInterval(context.statusInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, &Manager::pollStatus);
    if (context.idleTimeout.count() > 0) {
        m_idleTimer.setInterval(std::chrono::seconds(1));
        connect(&m_idleTimer, &QTimer::timeout, this, &Manager::checkIdle);
        m_idleTimer.start();
    }
}

Manager::~Manager()
{
    for (Job* job : std::as_const(m_jobs))
        delete job;
}

bool Manager::exportObjects()
{
    if (!m_context.connection.registerObject(dbus::managerPath, this, QDBusConnection::ExportAdaptors))
        return false;
    refreshRemapDevices();
    return true;
}

QString Manager::version() const
{
    return QStringLiteral(DMREMAP_VERSION);
}

bool Manager::moduleLoaded() const
{
    auto v = m_context.dm->targetVersion(targetName);
    return v && v->has_value();
}

QString Manager::targetVersion() const
{
    auto v = m_context.dm->targetVersion(targetName);
    return v && v->has_value() ? QString::fromStdString(**v) : QString();
}

QList<QDBusObjectPath> Manager::drives()
{
    for (const std::string& disk : m_context.probe->disks()) {
        // RAM disks and unbacked loop devices are never drives worth a look.
        if (disk.rfind("ram", 0) == 0 || disk.rfind("zram", 0) == 0 || disk.rfind("dm-", 0) == 0)
            continue;
        if (disk.rfind("loop", 0) == 0 && m_context.probe->sizeSectors(disk) == 0)
            continue;
        if (m_drives.count(QString::fromStdString(disk)))
            continue;
        if (auto d = m_validator.resolve(disk); d)
            drive(*d);
    }
    QList<QDBusObjectPath> paths;
    for (auto it = m_drives.begin(); it != m_drives.end();) {
        if (!m_context.probe->exists(it->first.toStdString())) {
            m_context.connection.unregisterObject(it->second->path());
            it->second->deleteLater();
            it = m_drives.erase(it);
            continue;
        }
        paths.append(QDBusObjectPath(it->second->path()));
        ++it;
    }
    return paths;
}

QList<QDBusObjectPath> Manager::remapDevices()
{
    refreshRemapDevices();
    QList<QDBusObjectPath> paths;
    for (const auto& [name, device] : m_devices)
        paths.append(QDBusObjectPath(device->path()));
    return paths;
}

QList<QDBusObjectPath> Manager::jobs() const
{
    QList<QDBusObjectPath> paths;
    for (const Job* job : m_jobs) {
        if (!job->finished())
            paths.append(QDBusObjectPath(job->path()));
    }
    return paths;
}

QList<qulonglong> Manager::latencyBucketLimits() const
{
    QList<qulonglong> limits;
    const LatencyBuckets buckets;
    for (const auto& l : buckets.limits())
        limits.append(qulonglong(l.count()));
    return limits;
}

Drive* Manager::drive(const CheckedDevice& device)
{
    const QString name = QString::fromStdString(device.name);
    if (auto it = m_drives.find(name); it != m_drives.end()) {
        it->second->update(device);
        return it->second;
    }
    auto* d = new Drive(m_context, *this, device, this);
    if (m_context.connection.isConnected())
        m_context.connection.registerObject(d->path(), d, QDBusConnection::ExportAdaptors);
    m_drives.emplace(name, d);
    return d;
}

void Manager::refreshRemapDevices()
{
    auto list = m_context.dm->list();
    if (!list) {
        qCDebug(dmremapHelper, "device-mapper list: %s", list.status().message().c_str());
        return;
    }
    bool changed = false;
    std::set<QString> seen;
    for (const auto& dev : *list) {
        if (dev.targetType != targetName)
            continue;
        const QString name = QString::fromStdString(dev.name);
        seen.insert(name);
        if (auto it = m_devices.find(name); it != m_devices.end()) {
            it->second->update(dev);
            continue;
        }
        auto* d = new RemapDevice(m_context, *this, dev, this);
        if (m_context.connection.isConnected())
            m_context.connection.registerObject(d->path(), d, QDBusConnection::ExportAdaptors);
        m_devices.emplace(name, d);
        changed = true;
    }
    for (auto it = m_devices.begin(); it != m_devices.end();) {
        if (seen.count(it->first)) {
            ++it;
            continue;
        }
        m_context.connection.unregisterObject(it->second->path());
        it->second->deleteLater();
        it = m_devices.erase(it);
        changed = true;
    }
    if (changed) {
        QList<QDBusObjectPath> paths;
        for (const auto& [name, device] : m_devices)
            paths.append(QDBusObjectPath(device->path()));
        emitPropertiesChanged(m_context, dbus::managerPath, dbus::managerInterface,
                              {{QStringLiteral("RemapDevices"), QVariant::fromValue(paths)}});
    }
}

RemapDevice* Manager::remapDeviceByName(const QString& dmName) const
{
    const auto it = m_devices.find(dmName);
    return it == m_devices.end() ? nullptr : it->second;
}

RemapDevice* Manager::remapDeviceOnMain(const QString& kernelName) const
{
    for (const auto& [name, device] : m_devices) {
        if (device->main() == kernelName)
            return device;
    }
    return nullptr;
}

Status Manager::checkNoJob(const QStringList& devices) const
{
    for (const QString& d : devices) {
        if (auto it = m_jobsByDevice.find(d); it != m_jobsByDevice.end())
            return Status{Error::Busy, "a " + it->second->operation().toStdString() + " job runs on " +
                                           d.toStdString() + " (" + it->second->path().toStdString() + ")"};
    }
    return {};
}

Result<Job*> Manager::startJob(const QString& operation, const QString& objectPath, const QStringList& devices,
                               uint uid, Job::Work work)
{
    if (auto s = checkNoJob(devices); !s)
        return s;
    auto* job = new Job(m_context, m_nextJob++, operation, objectPath, devices.value(0), uid, std::move(work));
    connect(job, &Job::ended, this, &Manager::jobEnded);
    connect(job, &QObject::destroyed, this, [this, job] { m_jobs.removeAll(job); });
    for (const QString& d : devices)
        m_jobsByDevice[d] = job;
    m_jobs.append(job);
    if (!job->start()) {
        for (const QString& d : devices)
            m_jobsByDevice.erase(d);
        m_jobs.removeAll(job);
        delete job;
        return Status{Error::Failed, "cannot export the job object"};
    }
    announce("Jobs");
    return job;
}

void Manager::jobEnded(Job* job)
{
    for (auto it = m_jobsByDevice.begin(); it != m_jobsByDevice.end();) {
        if (it->second == job)
            it = m_jobsByDevice.erase(it);
        else
            ++it;
    }
    touch();
    announce("Jobs");
    refreshRemapDevices();
}

void Manager::announce(const char* property)
{
    if (qstrcmp(property, "Jobs") == 0)
        emitPropertiesChanged(m_context, dbus::managerPath, dbus::managerInterface,
                              {{QStringLiteral("Jobs"), QVariant::fromValue(jobs())}});
    else if (qstrcmp(property, "Module") == 0)
        emitPropertiesChanged(m_context, dbus::managerPath, dbus::managerInterface,
                              {{QStringLiteral("ModuleLoaded"), moduleLoaded()},
                               {QStringLiteral("TargetVersion"), targetVersion()}});
}

Status Manager::ensureModule()
{
    if (moduleLoaded())
        return {};
    Status s = m_context.moduleLoader->load(moduleName);
    if (!s)
        return s;
    if (!moduleLoaded())
        return Status{Error::NotSupported, "dm-remap loaded but the remap target is not registered"};
    announce("Module");
    return {};
}

void Manager::LoadModule(const QVariantMap& options)
{
    touch();
    MethodCall call(*this, m_context, "LoadModule");
    auto o = call.parse(options);
    if (!o)
        return;
    // Loaded already: nothing changes (ensureModule), still only for callers
    // polkit lets load it.
    call.authorized(this, "load-module", *o, [this](MethodCall& c) { c.finish(ensureModule()); });
}

QDBusObjectPath Manager::GetDrive(const QString& name, const QVariantMap& options)
{
    touch();
    MethodCall call(*this, m_context, "GetDrive");
    auto o = call.parse(options);
    if (!o)
        return {};
    auto d = m_validator.resolve(name.toStdString());
    if (call.check(d.status()))
        call.reply(QVariant::fromValue(QDBusObjectPath(drive(*d)->path())));
    return {};
}

Status Manager::checkPairArguments(const QString& main, const QString& spare)
{
    for (const QString& n : {main, spare}) {
        if (!DeviceValidator::validName(n.toStdString()))
            return Status{Error::InvalidArgument, "'" + n.toStdString() + "' is not a kernel block device name"};
    }
    if (main == spare)
        return Status{Error::InvalidArgument, "the spare device must not be the main device"};
    return {};
}

Result<Manager::Pair> Manager::validatePair(const QString& main, const QString& spare) const
{
    auto m = m_validator.resolve(main.toStdString());
    if (!m)
        return m.status();
    auto s = m_validator.resolve(spare.toStdString());
    if (!s)
        return s.status();
    if (auto st = m_validator.checkDistinct(*m, *s); !st)
        return st;
    return Pair{*m, *s};
}

QDBusObjectPath Manager::FormatSpare(const QString& main, const QString& spare, const QVariantMap& options)
{
    touch();
    MethodCall call(*this, m_context, "FormatSpare");
    auto o = call.parse(options, {{"unit_bytes", QMetaType::UInt}, {"force", QMetaType::Bool}});
    if (!o)
        return {};
    const quint32 unit = o->u32("unit_bytes", 0);
    if (o->has("unit_bytes") && !dmr_unit_valid(unit)) {
        call.fail(Status{Error::InvalidArgument, "unit_bytes must be a power of two in 512..65536"});
        return {};
    }
    if (!call.check(checkPairArguments(main, spare)))
        return {};
    spare::FormatOptions fo;
    fo.unitBytes = unit;
    fo.force = o->boolean("force", false);
    call.authorized(
        this, "format-spare", *o,
        [this, main, spare]() -> Result<Pair> {
            auto p = validatePair(main, spare);
            if (!p)
                return p;
            if (auto s = m_validator.checkNotInUse(p->spare); !s)
                return s;
            if (auto s = checkNoJob({spare, main}); !s)
                return s;
            return p;
        },
        [this, main, spare, fo](MethodCall& c, Pair& p) {
            auto job = startJob(QStringLiteral("format"), drive(p.spare)->path(), {spare, main}, c.callerUid(),
                                formatSpareWork(p.main.path, p.spare.path, fo));
            if (!c.check(job.status()))
                return;
            qCInfo(dmremapHelper, "FormatSpare: uid %u formats %s as the spare of %s (%s)", c.callerUid(),
                   p.spare.path.c_str(), p.main.path.c_str(), qPrintable((*job)->path()));
            c.reply(QVariant::fromValue(QDBusObjectPath((*job)->path())));
        });
    return {};
}

QDBusObjectPath Manager::CreateRemapDevice(const QString& main, const QString& spare, const QVariantMap& options)
{
    touch();
    MethodCall call(*this, m_context, "CreateRemapDevice");
    auto o = call.parse(options, {{"name", QMetaType::QString},
                                  {"format", QMetaType::Bool},
                                  {"unit_bytes", QMetaType::UInt},
                                  {"read_retries", QMetaType::UInt},
                                  {"no_auto_remap", QMetaType::Bool}});
    if (!o)
        return {};
    const QString name = o->string("name", QStringLiteral("remap-") + main);
    if (!DeviceValidator::validDmName(name.toStdString())) {
        call.fail(Status{Error::InvalidArgument, "'" + name.toStdString() + "' is not a valid device-mapper name"});
        return {};
    }
    const quint32 retries = o->u32("read_retries", 0);
    const quint32 unit = o->u32("unit_bytes", 0);
    if (retries > DMR_READ_RETRIES_MAX || (o->has("unit_bytes") && !dmr_unit_valid(unit))) {
        call.fail(Status{Error::InvalidArgument, "read_retries must be 0..16 and unit_bytes a power of two in "
                                                 "512..65536"});
        return {};
    }
    if (!call.check(checkPairArguments(main, spare)))
        return {};
    struct Plan {
        Pair pair;
        bool nothingChanges = false; ///< this very pair is assembled already
        QString existing; ///< its object path
    };
    const auto checkState = [this, main, spare, name]() -> Result<Plan> {
        auto p = validatePair(main, spare);
        if (!p)
            return p.status();
        refreshRemapDevices();
        if (RemapDevice* existing = remapDeviceByName(name)) {
            if (existing->main() == main && existing->spare() == spare)
                return Plan{*p, true, existing->path()};
            return Status{Error::AlreadyExists, "a device named " + name.toStdString() + " exists"};
        }
        for (const CheckedDevice* d : {&p->main, &p->spare}) {
            if (auto s = m_validator.checkNotInUse(*d); !s)
                return s;
        }
        if (auto s = checkNoJob({main, spare}); !s)
            return s;
        return Plan{*p, false, {}};
    };
    const bool format = o->boolean("format", false);
    const bool noAutoRemap = o->boolean("no_auto_remap", false);
    call.authorized(this, "create", *o, checkState,
                    [this, name, format, noAutoRemap, retries, unit](MethodCall& c, Plan& plan) {
                        if (plan.nothingChanges) {
                            c.reply(QVariant::fromValue(QDBusObjectPath(plan.existing)));
                            return;
                        }
                        createRemapDevice(c, name, plan.pair, format, unit, retries, noAutoRemap);
                    });
    return {};
}

void Manager::createRemapDevice(MethodCall& call, const QString& name, const Pair& pair, bool format,
                                quint32 unitBytes, quint32 readRetries, bool noAutoRemap)
{
    if (!call.check(ensureModule()))
        return;
    const CheckedDevice& m = pair.main;
    const CheckedDevice& s = pair.spare;
    // The spare must carry metadata for this main device; format it only
    // when the caller says the user confirmed it.
    {
        auto spareDev = spare::openBlockDevice(s.path, false);
        if (!call.check(spareDev.status()))
            return;
        const spare::SpareReport report = spare::readSpare(**spareDev);
        if (!report.found) {
            if (!format) {
                call.fail(Status{Error::CorruptData, "the spare " + s.name +
                                                         " holds no dm-remap metadata; format it first (option "
                                                         "format=true once the user confirmed)"});
                return;
            }
            spareDev->reset();
            auto mainDev = spare::openBlockDevice(m.path, false);
            auto spareRw = spare::openBlockDevice(s.path, true);
            if (!call.check(mainDev.status()) || !call.check(spareRw.status()))
                return;
            spare::FormatOptions fo;
            fo.unitBytes = unitBytes;
            auto sb = spare::formatSpare(**mainDev, **spareRw, fo);
            if (!call.check(sb.status()))
                return;
            qCInfo(dmremapHelper, "CreateRemapDevice: formatted %s as the spare of %s", s.path.c_str(),
                   m.path.c_str());
        } else if (!report.usable) {
            call.fail(Status{Error::CorruptData, "no metadata copy on the spare " + s.name + " is complete"});
            return;
        }
    }
    dm::RemapTable table;
    table.mainDevice = m.path;
    table.spareDevice = s.path;
    table.lengthSectors = m.sizeSectors;
    table.readRetries = readRetries;
    table.noAutoRemap = noAutoRemap;
    if (!call.check(m_context.dm->createRemap(name.toStdString(), table)))
        return;
    qCInfo(dmremapHelper, "CreateRemapDevice: uid %u created %s (main %s, spare %s)", call.callerUid(),
           qPrintable(name), m.path.c_str(), s.path.c_str());
    refreshRemapDevices();
    RemapDevice* created = remapDeviceByName(name);
    if (!created) {
        call.fail(Status{Error::Failed, "the device " + name.toStdString() + " vanished after creation"});
        return;
    }
    call.reply(QVariant::fromValue(QDBusObjectPath(created->path())));
}

void Manager::Watch(const QVariantMap& options)
{
    touch();
    MethodCall call(*this, m_context, "Watch");
    if (!call.parse(options))
        return;
    const QString who = call.caller();
    if (!who.isEmpty() && !m_watchers.contains(who)) {
        m_watchers.insert(who);
        m_watcher.addWatchedService(who);
        updateStreaming();
    }
    call.reply();
}

void Manager::Unwatch(const QVariantMap& options)
{
    touch();
    MethodCall call(*this, m_context, "Unwatch");
    if (!call.parse(options))
        return;
    const QString who = call.caller();
    m_watchers.remove(who);
    m_watcher.removeWatchedService(who);
    updateStreaming();
    call.reply();
}

void Manager::updateStreaming()
{
    if (m_watchers.isEmpty())
        m_pollTimer.stop();
    else if (!m_pollTimer.isActive())
        m_pollTimer.start();
}

void Manager::pollStatus()
{
    refreshRemapDevices();
    for (const auto& [name, device] : m_devices)
        device->poll(true);
}

void Manager::checkIdle()
{
    if (!m_watchers.isEmpty() || !m_jobs.isEmpty() || m_context.callsInFlight > 0)
        return;
    if (std::chrono::steady_clock::now() - m_context.lastActivity < m_context.idleTimeout)
        return;
    if (!m_exiting) {
        // Give the name back first and exit a moment later: a call the bus
        // routes from now on activates a fresh helper, and one that reached
        // this process already is still answered by live objects (exiting
        // with the name held answered those "No such object path").
        qCInfo(dmremapHelper, "idle for %llds, exiting", static_cast<long long>(m_context.idleTimeout.count()));
        m_exiting = true;
        if (m_context.connection.isConnected())
            m_context.connection.interface()->unregisterService(dbus::serviceName);
        m_context.lastActivity = std::chrono::steady_clock::now() - m_context.idleTimeout +
                                 std::chrono::milliseconds(500);
        return;
    }
    QCoreApplication::quit();
}

} // namespace dmremap::helper
