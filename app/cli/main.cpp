// dmremapctl: command-line client of the dm-remap helper (org.dmremap.Helper1).
#include "client.h"
#include "commands.h"
#include "ctltr.h"
#include "output.h"

#include "dbustypes.h"
#include "dmremap/config.h"
#include "translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <cstdio>

using namespace dmremapctl;

namespace {

void printUsage()
{
    std::printf("%s", qPrintable(Tr::tr("Usage: dmremapctl [--json] [--no-interaction] COMMAND [ARGS...]\n"
                                        "       dmremapctl COMMAND --help\n\nCommands:\n")));
    for (const Command& c : commands())
        std::printf("  %-14s %s\n", c.name, qPrintable(Tr::tr(c.summary)));
    std::printf("\n%s", qPrintable(Tr::tr(
        "Devices are kernel names (sdb, nvme0n1p2); remap devices are device-mapper names.\n"
        "Sectors are 512-byte sectors. Offline: smart --load FILE, map --import MAPFILE.\n\n"
        "Exit codes: 0 ok, 1 failed, 2 usage, 3 helper unavailable, 4 not authorized,\n"
        "5 invalid arguments, 6 not found, 7 busy or exists, 8 not supported or not available,\n"
        "9 cancelled, 10 medium or I/O error, 11 corrupt data.\n")));
}

} // namespace

int main(int argc, char** argv)
{
    // `report` lays out a PDF with fonts: a QGuiApplication, offscreen (no
    // window is shown; works without a display).
    bool gui = false;
    for (int a = 1; a < argc; ++a) {
        if (argv[a][0] != '-') {
            gui = qstrcmp(argv[a], "report") == 0;
            break;
        }
    }
    if (gui)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(gui ? new QGuiApplication(argc, argv)
                                                      : new QCoreApplication(argc, argv));
    QCoreApplication& app = *application;
    app.setApplicationName(QStringLiteral("dmremapctl"));
    app.setApplicationVersion(QStringLiteral(DMREMAP_VERSION));
    dmremap::dbus::registerTypes();
    dmremap::i18n::installTranslators();

    QStringList args = app.arguments();
    // Global options may come before the command.
    int i = 1;
    bool json = false, noInteraction = false;
    for (; i < args.size() && args[i].startsWith(QLatin1Char('-')); ++i) {
        if (args[i] == QLatin1String("--json"))
            json = true;
        else if (args[i] == QLatin1String("--no-interaction"))
            noInteraction = true;
        else if (args[i] == QLatin1String("--help") || args[i] == QLatin1String("-h")) {
            printUsage();
            return Ok;
        } else if (args[i] == QLatin1String("--version")) {
            std::printf("dmremapctl %s\n", DMREMAP_VERSION);
            return Ok;
        } else {
            std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("dmremapctl: unknown option %1").arg(args[i])));
            return Usage;
        }
    }
    if (i >= args.size()) {
        printUsage();
        return Usage;
    }
    const QString name = args[i];
    const Command* command = nullptr;
    for (const Command& c : commands()) {
        if (name == QLatin1String(c.name))
            command = &c;
    }
    if (!command) {
        std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("dmremapctl: unknown command %1 (see --help)").arg(name)));
        return Usage;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(command->summary));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    parser.addOption({QStringLiteral("no-interaction"), Tr::tr("Never ask for a password (fail instead).")});
    for (const QString& p : command->positional)
        parser.addPositionalArgument(p, QString());
    if (command->addOptions)
        command->addOptions(parser);
    QStringList sub{QStringLiteral("dmremapctl ") + name};
    sub += args.mid(i + 1);
    // Global options given before the command count for it.
    if (json)
        sub += QStringLiteral("--json");
    if (noInteraction)
        sub += QStringLiteral("--no-interaction");
    if (!parser.parse(sub)) {
        std::fprintf(stderr, "dmremapctl %s: %s\n", qPrintable(name), qPrintable(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return Ok;
    }
    json = json || parser.isSet(QStringLiteral("json"));
    noInteraction = noInteraction || parser.isSet(QStringLiteral("no-interaction"));
    const QStringList positional = parser.positionalArguments();
    std::size_t required = 0;
    for (const QString& p : command->positional)
        required += !p.startsWith(QLatin1Char('['));
    if (std::size_t(positional.size()) < required || positional.size() > command->positional.size()) {
        std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("dmremapctl %1: expects %2 (see --help)")
                                                    .arg(name, command->positional.join(QLatin1Char(' ')))));
        return Usage;
    }
    if (isOffline(name, parser))
        return command->run(parser, positional, nullptr);
    Client client(json, noInteraction);
    if (!client.connection().isConnected())
        return reportError(QStringLiteral("org.freedesktop.DBus.Error.NoServer"),
                           Tr::tr("cannot connect to the system bus"), Unavailable, json);
    return command->run(parser, positional, &client);
}
