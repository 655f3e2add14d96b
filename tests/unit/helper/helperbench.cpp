// dmremap-helper-bench: measurements for bench/helper-status.sh.
//   roundtrip DMNAME N   N reads of a status property over D-Bus and N
//                        status ioctls through libdevmapper in-process,
//                        interleaved; prints median and p99 of each, in
//                        microseconds.
//   signals DMNAME S     Watch for S seconds; prints the PropertiesChanged
//                        count of the device, the most in any 1 s window,
//                        the mean rate and the least gap between two.
//   watch DMNAME S       Watch for S seconds (tests/vm/43-*.sh); prints
//                        "watching" once subscribed, then one line per
//                        tray signal of the device as it comes:
//                        "<ms> <Signal> <args...>" (RemapsAdded,
//                        PendingBlocksAdded, SpareNearlyFull, SpareFull,
//                        StateChanged).
#include "dm/libdevmappercontrol.h"
#include "objectpath.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <vector>

namespace {

struct Counter : QObject {
    Q_OBJECT
public:
    std::vector<qint64> times;
    QElapsedTimer clock;
public Q_SLOTS:
    void changed(const QDBusMessage&) { times.push_back(clock.elapsed()); }
    void tray(const QDBusMessage& m)
    {
        QString line = QString::number(clock.elapsed()) + QLatin1Char(' ') + m.member();
        for (const QVariant& a : m.arguments())
            line += QLatin1Char(' ') + a.toString();
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
    }
};

void stats(const char* what, std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    std::printf("%s median_us %.1f p99_us %.1f\n", what, us[us.size() / 2], us[std::min(us.size() - 1, us.size() * 99 / 100)]);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QString mode = QString::fromLatin1(argv[1]);
    const QString name = QString::fromLatin1(argv[2]);
    const int n = QString::fromLatin1(argv[3]).toInt();
    QDBusConnection bus = QDBusConnection::systemBus();
    const QString path = dmremap::dbus::remapDevicePath(name);
    if (mode == QLatin1String("roundtrip")) {
        // Interleaved (one D-Bus read, one ioctl, ...): load beside the run
        // slows both sides alike.
        std::vector<double> dbusUs, dmUs;
        dmremap::dm::LibDevmapperControl dm;
        QElapsedTimer t;
        for (int i = 0; i < n; ++i) {
            QDBusMessage get = QDBusMessage::createMethodCall(QStringLiteral("org.dmremap.Helper1"), path,
                                                              QStringLiteral("org.freedesktop.DBus.Properties"),
                                                              QStringLiteral("Get"));
            get << QStringLiteral("org.dmremap.Helper1.RemapDevice") << QStringLiteral("Remapped");
            t.start();
            const QDBusMessage r = bus.call(get);
            dbusUs.push_back(t.nsecsElapsed() / 1000.0);
            if (r.type() != QDBusMessage::ReplyMessage) {
                std::fprintf(stderr, "read %d: %s: %s\n", i, qPrintable(r.errorName()), qPrintable(r.errorMessage()));
                return 1;
            }
            t.start();
            auto s = dm.status(name.toStdString());
            dmUs.push_back(t.nsecsElapsed() / 1000.0);
            if (!s) {
                std::fprintf(stderr, "status %d: %s\n", i, s.status().message().c_str());
                return 1;
            }
        }
        stats("dbus", dbusUs);
        stats("libdevmapper", dmUs);
        return 0;
    }
    Counter c;
    c.clock.start();
    if (mode == QLatin1String("watch")) {
        for (const char* signal : {"RemapsAdded", "PendingBlocksAdded", "SpareNearlyFull", "SpareFull", "StateChanged"})
            bus.connect(QStringLiteral("org.dmremap.Helper1"), path, QStringLiteral("org.dmremap.Helper1.RemapDevice"),
                        QString::fromLatin1(signal), &c, SLOT(tray(QDBusMessage)));
    }
    bus.connect(QStringLiteral("org.dmremap.Helper1"), path, QStringLiteral("org.freedesktop.DBus.Properties"),
                QStringLiteral("PropertiesChanged"), &c, SLOT(changed(QDBusMessage)));
    QDBusMessage watch = QDBusMessage::createMethodCall(QStringLiteral("org.dmremap.Helper1"),
                                                        QStringLiteral("/org/dmremap/Helper1"),
                                                        QStringLiteral("org.dmremap.Helper1.Manager"), QStringLiteral("Watch"));
    watch << QVariantMap{};
    const QDBusMessage watched = bus.call(watch);
    if (watched.type() != QDBusMessage::ReplyMessage) {
        std::fprintf(stderr, "Watch: %s\n", qPrintable(watched.errorMessage()));
        return 1;
    }
    if (mode == QLatin1String("watch")) {
        std::printf("watching\n");
        std::fflush(stdout);
    }
    QTimer::singleShot(n * 1000, &app, &QCoreApplication::quit);
    app.exec();
    if (mode == QLatin1String("watch"))
        return 0;
    int maxPerSecond = 0;
    for (std::size_t i = 0; i < c.times.size(); ++i) {
        int k = 0;
        for (std::size_t j = i; j < c.times.size() && c.times[j] < c.times[i] + 1000; ++j)
            ++k;
        maxPerSecond = std::max(maxPerSecond, k);
    }
    // Also the least gap between two signals as they arrived, and the mean
    // rate from the first to the last (client-side times: bus latency
    // jitter can move two signals closer than the helper sent them).
    qint64 minGap = -1;
    for (std::size_t i = 1; i < c.times.size(); ++i) {
        const qint64 gap = c.times[i] - c.times[i - 1];
        minGap = minGap < 0 ? gap : std::min(minGap, gap);
    }
    const double span = c.times.size() > 1 ? double(c.times.back() - c.times.front()) / 1000.0 : 0.0;
    std::printf("signals %zu max_per_second %d mean_per_second %.2f min_gap_ms %lld\n", c.times.size(), maxPerSecond,
                span > 0 ? double(c.times.size() - 1) / span : 0.0, static_cast<long long>(minGap));
    return 0;
}

#include "helperbench.moc"
