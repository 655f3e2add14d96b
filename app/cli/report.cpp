// dmremapctl report: a drive's health report (DriveReport, app/report) as
// HTML or PDF, from the helper (SMART blob, merged health map, one map per
// scan of the history, the remap devices over the drive) or offline from a
// saved SMART blob (--load) and a health map or ddrescue mapfile (--map).
// main.cpp makes a QGuiApplication on the offscreen platform for this
// subcommand: the PDF is laid out with fonts.
#include "commands.h"

#include "client.h"
#include "ctltr.h"
#include "dbustypes.h"
#include "driveproxy.h"
#include "drivereport.h"
#include "healthmapencoding.h"
#include "healthmaploader.h"
#include "objectpath.h"
#include "output.h"

#include "smart/blobsmartsource.h"

#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>

namespace dmremapctl {

using namespace dmremap;
using report::DriveReport;
using report::DriveReportInput;

namespace {

int fail(const Status& s, bool json)
{
    return reportError(QStringLiteral("org.dmremap.Helper1.Error.") + QString::fromLatin1(errorName(s.error()).data()),
                       QString::fromStdString(s.message()), exitCodeOf(s.error()), json);
}

std::optional<SmartReport> smartOfBlob(std::vector<std::uint8_t> blob, QString* why)
{
    auto r = BlobSmartSource(std::move(blob)).read();
    if (!r) {
        *why = QString::fromStdString(r.status().message());
        return std::nullopt;
    }
    return r.value();
}

QList<QDBusObjectPath> objectPaths(const QVariant& v)
{
    if (v.canConvert<QList<QDBusObjectPath>>())
        return v.value<QList<QDBusObjectPath>>();
    return qdbus_cast<QList<QDBusObjectPath>>(v.value<QDBusArgument>());
}

QList<qulonglong> u64List(const QVariant& v)
{
    if (v.canConvert<QList<qulonglong>>())
        return v.value<QList<qulonglong>>();
    return qdbus_cast<QList<qulonglong>>(v.value<QDBusArgument>());
}

/// Fills `in` from the helper. Returns Ok or the exit code of the error
/// (already reported).
int fromHelper(Client& c, const QString& name, DriveReportInput& in)
{
    QDBusError e;
    auto path = c.drivePath(name, e);
    if (!path)
        return reportError(e, c.json());
    auto props = c.properties(*path, dbus::driveInterface, e);
    if (!props)
        return reportError(e, c.json());
    OrgDmremapHelper1DriveInterface d(dbus::serviceName, *path, c.connection());
    d.setTimeout(c.callTimeoutMs());
    // The last SmartUpdate's data: the report never wakes a sleeping disk.
    auto blob = d.SmartGetBlob(c.options());
    if (c.wait(blob, e)) {
        const QByteArray b = blob.value();
        in.smart = smartOfBlob(std::vector<std::uint8_t>(b.begin(), b.end()), &in.smartUnavailableReason);
    } else {
        in.smartUnavailableReason = e.message();
    }
    auto map = d.GetHealthMap(c.options());
    if (c.wait(map, e)) {
        if (auto decoded = helper::decodeHealthMap(map.value()))
            in.map = std::make_shared<HealthMap>(std::move(decoded.value()));
        else
            return fail(decoded.status(), c.json());
    }
    for (qulonglong t : u64List(props->value(QStringLiteral("ScanHistory")))) {
        auto one = d.GetHealthMap(c.options({{QStringLiteral("scan"), t}}));
        if (!c.wait(one, e))
            continue;
        if (auto decoded = helper::decodeHealthMap(one.value()))
            in.history << DriveReport::historyRow(*decoded, QDateTime::fromMSecsSinceEpoch(qint64(t / 1000)));
    }
    auto manager = c.properties(dbus::managerPath, dbus::managerInterface, e);
    if (!manager)
        return Ok;
    for (const QDBusObjectPath& p : objectPaths(manager->value(QStringLiteral("RemapDevices")))) {
        auto dev = c.properties(p.path(), dbus::remapDeviceInterface, e);
        if (!dev || dev->value(QStringLiteral("Main")).toString() != name)
            continue;
        report::RemapDeviceRow row;
        row.name = dev->value(QStringLiteral("Name")).toString();
        row.spare = dev->value(QStringLiteral("Spare")).toString();
        dm::RemapStatus& s = row.status;
        s.version = dev->value(QStringLiteral("TargetVersion")).toString().toStdString();
        s.state = dev->value(QStringLiteral("State")).toString().toStdString();
        s.unitBytes = dev->value(QStringLiteral("UnitBytes")).toUInt();
        s.remapped = dev->value(QStringLiteral("Remapped")).toULongLong();
        s.capacity = dev->value(QStringLiteral("Capacity")).toULongLong();
        s.pending = dev->value(QStringLiteral("Pending")).toULongLong();
        s.readErrors = dev->value(QStringLiteral("ReadErrors")).toULongLong();
        s.writeErrors = dev->value(QStringLiteral("WriteErrors")).toULongLong();
        s.autoRemaps = dev->value(QStringLiteral("AutoRemaps")).toULongLong();
        s.manualRemaps = dev->value(QStringLiteral("ManualRemaps")).toULongLong();
        s.generation = dev->value(QStringLiteral("Generation")).toULongLong();
        s.validCopies = dev->value(QStringLiteral("ValidCopies")).toUInt();
        s.copies = dev->value(QStringLiteral("Copies")).toUInt();
        in.remapDevices << row;
    }
    return Ok;
}

} // namespace

void addReportOptions(QCommandLineParser& p)
{
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 Tr::tr("Write the report to FILE: PDF when it ends in .pdf, HTML otherwise."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("load"), Tr::tr("Offline: SMART from a saved blob (skdump --save) instead of the helper."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("map"), Tr::tr("Offline: the health map (or GNU ddrescue mapfile) of the drive."),
                 QStringLiteral("FILE")});
}

int runReport(QCommandLineParser& p, const QStringList& a, Client* c)
{
    const bool json = p.isSet(QStringLiteral("json"));
    const QString output = p.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("dmremapctl report: --output FILE is needed (see --help)")));
        return Usage;
    }
    DriveReportInput in;
    in.device = a.value(0);
    if (c) {
        if (in.device.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("dmremapctl report: a drive NAME or --load FILE is needed")));
            return Usage;
        }
        if (const int code = fromHelper(*c, in.device, in); code != Ok)
            return code;
    } else {
        if (p.isSet(QStringLiteral("load"))) {
            auto source = BlobSmartSource::fromFile(p.value(QStringLiteral("load")).toStdString());
            if (!source)
                return fail(source.status(), json);
            auto r = (*source)->read();
            if (!r)
                return fail(r.status(), json);
            in.smart = r.value();
            if (in.device.isEmpty())
                in.device = QFileInfo(p.value(QStringLiteral("load"))).fileName();
        } else {
            in.smartUnavailableReason = Tr::tr("No SMART data was given (--load).");
        }
        if (p.isSet(QStringLiteral("map"))) {
            auto map = gui::HealthMapLoader::load(p.value(QStringLiteral("map")));
            if (!map)
                return fail(map.status(), json);
            in.map = std::make_shared<HealthMap>(std::move(map.value()));
            in.history << DriveReport::historyRow(*in.map, QFileInfo(p.value(QStringLiteral("map"))).lastModified());
            if (in.device.isEmpty())
                in.device = QFileInfo(p.value(QStringLiteral("map"))).fileName();
        }
    }
    QString error;
    if (!DriveReport::write(in, output, &error))
        return reportError(QStringLiteral("org.dmremap.Helper1.Error.Failed"), error, Failed, json);
    if (json)
        printJson(QJsonObject{{QStringLiteral("output"), QFileInfo(output).absoluteFilePath()},
                              {QStringLiteral("device"), in.device}});
    else
        std::printf("%s\n", qPrintable(Tr::tr("Wrote the report of %1 to %2.").arg(in.device, output)));
    return Ok;
}

} // namespace dmremapctl
