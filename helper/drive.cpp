#include "drive.h"

#include "driveadaptor.h"
#include "healthmapencoding.h"
#include "helperlog.h"
#include "manager.h"
#include "methodcall.h"
#include "objectpath.h"
#include "remapdevice.h"
#include "scanjob.h"

#include "healthmap/scanhistory.h"
#include "smart/devicesmartsource.h"
#include "spare/blockdevice.h"

#include <QDateTime>

#include <fstream>

namespace dmremap::helper {

namespace {

std::string readSysfs(const std::string& name, const char* attr)
{
    std::ifstream in("/sys/class/block/" + name + "/" + attr);
    std::string s;
    std::getline(in, s);
    return s;
}

QString unitName(SmartUnit unit)
{
    switch (unit) {
    case SmartUnit::Unknown:
        return {};
    case SmartUnit::None:
        return QStringLiteral("none");
    case SmartUnit::Milliseconds:
        return QStringLiteral("ms");
    case SmartUnit::Sectors:
        return QStringLiteral("sectors");
    case SmartUnit::MilliKelvin:
        return QStringLiteral("mK");
    case SmartUnit::SmallPercent:
        return QStringLiteral("small-percent");
    case SmartUnit::Percent:
        return QStringLiteral("percent");
    case SmartUnit::Megabytes:
        return QStringLiteral("MB");
    }
    return {};
}

qint16 triState(const std::optional<bool>& b)
{
    return b ? (*b ? 1 : 0) : -1;
}

} // namespace

Drive::Drive(HelperContext& context, Manager& manager, const CheckedDevice& device, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_manager(manager)
    , m_device(device)
    , m_path(dbus::drivePath(QString::fromStdString(device.name)))
{
    new DriveAdaptor(this);
    m_identity = spare::sysfsIdentity(device.devno.major, device.devno.minor);
    auto key = ScanHistory::driveKey(m_identity, {}, {});
    m_driveKey = key ? *key : "name-" + device.name;
}

uint Drive::logicalBlockBytes() const
{
    const std::string s = readSysfs(m_device.disk, "queue/logical_block_size");
    return s.empty() ? 512 : uint(std::stoul(s));
}

uint Drive::physicalBlockBytes() const
{
    const std::string s = readSysfs(m_device.disk, "queue/physical_block_size");
    return s.empty() ? 512 : uint(std::stoul(s));
}

QString Drive::smartOverall() const
{
    return m_smart && m_smart->overall ? QString::fromLatin1(smartOverallName(*m_smart->overall).data())
                                       : QString();
}

qlonglong Drive::smartBadSectors() const
{
    return m_smart && m_smart->badSectors ? qlonglong(*m_smart->badSectors) : -1;
}

qlonglong Drive::smartPowerOnSeconds() const
{
    return m_smart && m_smart->powerOnMilliseconds ? qlonglong(*m_smart->powerOnMilliseconds / 1000) : -1;
}

qlonglong Drive::smartPowerCycles() const
{
    return m_smart && m_smart->powerCycles ? qlonglong(*m_smart->powerCycles) : -1;
}

qlonglong Drive::smartTemperatureMilliKelvin() const
{
    return m_smart && m_smart->temperatureMilliKelvin ? qlonglong(*m_smart->temperatureMilliKelvin) : -1;
}

QList<qulonglong> Drive::scanHistory() const
{
    QList<qulonglong> times;
    for (const auto& e : ScanHistory(m_context.stateDir).list(m_driveKey))
        times.append(qulonglong(
            std::chrono::duration_cast<std::chrono::microseconds>(e.time.time_since_epoch()).count()));
    return times;
}

void Drive::scanHistoryChanged()
{
    emitPropertiesChanged(m_context, m_path, dbus::driveInterface,
                          {{QStringLiteral("ScanHistory"), QVariant::fromValue(scanHistory())}});
}

Result<CheckedDevice> Drive::revalidate()
{
    auto d = m_manager.validator().resolve(m_device.name);
    if (d)
        m_device = *d;
    return d;
}

void Drive::SmartUpdate(const QVariantMap& options)
{
    m_manager.touch();
    MethodCall call(*this, m_context, "SmartUpdate");
    auto o = call.parse(options, {{"wake", QMetaType::Bool}});
    if (!o)
        return;
    const bool wake = o->boolean("wake", false);
    call.authorized(this, "read-health", *o, [this] { return revalidate(); },
                    [this, wake](MethodCall& c, CheckedDevice& d) { smartUpdate(c, d, wake); });
}

void Drive::smartUpdate(MethodCall& call, const CheckedDevice& d, bool wake)
{
    auto report = m_context.smartSource(d.path, wake)->read();
    if (!report) {
        if (report.error() == Error::NotAvailable && m_smart) {
            m_smart.reset();
            emitPropertiesChanged(m_context, m_path, dbus::driveInterface,
                                  {{QStringLiteral("SmartAvailable"), false}});
        }
        call.fail(report.status());
        return;
    }
    const QString before = m_smart ? smartOverall() : storedVerdict();
    m_smart = std::move(*report);
    m_smartUpdated = qulonglong(QDateTime::currentMSecsSinceEpoch()) * 1000;
    const QString after = smartOverall();
    emitPropertiesChanged(m_context, m_path, dbus::driveInterface,
                          {{QStringLiteral("SmartAvailable"), true},
                           {QStringLiteral("SmartUpdated"), m_smartUpdated},
                           {QStringLiteral("SmartOverall"), after},
                           {QStringLiteral("SmartModel"), smartModel()},
                           {QStringLiteral("SmartSerial"), smartSerial()},
                           {QStringLiteral("SmartFirmware"), smartFirmware()},
                           {QStringLiteral("SmartBadSectors"), smartBadSectors()},
                           {QStringLiteral("SmartPowerOnSeconds"), smartPowerOnSeconds()},
                           {QStringLiteral("SmartPowerCycles"), smartPowerCycles()},
                           {QStringLiteral("SmartTemperatureMilliKelvin"), smartTemperatureMilliKelvin()},
                           {QStringLiteral("SmartSelfTestStatus"), smartSelfTestStatus()},
                           {QStringLiteral("SmartSelfTestPercentRemaining"), smartSelfTestPercentRemaining()}});
    // Once per change of the drive's verdict, also across helper restarts
    // (the helper exits when idle; the tray's next SmartUpdate activates a
    // fresh one): the first verdict ever read is the baseline, not a change,
    // and a read without a verdict changes nothing.
    if (!after.isEmpty() && before != after) {
        storeVerdict(after);
        if (!before.isEmpty()) {
            qCInfo(dmremapHelper, "SMART verdict of %s: '%s' -> '%s'", d.path.c_str(), qPrintable(before),
                   qPrintable(after));
            Q_EMIT SmartVerdictChanged(before, after);
        }
    }
    call.reply();
}

std::filesystem::path Drive::verdictFile() const
{
    return m_context.stateDir / "smart-verdicts" / m_driveKey;
}

QString Drive::storedVerdict() const
{
    std::ifstream in(verdictFile());
    std::string v;
    std::getline(in, v);
    return QString::fromStdString(v);
}

void Drive::storeVerdict(const QString& verdict) const
{
    // Written whole and renamed over the old file: a reader never sees half.
    const std::filesystem::path file = verdictFile();
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    const std::filesystem::path tmp = file.string() + ".new";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << verdict.toStdString() << '\n';
        if (!out.flush())
            ec = std::make_error_code(std::errc::io_error);
    }
    if (!ec)
        std::filesystem::rename(tmp, file, ec);
    if (ec)
        qCWarning(dmremapHelper, "cannot keep the SMART verdict of %s in %s: %s", m_device.name.c_str(),
                  file.c_str(), ec.message().c_str());
}

Result<const SmartReport*> Drive::smartData() const
{
    if (!m_smart)
        return Status{Error::NotAvailable, "no SMART data of " + m_device.name + " (call SmartUpdate first)"};
    return &*m_smart;
}

DmrSmartAttributeList Drive::SmartGetAttributes(const QVariantMap& options)
{
    m_manager.touch();
    MethodCall call(*this, m_context, "SmartGetAttributes");
    auto o = call.parse(options);
    if (!o)
        return {};
    // Authorized before the data is looked at: whether a drive has SMART
    // data is health information too.
    call.authorized(this, "read-health", *o, [this](MethodCall& c) {
                        const auto data = smartData();
                        if (!c.check(data.status()))
                            return;
                        const SmartReport* smart = *data;
                        DmrSmartAttributeList list;
                        for (const SmartAttribute& a : smart->attributes) {
                            DmrSmartAttribute d;
                            d.id = a.id;
                            d.name = QString::fromStdString(a.name);
                            d.value = a.value ? qint16(*a.value) : qint16(-1);
                            d.worst = a.worst ? qint16(*a.worst) : qint16(-1);
                            d.threshold = a.threshold ? qint16(*a.threshold) : qint16(-1);
                            d.raw = a.rawValue();
                            d.pretty = a.prettyValue;
                            d.prettyUnit = unitName(a.prettyUnit);
                            d.prettyText = QString::fromStdString(a.prettyText());
                            d.prefailure = a.prefailure;
                            d.online = a.online;
                            d.goodNow = triState(a.goodNow);
                            d.goodInThePast = triState(a.goodInThePast);
                            list.append(d);
                        }
                        c.reply(QVariant::fromValue(list));
                    });
    return {};
}

QByteArray Drive::SmartGetBlob(const QVariantMap& options)
{
    m_manager.touch();
    MethodCall call(*this, m_context, "SmartGetBlob");
    auto o = call.parse(options);
    if (!o)
        return {};
    call.authorized(this, "read-health", *o, [this](MethodCall& c) {
                        const auto data = smartData();
                        if (!c.check(data.status()))
                            return;
                        const SmartReport* smart = *data;
                        c.reply(QByteArray(reinterpret_cast<const char*>(smart->blob.data()),
                                              qsizetype(smart->blob.size())));
                    });
    return {};
}

void Drive::selfTest(const char* method, int test, const QVariantMap& options)
{
    m_manager.touch();
    MethodCall call(*this, m_context, method);
    auto o = call.parse(options);
    if (!o)
        return;
    if (test < 0) {
        call.fail(Status{Error::InvalidArgument, "self-test type must be short, extended or conveyance"});
        return;
    }
    call.authorized(this, "self-test", *o, [this] { return revalidate(); },
                    [this, test](MethodCall& c, CheckedDevice& d) {
                        auto source = m_context.smartSource(d.path, true);
                        if (!c.check(source->runSelfTest(static_cast<SmartSelfTest>(test))))
                            return;
                        qCInfo(dmremapHelper, "%s on %s by uid %u", c.method(), d.path.c_str(),
                               c.callerUid());
                        c.reply();
                    });
}

void Drive::StartSelfTest(const QString& type, const QVariantMap& options)
{
    int test = -1;
    if (type == QLatin1String("short"))
        test = int(SmartSelfTest::Short);
    else if (type == QLatin1String("extended"))
        test = int(SmartSelfTest::Extended);
    else if (type == QLatin1String("conveyance"))
        test = int(SmartSelfTest::Conveyance);
    selfTest("StartSelfTest", test, options);
}

void Drive::AbortSelfTest(const QVariantMap& options)
{
    selfTest("AbortSelfTest", int(SmartSelfTest::Abort), options);
}

QDBusObjectPath Drive::StartScan(const QVariantMap& options)
{
    m_manager.touch();
    MethodCall call(*this, m_context, "StartScan");
    auto o = call.parse(options, {{"request_bytes", QMetaType::UInt},
                                  {"region_bytes", QMetaType::UInt},
                                  {"unit_bytes", QMetaType::UInt},
                                  {"start_bytes", QMetaType::ULongLong},
                                  {"end_bytes", QMetaType::ULongLong},
                                  {"max_bytes_per_second", QMetaType::ULongLong},
                                  {"request_time_limit_ms", QMetaType::UInt},
                                  {"in_flight", QMetaType::UInt}});
    if (!o)
        return {};
    struct Plan {
        CheckedDevice device;
        ScanOptions scan;
    };
    const Options parsed = *o;
    call.authorized(
        this, "scan", *o,
        [this, parsed]() -> Result<Plan> {
            auto d = revalidate();
            if (!d)
                return d.status();
            auto scanOptions = scanOptionsFrom(parsed, d->sizeSectors * 512);
            if (!scanOptions)
                return scanOptions.status();
            if (auto s = m_manager.checkNoJob({name()}); !s)
                return s;
            return Plan{*d, *scanOptions};
        },
        [this](MethodCall& c, Plan& plan) {
            auto job = m_manager.startJob(QStringLiteral("scan"), m_path, {name()}, c.callerUid(),
                                          scanWork(plan.device.path, plan.scan, m_context.stateDir, m_driveKey));
            if (!c.check(job.status()))
                return;
            connect(*job, &Job::ended, this, &Drive::scanHistoryChanged);
            c.reply(QVariant::fromValue(QDBusObjectPath((*job)->path())));
        });
    return {};
}

QVariantMap Drive::GetHealthMap(const QVariantMap& options)
{
    m_manager.touch();
    MethodCall call(*this, m_context, "GetHealthMap");
    auto o = call.parse(options,
                        {{"scan", QMetaType::ULongLong}, {"first_region", QMetaType::ULongLong},
                         {"region_count", QMetaType::ULongLong}});
    if (!o)
        return {};
    const Options parsed = *o;
    call.authorized(this, "read-health", *o, [this, parsed](MethodCall& c) {
        auto encoded = healthMap(parsed);
        if (c.check(encoded.status()))
            c.reply(*encoded);
    });
    return {};
}

Result<QVariantMap> Drive::healthMap(const Options& o)
{
    const ScanHistory history(m_context.stateDir);
    Result<HealthMap> map{Error::NotFound, "no scan of " + m_device.name + " yet"};
    if (o.has("scan")) {
        const auto want = o.u64("scan", 0);
        for (const auto& e : history.list(m_driveKey)) {
            if (qulonglong(std::chrono::duration_cast<std::chrono::microseconds>(e.time.time_since_epoch())
                               .count()) == want)
                map = history.load(e);
        }
    } else {
        map = history.merged(m_driveKey);
    }
    RemapDevice* remap = m_manager.remapDeviceOnMain(name());
    if (!map && map.error() == Error::NotFound && remap && remap->unitBytes() > 0) {
        HealthMapGeometry g;
        g.deviceBytes = m_device.sizeSectors * 512;
        g.unitBytes = remap->unitBytes();
        g.regionBytes = std::max<std::uint32_t>(HealthMapGeometry::defaultRegionBytes, g.unitBytes);
        map = HealthMap(g);
    }
    if (!map)
        return map.status();
    if (remap) {
        auto entries = remap->allEntries();
        if (entries)
            applyOverlays(*map, *entries, remap->unitBytes());
    }
    return encodeHealthMap(*map, o.u64("first_region", 0), o.u64("region_count", ~0ull));
}

} // namespace dmremap::helper
