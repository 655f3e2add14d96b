// dmremap-helper: the privileged D-Bus service org.dmremap.Helper1, started
// by D-Bus activation (or `--assemble` at boot). See DESIGN.md, "The helper".
#include "assembler.h"
#include "dbustypes.h"
#include "helpercontext.h"
#include "helperlog.h"
#include "kmodmoduleloader.h"
#include "manager.h"
#include "polkitauthorizer.h"
#include "sysfsprobe.h"

#include "dm/libdevmappercontrol.h"
#include "dmremap/config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnectionInterface>

#include <cstdio>

using namespace dmremap;
using namespace dmremap::helper;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("dmremap-helper"));
    app.setApplicationVersion(QStringLiteral(DMREMAP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Privileged helper of dm-remap (D-Bus service org.dmremap.Helper1)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption assemble(QStringLiteral("assemble"),
                                      QStringLiteral("Create the remap devices of every spare found, then exit."));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
                                  QStringLiteral("Exit after this many idle seconds (0: never; default 60)."),
                                  QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
                                      QStringLiteral("Scan history folder (default /var/lib/dmremap)."),
                                      QStringLiteral("dir"), QStringLiteral("/var/lib/dmremap"));
    const QCommandLineOption interval(QStringLiteral("status-interval"),
                                      QStringLiteral("Least milliseconds between two status signals (default 500)."),
                                      QStringLiteral("ms"), QStringLiteral("500"));
    const QCommandLineOption session(QStringLiteral("session-bus"),
                                     QStringLiteral("Serve on the session bus (development only)."));
    parser.addOptions({assemble, idle, stateDir, interval, session});
    parser.process(app);

    bool ok1 = false, ok2 = false;
    HelperContext context;
    context.idleTimeout = std::chrono::seconds(parser.value(idle).toUInt(&ok1));
    context.statusInterval = std::chrono::milliseconds(parser.value(interval).toUInt(&ok2));
    if (!ok1 || !ok2 || context.statusInterval.count() < 10) {
        std::fprintf(stderr, "dmremap-helper: bad --idle-timeout or --status-interval (at least 10 ms)\n");
        return 2;
    }
    context.stateDir = parser.value(stateDir).toStdString();
    context.probe = std::make_unique<SysfsProbe>();
    context.dm = std::make_unique<dm::LibDevmapperControl>();
    context.authorizer = std::make_unique<PolkitAuthorizer>(QDBusConnection::systemBus());
    context.moduleLoader = std::make_unique<KmodModuleLoader>();

    if (parser.isSet(assemble)) {
        const DeviceValidator validator(*context.probe);
        const auto outcome = Assembler(context, validator).run();
        for (const auto& n : outcome.assembled)
            std::printf("assembled %s\n", n.c_str());
        for (const auto& n : outcome.skipped)
            std::printf("skipped %s\n", n.c_str());
        for (const auto& n : outcome.failed)
            std::fprintf(stderr, "failed %s\n", n.c_str());
        return outcome.failed.empty() ? 0 : 1;
    }

    dbus::registerTypes();
    context.connection = parser.isSet(session) ? QDBusConnection::sessionBus() : QDBusConnection::systemBus();
    if (!context.connection.isConnected()) {
        qCCritical(dmremapHelper, "cannot connect to the bus: %s", qPrintable(context.connection.lastError().message()));
        return 1;
    }
    Manager manager(context);
    if (!manager.exportObjects()) {
        qCCritical(dmremapHelper, "cannot export the manager object");
        return 1;
    }
    const auto reply = context.connection.interface()->registerService(
        dbus::serviceName, QDBusConnectionInterface::DontQueueService, QDBusConnectionInterface::DontAllowReplacement);
    if (!reply.isValid() || reply.value() != QDBusConnectionInterface::ServiceRegistered) {
        qCCritical(dmremapHelper, "cannot own %s: %s", qPrintable(dbus::serviceName),
                   qPrintable(reply.error().message()));
        return 1;
    }
    qCInfo(dmremapHelper, "serving %s (version %s)", qPrintable(dbus::serviceName), DMREMAP_VERSION);
    return app.exec();
}
