// TrayMonitor's logic with a recording notifier (the notification service
// is the system boundary; tst_traynotify talks to a real one): one
// notification per event however often the helper reports the same state,
// nothing for a muted drive (the mute persists), the worst state of all
// drives, actions that open the right page or mute the drive.
#include "recordingnotifier.h"
#include "trayevent.h"
#include "traymonitor.h"
#include "translator.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmremap::tray;
using dmremap::test::RecordingNotifier;

namespace {

TrayEvent remaps(const QString& drive, quint64 added, quint64 total)
{
    TrayEvent e;
    e.kind = TrayEvent::Kind::RemapsAdded;
    e.drive = drive;
    e.device = QStringLiteral("remap-") + drive;
    e.added = added;
    e.total = total;
    return e;
}

} // namespace

class TestTrayMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms ("1 block", "3 blocks") come from dmremap_en.qm.
        QVERIFY(!dmremap::i18n::installTranslators().isEmpty());
    }

    void oneNotificationPerEvent()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("tray.ini")), QSettings::IniFormat);
        auto* n = new RecordingNotifier;
        TrayMonitor m(std::unique_ptr<Notifier>(n), &settings);
        QVERIFY(m.handle(remaps(QStringLiteral("sdb"), 3, 3)));
        QVERIFY(!m.handle(remaps(QStringLiteral("sdb"), 3, 3))); // a second poll of the same state
        QCOMPARE(n->shown.size(), 1);
        QCOMPARE(n->shown[0].summary(), QStringLiteral("/dev/sdb: 3 blocks remapped"));
        QVERIFY(m.handle(remaps(QStringLiteral("sdb"), 2, 5))); // new remaps: news
        QCOMPARE(n->shown.size(), 2);
        QCOMPARE(n->shown[1].summary(), QStringLiteral("/dev/sdb: 2 blocks remapped"));
        QVERIFY(n->shown[1].body().contains(QStringLiteral("5 blocks remapped in all")));
        QCOMPARE(m.worstState(), TrayMonitor::State::Warning);
    }

    void severityAndPage()
    {
        TrayEvent full;
        full.kind = TrayEvent::Kind::SpareFull;
        full.drive = QStringLiteral("sdb");
        full.device = QStringLiteral("remap-sdb");
        QCOMPARE(full.severity(), TrayEvent::Severity::Critical);
        QCOMPARE(full.page(), QStringLiteral("dashboard:remap-sdb"));
        TrayEvent smart;
        QVERIFY(TrayEvent::smartKind(QStringLiteral("BAD_SECTOR_MANY"), &smart.kind));
        QCOMPARE(smart.kind, TrayEvent::Kind::SmartFailing);
        smart.drive = QStringLiteral("sdc");
        QCOMPARE(smart.severity(), TrayEvent::Severity::Critical);
        QCOMPARE(smart.page(), QStringLiteral("drive:sdc"));
        QVERIFY(TrayEvent::smartKind(QStringLiteral("BAD_SECTOR"), &smart.kind));
        QCOMPARE(smart.kind, TrayEvent::Kind::SmartWarning);
        QVERIFY(!TrayEvent::smartKind(QStringLiteral("GOOD"), &smart.kind));
        QVERIFY(!TrayEvent::smartKind(QString(), &smart.kind));
        QCOMPARE(remaps(QStringLiteral("sdb"), 1, 1).severity(), TrayEvent::Severity::Normal);
    }

    void muteIsPerDriveAndPersists()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("tray.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            auto* n = new RecordingNotifier;
            TrayMonitor m(std::unique_ptr<Notifier>(n), &settings);
            m.setMuted(QStringLiteral("sdb"), true);
            QVERIFY(!m.handle(remaps(QStringLiteral("sdb"), 1, 1)));
            QVERIFY(m.handle(remaps(QStringLiteral("sdc"), 1, 1)));
            QCOMPARE(n->shown.size(), 1);
            QCOMPARE(n->shown[0].drive, QStringLiteral("sdc"));
            // Muted drives still count for the icon.
            QCOMPARE(m.state(QStringLiteral("sdb")), TrayMonitor::State::Warning);
        }
        QSettings settings(ini, QSettings::IniFormat);
        auto* n = new RecordingNotifier;
        TrayMonitor m(std::unique_ptr<Notifier>(n), &settings);
        QVERIFY(m.isMuted(QStringLiteral("sdb")));
        QVERIFY(!m.isMuted(QStringLiteral("sdc")));
        m.setMuted(QStringLiteral("sdb"), false);
        QVERIFY(m.handle(remaps(QStringLiteral("sdb"), 1, 1)));
    }

    void worstStateOfAllDrives()
    {
        auto* n = new RecordingNotifier;
        TrayMonitor m(std::unique_ptr<Notifier>(n), nullptr);
        QCOMPARE(m.worstState(), TrayMonitor::State::Healthy);
        QCOMPARE(m.summary(), QStringLiteral("All drives are healthy."));
        m.setSmartVerdict(QStringLiteral("sda"), QStringLiteral("GOOD"));
        QCOMPARE(m.worstState(), TrayMonitor::State::Healthy);
        m.setSmartVerdict(QStringLiteral("sdb"), QStringLiteral("BAD_SECTOR"));
        QCOMPARE(m.worstState(), TrayMonitor::State::Warning);
        m.setSmartVerdict(QStringLiteral("sdc"), QStringLiteral("BAD_STATUS"));
        QCOMPARE(m.worstState(), TrayMonitor::State::Failing);
        QVERIFY(m.summary().contains(QStringLiteral("/dev/sdc: failing")));
        QVERIFY(m.summary().contains(QStringLiteral("/dev/sdb: needs attention")));
        m.setSmartVerdict(QStringLiteral("sdc"), QStringLiteral("GOOD"));
        QCOMPARE(m.worstState(), TrayMonitor::State::Warning);
        m.handle(remaps(QStringLiteral("sda"), 1, 1));
        m.setSmartVerdict(QStringLiteral("sda"), QStringLiteral("GOOD")); // remaps keep it at Warning
        QCOMPARE(m.state(QStringLiteral("sda")), TrayMonitor::State::Warning);
    }

    void primedStateIsNotNews()
    {
        auto* n = new RecordingNotifier;
        TrayMonitor m(std::unique_ptr<Notifier>(n), nullptr);
        m.markSeen(remaps(QStringLiteral("sdb"), 0, 7));
        QVERIFY(!m.handle(remaps(QStringLiteral("sdb"), 0, 7)));
        QVERIFY(m.handle(remaps(QStringLiteral("sdb"), 1, 8)));
        QCOMPARE(n->shown.size(), 1);
    }

    void actionsOpenThePageOrMute()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("tray.ini")), QSettings::IniFormat);
        auto* n = new RecordingNotifier;
        TrayMonitor m(std::unique_ptr<Notifier>(n), &settings);
        QSignalSpy open(&m, &TrayMonitor::openRequested);
        QVERIFY(m.handle(remaps(QStringLiteral("sdb"), 1, 1)));
        n->invoke(1, QStringLiteral("open"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0][0].toString(), QStringLiteral("dashboard:remap-sdb"));
        n->invoke(1, QStringLiteral("default"));
        QCOMPARE(open.size(), 2);
        n->invoke(99, QStringLiteral("open")); // not ours
        QCOMPARE(open.size(), 2);
        n->invoke(1, QStringLiteral("mute"));
        QVERIFY(m.isMuted(QStringLiteral("sdb")));
        QCOMPARE(open.size(), 2);
    }
};

QTEST_MAIN(TestTrayMonitor)
#include "tst_traymonitor.moc"
