// dmremap-tray-probe: the tray's event path (HelperWatcher, TrayMonitor)
// on the real system bus and helper, with a notifier that prints each
// notification it is asked to show as one line on stdout instead of talking
// to a desktop ("notify <key> | <summary> | <page>"). For the VM test
// tests/vm/45-tray-helper.sh, where no desktop session runs.
// Usage: dmremap-tray-probe SECONDS
#include "helperwatcher.h"
#include "notifier.h"
#include "translator.h"
#include "traymonitor.h"

#include <QApplication>
#include <QDBusConnection>
#include <QTimer>

#include <cstdio>

using namespace dmremap::tray;

namespace {

class PrintingNotifier : public Notifier
{
public:
    quint32 show(const TrayEvent& e) override
    {
        std::printf("notify %s | %s | %s\n", qPrintable(e.key()), qPrintable(e.summary()), qPrintable(e.page()));
        std::fflush(stdout);
        return ++m_id;
    }

private:
    quint32 m_id = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    dmremap::i18n::installTranslators();
    TrayMonitor monitor(std::make_unique<PrintingNotifier>(), nullptr);
    HelperWatcher watcher(QDBusConnection::systemBus(), &monitor, 0);
    watcher.start();
    std::printf("watching\n");
    std::fflush(stdout);
    QTimer::singleShot(QString::fromLocal8Bit(argv[argc - 1]).toInt() * 1000, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
