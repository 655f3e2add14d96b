// HelperWatcher on a real D-Bus daemon (a private session bus: CTest runs
// this under dbus-run-session) against a stand-in for org.dmremap.Helper1
// on its own connection and thread: the manager's Drives and RemapDevices,
// a remap device's and a drive's properties, and the helper's signals as
// the helper sends them. The watcher must read the state at start without
// notifying it, notify one new remap exactly once when the signal comes
// twice, name the main drive from the device's Main property, and notify a
// failing SMART verdict from SmartVerdictChanged.
#include "helperwatcher.h"
#include "recordingnotifier.h"
#include "traymonitor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QThread>
#include <QtTest>

using namespace dmremap::tray;
using dmremap::test::RecordingNotifier;

namespace {

class FakeManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.dmremap.Helper1.Manager")
    Q_PROPERTY(QList<QDBusObjectPath> Drives READ drives)
    Q_PROPERTY(QList<QDBusObjectPath> RemapDevices READ devices)
public:
    QList<QDBusObjectPath> drives() const { return {QDBusObjectPath(QStringLiteral("/org/dmremap/Helper1/drives/sdb"))}; }
    QList<QDBusObjectPath> devices() const
    {
        return {QDBusObjectPath(QStringLiteral("/org/dmremap/Helper1/devices/remap_2dsdb"))};
    }
public Q_SLOTS:
    void Watch(const QVariantMap&) { ++watchCalls; }

public:
    int watchCalls = 0;
};

class FakeDrive : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.dmremap.Helper1.Drive")
    Q_PROPERTY(QString Name READ name)
    Q_PROPERTY(QString SmartOverall READ overall)
public:
    QString name() const { return QStringLiteral("sdb"); }
    QString overall() const { return QStringLiteral("GOOD"); }
};

class FakeDevice : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.dmremap.Helper1.RemapDevice")
    Q_PROPERTY(QString Name READ name)
    Q_PROPERTY(QString Main READ main)
    Q_PROPERTY(QString State READ state)
    Q_PROPERTY(qulonglong Remapped READ remapped)
    Q_PROPERTY(qulonglong Pending READ pending)
    Q_PROPERTY(qulonglong Capacity READ capacity)
public:
    QString name() const { return QStringLiteral("remap-sdb"); }
    QString main() const { return QStringLiteral("sdb"); }
    QString state() const { return QStringLiteral("ok"); }
    qulonglong remapped() const { return 2; }
    qulonglong pending() const { return 1; }
    qulonglong capacity() const { return 1000; }
};

/// The stand-in helper: its own bus connection, objects in its own thread
/// (the watcher's calls block the test's thread).
class FakeHelper : public QObject
{
public:
    FakeHelper()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fakehelper")))
    {
        m_thread.start();
        for (QObject* o : {static_cast<QObject*>(&manager), static_cast<QObject*>(&drive),
                           static_cast<QObject*>(&device)})
            o->moveToThread(&m_thread);
        const auto flags = QDBusConnection::ExportAllProperties | QDBusConnection::ExportAllSlots;
        m_bus.registerObject(QStringLiteral("/org/dmremap/Helper1"), &manager, flags);
        m_bus.registerObject(QStringLiteral("/org/dmremap/Helper1/drives/sdb"), &drive, flags);
        m_bus.registerObject(QStringLiteral("/org/dmremap/Helper1/devices/remap_2dsdb"), &device, flags);
        registered = m_bus.registerService(QStringLiteral("org.dmremap.Helper1"));
    }
    ~FakeHelper() override
    {
        m_bus.unregisterService(QStringLiteral("org.dmremap.Helper1"));
        m_thread.quit();
        m_thread.wait();
    }
    void emitSignal(const QString& path, const QString& interface, const QString& name, const QVariantList& args)
    {
        QDBusMessage m = QDBusMessage::createSignal(path, interface, name);
        m.setArguments(args);
        m_bus.send(m);
    }

    FakeManager manager;
    FakeDrive drive;
    FakeDevice device;
    bool registered = false;

private:
    QDBusConnection m_bus;
    QThread m_thread;
};

} // namespace

class TestHelperWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signalsBecomeOneNotificationEach()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "no session bus (run under dbus-run-session)");
        FakeHelper helper;
        QVERIFY(helper.registered);
        auto* notifier = new RecordingNotifier;
        TrayMonitor monitor(std::unique_ptr<Notifier>(notifier), nullptr);
        HelperWatcher watcher(bus, &monitor, 0);
        watcher.start();
        QCOMPARE(helper.manager.watchCalls, 1);
        // The state at start is known, not news: 2 remapped, 1 pending.
        QCOMPARE(notifier->shown.size(), 0);
        QCOMPARE(monitor.state(QStringLiteral("sdb")), TrayMonitor::State::Warning);

        const QString dev = QStringLiteral("/org/dmremap/Helper1/devices/remap_2dsdb");
        const QString devIf = QStringLiteral("org.dmremap.Helper1.RemapDevice");
        // The helper repeats what the watcher already knows: nothing.
        helper.emitSignal(dev, devIf, QStringLiteral("RemapsAdded"), {qulonglong(2), qulonglong(2)});
        QTest::qWait(300);
        QCOMPARE(notifier->shown.size(), 0);
        // A new remap, reported twice (two polls of the same status).
        helper.emitSignal(dev, devIf, QStringLiteral("RemapsAdded"), {qulonglong(1), qulonglong(3)});
        helper.emitSignal(dev, devIf, QStringLiteral("RemapsAdded"), {qulonglong(1), qulonglong(3)});
        QTRY_COMPARE(notifier->shown.size(), 1);
        QTest::qWait(300);
        QCOMPARE(notifier->shown.size(), 1);
        const TrayEvent& e = notifier->shown[0];
        QCOMPARE(e.kind, TrayEvent::Kind::RemapsAdded);
        QCOMPARE(e.drive, QStringLiteral("sdb"));
        QCOMPARE(e.device, QStringLiteral("remap-sdb"));
        QCOMPARE(e.total, 3ull);
        QCOMPARE(e.page(), QStringLiteral("dashboard:remap-sdb"));

        helper.emitSignal(dev, devIf, QStringLiteral("SpareFull"), {});
        QTRY_COMPARE(notifier->shown.size(), 2);
        QCOMPARE(notifier->shown[1].severity(), TrayEvent::Severity::Critical);

        helper.emitSignal(QStringLiteral("/org/dmremap/Helper1/drives/sdb"), QStringLiteral("org.dmremap.Helper1.Drive"),
                          QStringLiteral("SmartVerdictChanged"), {QStringLiteral("GOOD"), QStringLiteral("BAD_STATUS")});
        QTRY_COMPARE(notifier->shown.size(), 3);
        QCOMPARE(notifier->shown[2].kind, TrayEvent::Kind::SmartFailing);
        QCOMPARE(notifier->shown[2].page(), QStringLiteral("drive:sdb"));
        QCOMPARE(monitor.worstState(), TrayMonitor::State::Failing);
    }
};

QTEST_MAIN(TestHelperWatcher)
#include "tst_helperwatcher.moc"
