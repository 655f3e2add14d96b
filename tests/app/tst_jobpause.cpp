// SPDX-License-Identifier: GPL-2.0-or-later
// Pausing a scan from the GUI: JobClient against a stand-in helper job on a
// real D-Bus daemon (a private session bus: CTest runs this under
// dbus-run-session), and the scan controls' pause button. A scan job with
// the Paused property can pause; Pause()/Resume() reach the job and the
// client follows its Paused property; a refusal comes back as pauseFailed;
// a job without Paused (an older helper) or not a scan cannot pause; the
// button reports clicks as requests, not the job's own state changes.
#include "helperconnection.h"
#include "jobclient.h"
#include "scancontrols.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QPushButton>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace dmremap::gui;

namespace {

const QString jobPath = QStringLiteral("/org/dmremap/Helper1/jobs/7");
const QString jobInterface = QStringLiteral("org.dmremap.Helper1.Job");

class FakeJob : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.dmremap.Helper1.Job")
    Q_PROPERTY(QString Operation READ operation)
    Q_PROPERTY(bool Paused READ paused)
public:
    explicit FakeJob(QDBusConnection bus)
        : m_bus(std::move(bus))
    {
    }
    QString operation() const { return QStringLiteral("scan"); }
    bool paused() const { return m_paused; }

    bool refuse = false;
    int pauseCalls = 0;
    int resumeCalls = 0;

public Q_SLOTS:
    void Pause(const QVariantMap&) { set(true, pauseCalls); }
    void Resume(const QVariantMap&) { set(false, resumeCalls); }

private:
    void set(bool paused, int& calls)
    {
        ++calls;
        if (refuse) {
            sendErrorReply(QStringLiteral("org.dmremap.Helper1.Error.NotAuthorized"), QStringLiteral("not allowed"));
            return;
        }
        m_paused = paused;
        QDBusMessage m = QDBusMessage::createSignal(jobPath, QStringLiteral("org.freedesktop.DBus.Properties"),
                                                    QStringLiteral("PropertiesChanged"));
        m.setArguments({jobInterface, QVariantMap{{QStringLiteral("Paused"), paused}}, QStringList()});
        m_bus.send(m);
    }

    QDBusConnection m_bus;
    bool m_paused = false;
};

/// The stand-in helper: its own connection and thread, owning the helper's name.
class FakeHelper
{
public:
    FakeHelper()
        : bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fakehelper")))
        , job(bus)
    {
        m_thread.start();
        job.moveToThread(&m_thread);
        registered = bus.registerObject(jobPath, &job,
                                        QDBusConnection::ExportAllProperties | QDBusConnection::ExportAllSlots) &&
                     bus.registerService(QStringLiteral("org.dmremap.Helper1"));
    }
    ~FakeHelper()
    {
        bus.unregisterService(QStringLiteral("org.dmremap.Helper1"));
        m_thread.quit();
        m_thread.wait();
    }

    QDBusConnection bus;
    FakeJob job;
    bool registered = false;

private:
    QThread m_thread;
};

} // namespace

class TestJobPause : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pausesAndResumesAScan()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus (run under dbus-run-session)");
        FakeHelper helper;
        QVERIFY(helper.registered);
        HelperConnection connection(QDBusConnection::sessionBus());
        JobClient job(&connection, jobPath);
        QSignalSpy loaded(&job, &RemoteObject::loaded);
        job.refresh();
        QVERIFY(loaded.wait(5000));
        QVERIFY(job.canPause());
        QVERIFY(!job.isPaused());

        job.setPaused(true);
        QTRY_VERIFY(job.isPaused());
        QCOMPARE(helper.job.pauseCalls, 1);
        job.setPaused(false);
        QTRY_VERIFY(!job.isPaused());
        QCOMPARE(helper.job.resumeCalls, 1);

        helper.job.refuse = true;
        QSignalSpy failed(&job, &JobClient::pauseFailed);
        job.setPaused(true);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<QDBusError>().name(),
                 QStringLiteral("org.dmremap.Helper1.Error.NotAuthorized"));
        QVERIFY(!job.isPaused());
    }

    void cannotPauseWithoutThePausedProperty()
    {
        HelperConnection connection(QDBusConnection::sessionBus());
        // No helper owns the name here: no properties, so no Paused and no
        // Operation (an older helper looks the same to canPause).
        JobClient job(&connection, jobPath);
        QVERIFY(!job.canPause());
    }

    void buttonReportsClicksNotStateChanges()
    {
        ScanControls controls;
        QSignalSpy requests(&controls, &ScanControls::pauseRequested);
        controls.setPauseSupported(true);
        controls.setRunning(0.5, 1, 2, 0, 0, 0);
        QVERIFY(controls.pauseButton()->isEnabled());
        controls.pauseButton()->click();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().first().toBool(), true);
        // The job's state arriving from the helper is not a new request.
        controls.setPaused(false);
        controls.setPaused(true);
        QCOMPARE(requests.size(), 1);
        QVERIFY(controls.pauseButton()->isChecked());
        controls.setPauseSupported(false);
        controls.setRunning(0.6, 1, 2, 0, 0, 0);
        QVERIFY(!controls.pauseButton()->isEnabled());
    }
};

QTEST_MAIN(TestJobPause)
#include "tst_jobpause.moc"
