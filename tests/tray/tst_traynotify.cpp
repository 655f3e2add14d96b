// The tray's notifications on a real session bus with a real notification
// server (run by notify-session.sh under dbus-run-session and Xvfb): a
// new-remap event handled twice gives exactly one notification, with the
// server's id; the server's action signal opens the remap device's
// dashboard. notify-session.sh counts the Notify calls on the bus itself.
#include "freedesktopnotifier.h"
#include "trayevent.h"
#include "traymonitor.h"
#include "translator.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace dmremap::tray;

class TestTrayNotify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!dmremap::i18n::installTranslators().isEmpty());
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "no session bus (run under dbus-run-session)");
        QVERIFY2(bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications")),
                 "no notification server on the session bus");
        QDBusMessage info = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("GetServerInformation"));
        const QDBusMessage reply = bus.call(info);
        QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
        qInfo() << "notification server:" << reply.arguments();
    }

    void newRemapTwiceNotifiesOnce()
    {
        TrayMonitor monitor(std::make_unique<FreedesktopNotifier>(QDBusConnection::sessionBus()), nullptr);
        QSignalSpy open(&monitor, &TrayMonitor::openRequested);
        TrayEvent e;
        e.kind = TrayEvent::Kind::RemapsAdded;
        e.drive = QStringLiteral("sdb");
        e.device = QStringLiteral("remap-sdb");
        e.added = 3;
        e.total = 3;
        QVERIFY(monitor.handle(e)); // the server gave an id
        QVERIFY(!monitor.handle(e)); // the same remaps reported again
        const QByteArray invoke = qgetenv("DMREMAP_NOTIFY_INVOKE");
        if (!invoke.isEmpty()) {
            // The server's own control tool invokes the default action of its
            // newest notification: ActionInvoked(id, "default") on the bus.
            const QStringList cmd = QString::fromLocal8Bit(invoke).split(QLatin1Char(' '));
            QProcess ctl;
            ctl.start(cmd[0], cmd.mid(1));
            QVERIFY(ctl.waitForFinished(10000));
            QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardError().constData());
            QTRY_COMPARE_WITH_TIMEOUT(open.size(), 1, 5000);
            QTest::qWait(300); // one action, one page
            QCOMPARE(open.size(), 1);
            QCOMPARE(open[0][0].toString(), QStringLiteral("dashboard:remap-sdb"));
        }
    }
};

QTEST_MAIN(TestTrayNotify)
#include "tst_traynotify.moc"
