#include "commands.h"

#include "client.h"
#include "ctltr.h"
#include "dbustypes.h"
#include "objectpath.h"
#include "output.h"

#include "driveproxy.h"
#include "jobproxy.h"
#include "managerproxy.h"
#include "remapdeviceproxy.h"
#include "streamrelay.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace dmremapctl {

using namespace dmremap;

namespace {

using ManagerProxy = OrgDmremapHelper1ManagerInterface;
using DriveProxy = OrgDmremapHelper1DriveInterface;
using DeviceProxy = OrgDmremapHelper1RemapDeviceInterface;
using JobProxy = OrgDmremapHelper1JobInterface;

int usage(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("dmremapctl: %1 (see --help)").arg(message)));
    return Usage;
}

/// Prints the properties of an object, human (name: value) or JSON.
int showProperties(Client& c, const QString& path, const QString& interface, QJsonObject extra = {})
{
    QDBusError e;
    auto props = c.properties(path, interface, e);
    if (!props)
        return reportError(e, c.json());
    if (c.json()) {
        QJsonObject o = extra;
        o.insert(QStringLiteral("path"), path);
        for (auto it = props->cbegin(); it != props->cend(); ++it)
            o.insert(it.key(), toJson(it.value()));
        printJson(o);
    } else {
        for (auto it = props->cbegin(); it != props->cend(); ++it)
            std::printf("%-30s %s\n", qPrintable(it.key() + QLatin1Char(':')), qPrintable(toText(it.value())));
    }
    return Ok;
}

bool u64Arg(const QString& s, qulonglong& out)
{
    bool ok = false;
    out = s.toULongLong(&ok, 0);
    return ok;
}

/// Reports the job path, then waits for it unless --no-wait.
int afterJob(Client& c, QCommandLineParser& p, const QString& jobPath)
{
    if (p.isSet(QStringLiteral("no-wait"))) {
        if (c.json())
            printJson(QJsonObject{{QStringLiteral("job"), jobPath}});
        else
            std::printf("%s\n", qPrintable(jobPath));
        return Ok;
    }
    if (!c.json())
        std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("job %1").arg(jobPath)));
    QString message;
    const int code = c.waitForJob(jobPath, &message);
    if (c.json())
        printJson(QJsonObject{{QStringLiteral("job"), jobPath},
                              {QStringLiteral("success"), code == Ok},
                              {QStringLiteral("message"), message},
                              {QStringLiteral("exit_code"), code}});
    else
        std::printf("%s\n", qPrintable(code == Ok ? message : Tr::tr("failed: %1").arg(message)));
    return code;
}

void noWait(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("no-wait"), Tr::tr("Print the job's path and return at once.")});
}

QString devicePath(const QString& dmName)
{
    return dbus::remapDevicePath(dmName);
}

/// Calls a method of the object at PATH that takes only the options and
/// returns nothing (Remove, Cancel, Pause, Resume); exit code as reportError.
template <typename Proxy>
int callWithOptions(Client& c, const QString& path, QDBusPendingReply<> (Proxy::*method)(const QVariantMap&))
{
    Proxy proxy(dbus::serviceName, path, c.connection());
    proxy.setTimeout(c.callTimeoutMs());
    auto r = (proxy.*method)(c.options());
    QDBusError e;
    return c.wait(r, e) ? int(Ok) : reportError(e, c.json());
}

std::vector<Command> makeCommands()
{
    std::vector<Command> cmds;
    cmds.push_back({"status", QT_TRANSLATE_NOOP("dmremapctl", "Helper version, module state, drives, remap devices and jobs"), {}, nullptr,
                    [](QCommandLineParser&, const QStringList&, Client* c) {
                        return showProperties(*c, dbus::managerPath, dbus::managerInterface);
                    }});
    cmds.push_back({"load-module", QT_TRANSLATE_NOOP("dmremapctl", "Load the dm-remap kernel module"), {}, nullptr,
                    [](QCommandLineParser&, const QStringList&, Client* c) {
                        ManagerProxy m(dbus::serviceName, dbus::managerPath, c->connection());
                        m.setTimeout(c->callTimeoutMs());
                        auto r = m.LoadModule(c->options());
                        QDBusError e;
                        return c->wait(r, e) ? Ok : reportError(e, c->json());
                    }});
    cmds.push_back({"drive", QT_TRANSLATE_NOOP("dmremapctl", "Properties of a drive (SMART summary, identity, scan history)"), {"NAME"}, nullptr,
                    [](QCommandLineParser&, const QStringList& a, Client* c) {
                        QDBusError e;
                        auto path = c->drivePath(a.value(0), e);
                        return path ? showProperties(*c, *path, dbus::driveInterface) : reportError(e, c->json());
                    }});
    cmds.push_back(
        {"smart", QT_TRANSLATE_NOOP("dmremapctl", "Read SMART of a drive now; or analyse a saved blob offline (--load FILE)"), {"[NAME]"},
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("load"), Tr::tr("Analyse a saved SMART blob (skdump --save) without the helper."),
                          QStringLiteral("FILE")});
             p.addOption({QStringLiteral("wake"), Tr::tr("Read even when the disk sleeps.")});
         },
         [](QCommandLineParser& p, const QStringList& a, Client* c) {
             if (p.isSet(QStringLiteral("load")))
                 return smartLoad(p.value(QStringLiteral("load")), p.isSet(QStringLiteral("json")));
             if (a.size() != 1)
                 return usage(Tr::tr("smart needs a drive NAME or --load FILE"));
             QDBusError e;
             auto path = c->drivePath(a.value(0), e);
             if (!path)
                 return reportError(e, c->json());
             DriveProxy d(dbus::serviceName, *path, c->connection());
             d.setTimeout(c->callTimeoutMs());
             QVariantMap extra;
             if (p.isSet(QStringLiteral("wake")))
                 extra.insert(QStringLiteral("wake"), true);
             auto r = d.SmartUpdate(c->options(extra));
             if (!c->wait(r, e))
                 return reportError(e, c->json());
             auto attrs = d.SmartGetAttributes(c->options());
             if (!c->wait(attrs, e))
                 return reportError(e, c->json());
             QJsonArray list;
             if (!c->json()) {
                 showProperties(*c, *path, dbus::driveInterface);
                 std::printf("\n%3s %-28s %5s %5s %5s %-16s %s\n", "ID", qPrintable(Tr::tr("Name")),
                             qPrintable(Tr::tr("Value")), qPrintable(Tr::tr("Worst")), qPrintable(Tr::tr("Thres")),
                             qPrintable(Tr::tr("Pretty")), qPrintable(Tr::tr("Good")));
             }
             for (const DmrSmartAttribute& x : attrs.value()) {
                 if (c->json())
                     list.append(QJsonObject{{QStringLiteral("id"), x.id}, {QStringLiteral("name"), x.name},
                                             {QStringLiteral("value"), x.value}, {QStringLiteral("worst"), x.worst},
                                             {QStringLiteral("threshold"), x.threshold},
                                             {QStringLiteral("raw"), double(x.raw)},
                                             {QStringLiteral("pretty"), x.prettyText},
                                             {QStringLiteral("good_now"), x.goodNow}});
                 else
                     std::printf("%3u %-28s %5d %5d %5d %-16s %s\n", x.id, qPrintable(x.name), x.value, x.worst,
                                 x.threshold, qPrintable(x.prettyText),
                                 qPrintable(x.goodNow < 0 ? Tr::tr("n/a") : x.goodNow ? Tr::tr("yes") : Tr::tr("NO")));
             }
             if (c->json())
                 return showProperties(*c, *path, dbus::driveInterface, {{QStringLiteral("attributes"), list}});
             return int(Ok);
         }});
    cmds.push_back({"self-test", QT_TRANSLATE_NOOP("dmremapctl", "Start (short, extended, conveyance) or abort a SMART self-test"), {"NAME", "TYPE|abort"},
                    nullptr, [](QCommandLineParser&, const QStringList& a, Client* c) {
                        QDBusError e;
                        auto path = c->drivePath(a.value(0), e);
                        if (!path)
                            return reportError(e, c->json());
                        DriveProxy d(dbus::serviceName, *path, c->connection());
                        d.setTimeout(c->callTimeoutMs());
                        auto r = a.value(1) == QLatin1String("abort") ? d.AbortSelfTest(c->options())
                                                                        : d.StartSelfTest(a.value(1), c->options());
                        return c->wait(r, e) ? Ok : reportError(e, c->json());
                    }});
    cmds.push_back(
        {"scan", QT_TRANSLATE_NOOP("dmremapctl", "Scan the surface of a drive (read-only) and wait for the result"), {"NAME"},
         [](QCommandLineParser& p) {
             noWait(p);
             p.addOption({QStringLiteral("request-bytes"), Tr::tr("Read request size."), QStringLiteral("BYTES")});
             p.addOption({QStringLiteral("region-bytes"), Tr::tr("Health map region size."), QStringLiteral("BYTES")});
             p.addOption({QStringLiteral("unit-bytes"), Tr::tr("Remap unit to narrow errors to."), QStringLiteral("BYTES")});
             p.addOption({QStringLiteral("start"), Tr::tr("First byte."), QStringLiteral("BYTES")});
             p.addOption({QStringLiteral("end"), Tr::tr("End byte (exclusive)."), QStringLiteral("BYTES")});
             p.addOption({QStringLiteral("max-rate"), Tr::tr("Bytes per second at most."), QStringLiteral("BYTES")});
         },
         [](QCommandLineParser& p, const QStringList& a, Client* c) {
             QVariantMap o;
             const std::pair<const char*, const char*> u32opts[] = {
                 {"request-bytes", "request_bytes"}, {"region-bytes", "region_bytes"}, {"unit-bytes", "unit_bytes"}};
             for (const auto& [cli, key] : u32opts) {
                 if (p.isSet(QLatin1String(cli)))
                     o.insert(QLatin1String(key), p.value(QLatin1String(cli)).toUInt());
             }
             const std::pair<const char*, const char*> u64opts[] = {
                 {"start", "start_bytes"}, {"end", "end_bytes"}, {"max-rate", "max_bytes_per_second"}};
             for (const auto& [cli, key] : u64opts) {
                 if (p.isSet(QLatin1String(cli)))
                     o.insert(QLatin1String(key), p.value(QLatin1String(cli)).toULongLong());
             }
             QDBusError e;
             auto path = c->drivePath(a.value(0), e);
             if (!path)
                 return reportError(e, c->json());
             DriveProxy d(dbus::serviceName, *path, c->connection());
             d.setTimeout(c->callTimeoutMs());
             auto r = d.StartScan(c->options(o));
             if (!c->wait(r, e))
                 return reportError(e, c->json());
             return afterJob(*c, p, r.value().path());
         }});
    cmds.push_back(
        {"map", QT_TRANSLATE_NOOP("dmremapctl", "Health map of a drive; or summarize a GNU ddrescue mapfile offline (--import MAPFILE)"), {"[NAME]"},
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("import"), Tr::tr("Summarize a ddrescue mapfile without the helper."),
                          QStringLiteral("MAPFILE")});
             p.addOption({QStringLiteral("unit-bytes"), Tr::tr("Unit for --import (default 4096)."),
                          QStringLiteral("BYTES"), QStringLiteral("4096")});
             p.addOption({QStringLiteral("region-bytes"), Tr::tr("Region for --import (default 1 MiB)."),
                          QStringLiteral("BYTES"), QStringLiteral("1048576")});
             p.addOption({QStringLiteral("scan"), Tr::tr("One scan of the history (its time) instead of all merged."),
                          QStringLiteral("TIME")});
         },
         [](QCommandLineParser& p, const QStringList& a, Client* c) {
             if (p.isSet(QStringLiteral("import")))
                 return mapImport(p.value(QStringLiteral("import")), p.value(QStringLiteral("unit-bytes")).toUInt(),
                                  p.value(QStringLiteral("region-bytes")).toUInt(), p.isSet(QStringLiteral("json")));
             if (a.size() != 1)
                 return usage(Tr::tr("map needs a drive NAME or --import MAPFILE"));
             QDBusError e;
             auto path = c->drivePath(a.value(0), e);
             if (!path)
                 return reportError(e, c->json());
             DriveProxy d(dbus::serviceName, *path, c->connection());
             d.setTimeout(c->callTimeoutMs());
             QVariantMap o;
             if (p.isSet(QStringLiteral("scan")))
                 o.insert(QStringLiteral("scan"), p.value(QStringLiteral("scan")).toULongLong());
             auto r = d.GetHealthMap(c->options(o));
             if (!c->wait(r, e))
                 return reportError(e, c->json());
             const QVariantMap m = r.value();
             if (c->json()) {
                 printJson(toJson(m));
                 return int(Ok);
             }
             const QByteArray regions = m.value(QStringLiteral("regions")).toByteArray();
             qulonglong scanned = 0, errors = 0;
             for (char b : regions) {
                 scanned += (b & 0x0f) != 0;
                 errors += (b & 0x10) != 0;
             }
             std::printf("%s\n", qPrintable(Tr::tr("Regions:        %1 of %2 bytes, %3 scanned, %4 with read errors")
                                                 .arg(m.value(QStringLiteral("region_count")).toLongLong())
                                                 .arg(m.value(QStringLiteral("region_bytes")).toUInt())
                                                 .arg(scanned)
                                                 .arg(errors)));
             for (const char* list : {"bad", "suspect", "pending", "remapped"}) {
                 const QVariant v = m.value(QLatin1String(list));
                 std::printf("%-15s %s\n", (QByteArray(list) + ':').constData(),
                             qPrintable(Tr::tr("%1 (unit %2 bytes; first, count pairs)")
                                            .arg(toText(v))
                                            .arg(m.value(QStringLiteral("unit_bytes")).toUInt())));
             }
             return int(Ok);
         }});
    cmds.push_back({"format-spare", QT_TRANSLATE_NOOP("dmremapctl", "Write fresh dm-remap metadata on SPARE for MAIN (destroys SPARE's contents)"),
                    {"MAIN", "SPARE"},
                    [](QCommandLineParser& p) {
                        noWait(p);
                        p.addOption({QStringLiteral("unit-bytes"), Tr::tr("Remap unit."), QStringLiteral("BYTES")});
                        p.addOption({QStringLiteral("force"), Tr::tr("Overwrite existing dm-remap metadata.")});
                    },
                    [](QCommandLineParser& p, const QStringList& a, Client* c) {
                        QVariantMap o;
                        if (p.isSet(QStringLiteral("unit-bytes")))
                            o.insert(QStringLiteral("unit_bytes"), p.value(QStringLiteral("unit-bytes")).toUInt());
                        if (p.isSet(QStringLiteral("force")))
                            o.insert(QStringLiteral("force"), true);
                        ManagerProxy m(dbus::serviceName, dbus::managerPath, c->connection());
                        m.setTimeout(c->callTimeoutMs());
                        auto r = m.FormatSpare(a.value(0), a.value(1), c->options(o));
                        QDBusError e;
                        if (!c->wait(r, e))
                            return reportError(e, c->json());
                        return afterJob(*c, p, r.value().path());
                    }});
    cmds.push_back({"create", QT_TRANSLATE_NOOP("dmremapctl", "Create the remap device over MAIN with SPARE"), {"MAIN", "SPARE"},
                    [](QCommandLineParser& p) {
                        p.addOption({QStringLiteral("name"), Tr::tr("Device-mapper name (default remap-MAIN)."),
                                     QStringLiteral("NAME")});
                        p.addOption({QStringLiteral("format"),
                                     Tr::tr("Format a blank spare first (its contents are lost).")});
                        p.addOption({QStringLiteral("unit-bytes"), Tr::tr("Remap unit when formatting."),
                                     QStringLiteral("BYTES")});
                        p.addOption({QStringLiteral("read-retries"), Tr::tr("Extra read attempts (0-16)."),
                                     QStringLiteral("N")});
                        p.addOption({QStringLiteral("no-auto-remap"), Tr::tr("Remap only on request.")});
                    },
                    [](QCommandLineParser& p, const QStringList& a, Client* c) {
                        QVariantMap o;
                        if (p.isSet(QStringLiteral("name")))
                            o.insert(QStringLiteral("name"), p.value(QStringLiteral("name")));
                        if (p.isSet(QStringLiteral("format")))
                            o.insert(QStringLiteral("format"), true);
                        if (p.isSet(QStringLiteral("unit-bytes")))
                            o.insert(QStringLiteral("unit_bytes"), p.value(QStringLiteral("unit-bytes")).toUInt());
                        if (p.isSet(QStringLiteral("read-retries")))
                            o.insert(QStringLiteral("read_retries"), p.value(QStringLiteral("read-retries")).toUInt());
                        if (p.isSet(QStringLiteral("no-auto-remap")))
                            o.insert(QStringLiteral("no_auto_remap"), true);
                        ManagerProxy m(dbus::serviceName, dbus::managerPath, c->connection());
                        m.setTimeout(c->callTimeoutMs());
                        auto r = m.CreateRemapDevice(a.value(0), a.value(1), c->options(o));
                        QDBusError e;
                        if (!c->wait(r, e))
                            return reportError(e, c->json());
                        return showProperties(*c, r.value().path(), dbus::remapDeviceInterface);
                    }});
    cmds.push_back({"device", QT_TRANSLATE_NOOP("dmremapctl", "Status of a remap device"), {"DMNAME"}, nullptr,
                    [](QCommandLineParser&, const QStringList& a, Client* c) {
                        return showProperties(*c, devicePath(a.value(0)), dbus::remapDeviceInterface);
                    }});
    cmds.push_back({"remaps", QT_TRANSLATE_NOOP("dmremapctl", "The remap table of a remap device"), {"DMNAME"},
                    [](QCommandLineParser& p) {
                        p.addOption({QStringLiteral("from"), Tr::tr("First entry (default 0)."),
                                     QStringLiteral("N"), QStringLiteral("0")});
                        p.addOption({QStringLiteral("count"), Tr::tr("Entries (default 1000)."),
                                     QStringLiteral("N"), QStringLiteral("1000")});
                    },
                    [](QCommandLineParser& p, const QStringList& a, Client* c) {
                        DeviceProxy d(dbus::serviceName, devicePath(a.value(0)), c->connection());
                        d.setTimeout(c->callTimeoutMs());
                        auto r = d.ListRemaps(p.value(QStringLiteral("from")).toULongLong(),
                                              p.value(QStringLiteral("count")).toUInt(), c->options());
                        QDBusError e;
                        if (!c->wait(r, e))
                            return reportError(e, c->json());
                        QJsonArray list;
                        for (const DmrRemapEntry& x : r.value()) {
                            if (c->json())
                                list.append(QJsonObject{{QStringLiteral("main_unit"), double(x.mainUnit)},
                                                        {QStringLiteral("slot"), x.state == QLatin1String("pending")
                                                                                     ? QJsonValue()
                                                                                     : QJsonValue(double(x.slot))},
                                                        {QStringLiteral("state"), x.state}});
                            else
                                std::printf("%llu %s %s\n", x.mainUnit,
                                            x.state == QLatin1String("pending") ? "-" : qPrintable(QString::number(x.slot)),
                                            qPrintable(x.state));
                        }
                        if (c->json())
                            printJson(list);
                        return int(Ok);
                    }});
    const auto sectorCommand = [](const char* name, const char* summary, const char* method) {
        return Command{name, summary, {"DMNAME", "SECTOR"}, nullptr,
                       [method](QCommandLineParser&, const QStringList& a, Client* c) {
                           qulonglong sector = 0;
                           if (!u64Arg(a.value(1), sector))
                               return usage(Tr::tr("SECTOR must be a number"));
                           DeviceProxy d(dbus::serviceName, devicePath(a.value(0)), c->connection());
                           d.setTimeout(c->callTimeoutMs());
                           auto r = QLatin1String(method) == QLatin1String("Remap") ? d.Remap(sector, c->options())
                                                                                     : d.ClearPending(sector, c->options());
                           QDBusError e;
                           return c->wait(r, e) ? int(Ok) : reportError(e, c->json());
                       }};
    };
    cmds.push_back(sectorCommand("remap", QT_TRANSLATE_NOOP("dmremapctl", "Remap the unit holding SECTOR (512-byte sectors), copying readable data"),
                                 "Remap"));
    cmds.push_back(sectorCommand("clear-pending", QT_TRANSLATE_NOOP("dmremapctl", "Forget the pending mark of the unit holding SECTOR"), "ClearPending"));
    cmds.push_back({"rescue", QT_TRANSLATE_NOOP("dmremapctl", "Re-read the unit holding SECTOR and write it to the spare"), {"DMNAME", "SECTOR"},
                    [](QCommandLineParser& p) {
                        noWait(p);
                        p.addOption({QStringLiteral("retries"), Tr::tr("Read attempts (1-64, default 8)."),
                                     QStringLiteral("N")});
                        p.addOption({QStringLiteral("zero-fill"),
                                     Tr::tr("Write zeros when unreadable: the unit's data is given up.")});
                    },
                    [](QCommandLineParser& p, const QStringList& a, Client* c) {
                        qulonglong sector = 0;
                        if (!u64Arg(a.value(1), sector))
                            return usage(Tr::tr("SECTOR must be a number"));
                        QVariantMap o;
                        if (p.isSet(QStringLiteral("retries")))
                            o.insert(QStringLiteral("retries"), p.value(QStringLiteral("retries")).toUInt());
                        if (p.isSet(QStringLiteral("zero-fill")))
                            o.insert(QStringLiteral("zero_fill"), true);
                        DeviceProxy d(dbus::serviceName, devicePath(a.value(0)), c->connection());
                        d.setTimeout(c->callTimeoutMs());
                        auto r = d.RescueBlock(sector, c->options(o));
                        QDBusError e;
                        if (!c->wait(r, e))
                            return reportError(e, c->json());
                        return afterJob(*c, p, r.value().path());
                    }});
    cmds.push_back({"remove", QT_TRANSLATE_NOOP("dmremapctl", "Remove a remap device (the remaps stay on the spare)"), {"DMNAME"}, nullptr,
                    [](QCommandLineParser&, const QStringList& a, Client* c) {
                        return callWithOptions(*c, devicePath(a.value(0)), &DeviceProxy::Remove);
                    }});
    cmds.push_back({"job", QT_TRANSLATE_NOOP("dmremapctl", "Properties of a job"), {"JOBPATH"}, nullptr,
                    [](QCommandLineParser&, const QStringList& a, Client* c) {
                        return showProperties(*c, a.value(0), dbus::jobInterface);
                    }});
    cmds.push_back({"cancel", QT_TRANSLATE_NOOP("dmremapctl", "Cancel a job"), {"JOBPATH"}, nullptr,
                    [](QCommandLineParser&, const QStringList& a, Client* c) {
                        return callWithOptions(*c, a.value(0), &JobProxy::Cancel);
                    }});
    cmds.push_back({"pause", QT_TRANSLATE_NOOP("dmremapctl", "Pause a scan job"), {"JOBPATH"}, nullptr,
                    [](QCommandLineParser&, const QStringList& a, Client* c) {
                        return callWithOptions(*c, a.value(0), &JobProxy::Pause);
                    }});
    cmds.push_back({"resume", QT_TRANSLATE_NOOP("dmremapctl", "Resume a paused job"), {"JOBPATH"}, nullptr,
                    [](QCommandLineParser&, const QStringList& a, Client* c) {
                        return callWithOptions(*c, a.value(0), &JobProxy::Resume);
                    }});
    cmds.push_back(
        {"watch", QT_TRANSLATE_NOOP("dmremapctl", "Stream the status of a remap device (PropertiesChanged) until interrupted"), {"DMNAME"},
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("seconds"), Tr::tr("Stop after this long (default: never)."),
                          QStringLiteral("S")});
         },
         [](QCommandLineParser& p, const QStringList& a, Client* c) {
             ManagerProxy m(dbus::serviceName, dbus::managerPath, c->connection());
             m.setTimeout(c->callTimeoutMs());
             auto r = m.Watch(c->options());
             QDBusError e;
             if (!c->wait(r, e))
                 return reportError(e, c->json());
             QEventLoop loop;
             const bool json = c->json();
             auto print = [json](const QDBusMessage& msg) {
                 const QVariantMap changed = qdbus_cast<QVariantMap>(msg.arguments().value(1));
                 QJsonObject o{{QStringLiteral("signal"), msg.member()}, {QStringLiteral("path"), msg.path()}};
                 if (msg.member() == QLatin1String("PropertiesChanged"))
                     for (auto it = changed.cbegin(); it != changed.cend(); ++it)
                         o.insert(it.key(), toJson(it.value()));
                 else
                     o.insert(QStringLiteral("arguments"), toJson(QVariant(msg.arguments())));
                 if (json)
                     printJson(o);
                 else
                     std::printf("%s\n", qPrintable(toText(QVariant::fromValue(o.toVariantMap()))));
                 std::fflush(stdout);
             };
             const QString path = devicePath(a.value(0));
             QDBusConnection& bus = c->connection();
             auto* relay = new StreamRelay(print);
             bus.connect(dbus::serviceName, path, QStringLiteral("org.freedesktop.DBus.Properties"),
                         QStringLiteral("PropertiesChanged"), relay, SLOT(deliver(QDBusMessage)));
             for (const char* sig : {"RemapsAdded", "PendingBlocksAdded", "SpareNearlyFull", "SpareFull", "StateChanged"})
                 bus.connect(dbus::serviceName, path, dbus::remapDeviceInterface, QLatin1String(sig), relay,
                             SLOT(deliver(QDBusMessage)));
             if (p.isSet(QStringLiteral("seconds")))
                 QTimer::singleShot(p.value(QStringLiteral("seconds")).toInt() * 1000, &loop, &QEventLoop::quit);
             loop.exec();
             delete relay;
             return int(Ok);
         }});
    cmds.push_back({"report",
                    QT_TRANSLATE_NOOP("dmremapctl", "Write a drive's health report as HTML or PDF (offline with --load/--map)"),
                    {"[NAME]"}, addReportOptions, runReport});
    return cmds;
}

} // namespace

bool isOffline(const QString& command, const QCommandLineParser& parser)
{
    return (command == QLatin1String("smart") && parser.isSet(QStringLiteral("load"))) ||
           (command == QLatin1String("map") && parser.isSet(QStringLiteral("import"))) ||
           (command == QLatin1String("report") &&
            (parser.isSet(QStringLiteral("load")) || parser.isSet(QStringLiteral("map"))));
}

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = makeCommands();
    return all;
}

} // namespace dmremapctl
