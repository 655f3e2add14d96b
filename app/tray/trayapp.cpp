#include "trayapp.h"

#include "freedesktopnotifier.h"
#include "helperwatcher.h"
#include "trayicon.h"
#include "traymonitor.h"

#include <QApplication>
#include <QDBusConnection>
#include <QProcess>
#include <QSettings>
#include <QTimer>

namespace dmremap::tray {

int runTray()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QSettings settings(QStringLiteral("dmremap.org"), QStringLiteral("dmremap-tray"));
    TrayMonitor monitor(std::make_unique<FreedesktopNotifier>(QDBusConnection::sessionBus()), &settings);
    TrayIcon icon(&monitor);
    HelperWatcher watcher(QDBusConnection::systemBus(), &monitor);
    const auto open = [](const QString& page) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--open"), page});
    };
    QObject::connect(&monitor, &TrayMonitor::openRequested, open);
    QObject::connect(&icon, &TrayIcon::openRequested, open);
    QObject::connect(&icon, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    QTimer::singleShot(0, &watcher, &HelperWatcher::start);
    return QApplication::exec();
}

} // namespace dmremap::tray
