// dmremap-demo-driver: the real dmremap main window, connected to the helper
// on the system bus, walked through a whole rescue (see demodriver.h).
//   dmremap-demo-driver --out DIR --main NAME --spare NAME [--step-hook CMD] [--timeout SECONDS]
#include "demodriver.h"
#include "drivecontroller.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QDBusError>
#include <QRegularExpression>

#include <cstdio>

using namespace dmremap::gui;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    MainWindow::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the dmremap window against the helper on the system bus and walks a whole rescue of --main onto "
        "--spare, saving DIR/NN-step.png and DIR/NN-step.widgets at each step and printing `demo-step NN step`."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the step files."),
                                       QStringLiteral("dir"));
    const QCommandLineOption mainOption(QStringLiteral("main"), QStringLiteral("Kernel name of the failing drive."),
                                        QStringLiteral("name"));
    const QCommandLineOption spareOption(QStringLiteral("spare"), QStringLiteral("Kernel name of the spare."),
                                         QStringLiteral("name"));
    const QCommandLineOption hookOption(QStringLiteral("step-hook"),
                                        QStringLiteral("Command run as `CMD NN step` after each step; a non-zero exit "
                                                       "fails the run."),
                                        QStringLiteral("cmd"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("Seconds to wait for the window to reach each state."),
                                           QStringLiteral("seconds"), QStringLiteral("300"));
    parser.addOptions({outOption, mainOption, spareOption, hookOption, timeoutOption});
    parser.process(app);

    auto usage = [](const QString& why) {
        std::fprintf(stderr, "dmremap-demo-driver: %s\n", qPrintable(why));
        return 1;
    };
    static const QRegularExpression kernelName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:+-]{0,63}$"));
    if (!parser.isSet(outOption))
        return usage(QStringLiteral("--out DIR is required"));
    for (const auto* o : {&mainOption, &spareOption})
        if (!kernelName.match(parser.value(*o)).hasMatch())
            return usage(QStringLiteral("--%1 needs a kernel device name such as sdb").arg(o->names().first()));
    if (parser.value(mainOption) == parser.value(spareOption))
        return usage(QStringLiteral("--main and --spare must differ"));
    bool ok = false;
    const int timeout = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeout <= 0)
        return usage(QStringLiteral("--timeout needs a positive number of seconds"));

    const QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return usage(QStringLiteral("no system bus: %1").arg(bus.lastError().message()));

    MainWindow window;
    window.resize(1280, 860);
    window.connectSystemHelper();
    if (const QByteArray req = qgetenv("DMREMAP_DEMO_SCAN_REQUEST_BYTES"); !req.isEmpty())
        window.driveController()->setScanOptions({{QStringLiteral("request_bytes"), req.toUInt()}});
    window.show();

    DemoDriver driver(&window, {.outDir = parser.value(outOption),
                                .mainName = parser.value(mainOption),
                                .spareName = parser.value(spareOption),
                                .stepHook = parser.value(hookOption),
                                .timeoutSeconds = timeout});
    QObject::connect(&driver, &DemoDriver::finished, &app, [](int code) { QCoreApplication::exit(code); });
    driver.start();
    return QApplication::exec();
}
