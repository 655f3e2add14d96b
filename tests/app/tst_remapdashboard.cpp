// The remap dashboard offscreen, fed the properties and signals the helper
// streams (no bus: a client whose calls fail at once): what the numbers say,
// the rate chart filling from the streamed counters, the event log.
#include "../lib/twodisks.h"
#include "helperconnection.h"
#include "ratechart.h"
#include "remapdashboard.h"
#include "remapdeviceclient.h"

#include <QDBusConnection>
#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace dmremap::gui;

namespace {

/// The status of remap-nullb0 after the demo's workload: 4 units remapped
/// (3 by the target after failed writes, 1 by request), 3 pending, and two
/// failed write requests (one of them covered two bad units).
QVariantMap demoStatus()
{
    return {
        {QStringLiteral("Name"), QStringLiteral("remap-nullb0")},
        {QStringLiteral("Device"), QString()},
        {QStringLiteral("Main"), QStringLiteral("nullb0")},
        {QStringLiteral("Spare"), QStringLiteral("sda")},
        {QStringLiteral("State"), QStringLiteral("ok")},
        {QStringLiteral("UnitBytes"), 4096u},
        {QStringLiteral("Remapped"), qulonglong(4)},
        {QStringLiteral("Capacity"), qulonglong(4016)},
        {QStringLiteral("Pending"), qulonglong(3)},
        {QStringLiteral("ReadErrors"), qulonglong(0)},
        {QStringLiteral("WriteErrors"), qulonglong(2)},
        {QStringLiteral("AutoRemaps"), qulonglong(3)},
        {QStringLiteral("ManualRemaps"), qulonglong(1)},
    };
}

QString text(const RemapDashboard& d, const char* name)
{
    auto* l = d.findChild<QLabel*>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

} // namespace

class TestRemapDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsWhatTheKernelCounts()
    {
        HelperConnection connection(dmremap::test::noBus());
        RemapDeviceClient device(&connection, QStringLiteral("/org/dmremap/Helper1/remap/remap_2dnullb0"));
        RemapDashboard dashboard;
        dashboard.resize(1000, 700);
        dashboard.setDevice(&device);
        device.applyProperties(demoStatus());
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));

        QCOMPARE(dashboard.shownRemapped(), 4u);
        QCOMPARE(text(dashboard, "deviceState"), QStringLiteral("Working normally"));
        // Failed requests, not blocks; on the main device.
        QCOMPARE(text(dashboard, "errorCount"), QStringLiteral("0 read(s), 2 write(s) on /dev/nullb0"));
        bool labelled = false;
        for (auto* l : dashboard.findChildren<QLabel*>())
            labelled = labelled || l->text() == QStringLiteral("Failed requests:");
        QVERIFY(labelled);
        const QString remapped = text(dashboard, "remappedCount");
        QVERIFY2(remapped.startsWith(QStringLiteral("4 block(s) of 4 KiB")), qPrintable(remapped));
        QVERIFY2(remapped.contains(QStringLiteral("3 after failed writes, 1 on request")), qPrintable(remapped));
        QVERIFY(text(dashboard, "pendingCount").startsWith(QStringLiteral("3 block(s)")));
    }

    void chartsTheStreamedCounters()
    {
        HelperConnection connection(dmremap::test::noBus());
        RemapDeviceClient device(&connection, QStringLiteral("/org/dmremap/Helper1/remap/remap_2dnullb0"));
        device.applyProperties(demoStatus());
        RemapDashboard dashboard;
        dashboard.setDevice(&device);
        RateChart* chart = dashboard.rateChart();
        // The sampler runs once a second, shown or not; the first sample is
        // the baseline, rates start with the second.
        QTRY_VERIFY_WITH_TIMEOUT(chart->sampleCount() >= 1, 5000);
        QCOMPARE(chart->peak(RemapDashboard::Remaps), 0.0);
        QVariantMap more = demoStatus();
        more.insert(QStringLiteral("Remapped"), qulonglong(7));
        more.insert(QStringLiteral("WriteErrors"), qulonglong(4));
        device.applyProperties(more);
        QTRY_VERIFY_WITH_TIMEOUT(chart->peak(RemapDashboard::Remaps) > 0, 5000);
        QVERIFY(chart->peak(RemapDashboard::Errors) > 0);
        QCOMPARE(chart->peak(RemapDashboard::Reads), 0.0);
    }

    void rareEventsStayVisible()
    {
        // One remap a second beside 2000 reads a second: the line would be
        // 0.05 px high; the tick on the bottom edge is what shows it.
        RateChart chart;
        const QColor remaps(0x8e, 0x24, 0xaa);
        chart.setSeries({{QStringLiteral("reads"), QColor(0x1e, 0x88, 0xe5)}, {QStringLiteral("remaps"), remaps}});
        chart.resize(480, 140);
        // Rows 3..7 px above the plot's bottom edge (the zero line runs on it).
        const int bottom = chart.height() - (chart.fontMetrics().height() + 4) - 4;
        auto countRemapPixels = [&] {
            const QImage image = chart.grab().toImage();
            int n = 0;
            for (int y = bottom - RateChart::tickPixels + 1; y <= bottom - 3; ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixelColor(x, y) == remaps;
            return n;
        };
        for (int i = 0; i < 10; ++i)
            chart.addSample({2000, 0});
        QCOMPARE(countRemapPixels(), 0);
        chart.addSample({2000, 1});
        chart.addSample({2000, 0});
        QVERIFY(countRemapPixels() > 0);
    }

    void logsTheHelpersSignals()
    {
        HelperConnection connection(dmremap::test::noBus());
        RemapDeviceClient device(&connection, QStringLiteral("/org/dmremap/Helper1/remap/remap_2dnullb0"));
        device.applyProperties(demoStatus());
        RemapDashboard dashboard;
        dashboard.setDevice(&device);
        const int before = dashboard.eventLog()->count();
        QVERIFY(QMetaObject::invokeMethod(&device, "onRemapsAdded", Q_ARG(qulonglong, 3), Q_ARG(qulonglong, 7)));
        QCOMPARE(dashboard.eventLog()->count(), before + 1);
        QVERIFY2(dashboard.eventLog()->item(0)->text().contains(QStringLiteral("3 block(s) remapped (7 in all)")),
                 qPrintable(dashboard.eventLog()->item(0)->text()));
    }
};

QTEST_MAIN(TestRemapDashboard)
#include "tst_remapdashboard.moc"
