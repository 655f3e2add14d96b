// dmremap-dbus-fuzz: sends N calls with random and malformed arguments to
// org.dmremap.Helper1 on the system bus (tests/vm/41-helper-fuzz.sh runs it
// as an unprivileged user), then prints how the helper answered, by error
// name. Exit status 0 when every call got an answer (a reply or an error),
// the helper never dropped off the bus, and it still answers afterwards.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

const QString service = QStringLiteral("org.dmremap.Helper1");

struct Target {
    QString interface;
    QString member;
};

const QList<Target> targets{
    {"org.dmremap.Helper1.Manager", "LoadModule"},       {"org.dmremap.Helper1.Manager", "GetDrive"},
    {"org.dmremap.Helper1.Manager", "FormatSpare"},      {"org.dmremap.Helper1.Manager", "CreateRemapDevice"},
    {"org.dmremap.Helper1.Manager", "Watch"},            {"org.dmremap.Helper1.Manager", "Unwatch"},
    {"org.dmremap.Helper1.Drive", "SmartUpdate"},        {"org.dmremap.Helper1.Drive", "SmartGetAttributes"},
    {"org.dmremap.Helper1.Drive", "SmartGetBlob"},       {"org.dmremap.Helper1.Drive", "StartSelfTest"},
    {"org.dmremap.Helper1.Drive", "AbortSelfTest"},      {"org.dmremap.Helper1.Drive", "StartScan"},
    {"org.dmremap.Helper1.Drive", "GetHealthMap"},       {"org.dmremap.Helper1.RemapDevice", "ListRemaps"},
    {"org.dmremap.Helper1.RemapDevice", "Remap"},        {"org.dmremap.Helper1.RemapDevice", "RescueBlock"},
    {"org.dmremap.Helper1.RemapDevice", "ClearPending"}, {"org.dmremap.Helper1.RemapDevice", "Remove"},
    {"org.dmremap.Helper1.Job", "Cancel"},               {"org.freedesktop.DBus.Properties", "GetAll"},
    {"org.freedesktop.DBus.Properties", "Get"},          {"org.freedesktop.DBus.Properties", "Set"},
    {"org.dmremap.Helper1.Manager", "NoSuchMethod"},
};

QRandomGenerator rng(20240601);

QString randomString()
{
    static const QStringList pool{
        "nullb0", "nullb1", "nullb2", "sda", "", "../nullb0", "/dev/nullb0", "nullb0/../nullb1", "dm-0",
        "remap-nullb0", "a b", "x;rm -rf /", QString(300, QLatin1Char('a')), "..", ".", "-", "nullb0\n", "ñ",
        "org.dmremap.helper.scan", "short", "extended", "abort", "%s%n", "nullb0 nullb1"};
    if (rng.bounded(4) == 0) {
        QString s;
        const int n = rng.bounded(40);
        for (int i = 0; i < n; ++i)
            s += QChar(char16_t(1 + rng.bounded(0x7e)));
        return s;
    }
    return pool[rng.bounded(pool.size())];
}

QVariant randomValue(int depth = 0)
{
    switch (rng.bounded(depth > 1 ? 9 : 11)) {
    case 0:
        return QVariant::fromValue(bool(rng.bounded(2)));
    case 1:
        return QVariant::fromValue(uint(rng.generate()));
    case 2:
        return QVariant::fromValue(qulonglong(rng.generate64()));
    case 3:
        return QVariant::fromValue(int(rng.generate()));
    case 4:
        return QVariant::fromValue(qlonglong(rng.generate64()));
    case 5:
        return QVariant::fromValue(randomString());
    case 6:
        return QVariant::fromValue(rng.bounded(1.0e6));
    case 7:
        return QVariant::fromValue(QByteArray(rng.bounded(64), 'x'));
    case 8:
        return QVariant::fromValue(QDBusObjectPath(QStringLiteral("/org/dmremap/Helper1/drives/nullb0")));
    case 9:
        return QVariant::fromValue(QDBusVariant(randomValue(depth + 1)));
    default: {
        QVariantMap m;
        const int n = rng.bounded(4);
        for (int i = 0; i < n; ++i)
            m.insert(randomString(), randomValue(depth + 1));
        return m;
    }
    }
}

QVariantMap randomOptions()
{
    static const QStringList keys{"auth.no_user_interaction", "name", "format", "unit_bytes", "read_retries",
                                  "no_auto_remap", "force", "retries", "zero_fill", "wake", "scan", "first_region",
                                  "region_count", "request_bytes", "region_bytes", "start_bytes", "end_bytes",
                                  "in_flight", "bogus"};
    QVariantMap m;
    if (rng.bounded(3))
        m.insert(QStringLiteral("auth.no_user_interaction"), true);
    const int n = rng.bounded(4);
    for (int i = 0; i < n; ++i)
        m.insert(keys[rng.bounded(keys.size())], randomValue(1));
    return m;
}

QString randomPath()
{
    static const QStringList pool{"/org/dmremap/Helper1", "/org/dmremap/Helper1/drives/nullb0",
                                  "/org/dmremap/Helper1/drives/nullb1", "/org/dmremap/Helper1/devices/remap_2dnullb0",
                                  "/org/dmremap/Helper1/jobs/1", "/org/dmremap/Helper1/drives/x", "/"};
    return pool[rng.bounded(pool.size())];
}

/// Mostly the object that has the interface; sometimes any.
QString pathFor(const Target& t)
{
    if (rng.bounded(8) == 0)
        return randomPath();
    if (t.interface.endsWith(QLatin1String(".Drive")))
        return rng.bounded(2) ? QStringLiteral("/org/dmremap/Helper1/drives/nullb0")
                              : QStringLiteral("/org/dmremap/Helper1/drives/nullb1");
    if (t.interface.endsWith(QLatin1String(".RemapDevice")))
        return QStringLiteral("/org/dmremap/Helper1/devices/remap_2dnullb0");
    if (t.interface.endsWith(QLatin1String(".Job")))
        return QStringLiteral("/org/dmremap/Helper1/jobs/1");
    return QStringLiteral("/org/dmremap/Helper1");
}

/// Arguments: mostly the right shape with hostile values, sometimes any shape.
QVariantList randomArguments(const Target& t)
{
    QVariantList args;
    if (rng.bounded(4) == 0) {
        const int n = rng.bounded(5);
        for (int i = 0; i < n; ++i)
            args << randomValue();
        return args;
    }
    const QString& m = t.member;
    if (m == QLatin1String("GetDrive") || m == QLatin1String("StartSelfTest"))
        args << randomString();
    else if (m == QLatin1String("FormatSpare") || m == QLatin1String("CreateRemapDevice"))
        args << randomString() << randomString();
    else if (m == QLatin1String("ListRemaps"))
        args << QVariant::fromValue(qulonglong(rng.generate64() % 5)) << QVariant::fromValue(uint(rng.generate()));
    else if (m == QLatin1String("Remap") || m == QLatin1String("RescueBlock") || m == QLatin1String("ClearPending"))
        args << QVariant::fromValue(rng.bounded(2) ? qulonglong(rng.bounded(200000)) : qulonglong(rng.generate64()));
    else if (t.interface == QLatin1String("org.freedesktop.DBus.Properties")) {
        args << QStringLiteral("org.dmremap.Helper1.Manager");
        if (m != QLatin1String("GetAll"))
            args << QStringLiteral("Drives");
        if (m == QLatin1String("Set"))
            args << QVariant::fromValue(QDBusVariant(randomValue()));
        return args;
    }
    args << randomOptions();
    return args;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 10000;
    // Calls in flight at once; 1 makes the per-method times below exact.
    const int window = argc > 2 ? std::max(1, QString::fromLatin1(argv[2]).toInt()) : 32;
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "no system bus\n");
        return 2;
    }
    // Activate the helper and make the objects the fuzz aims at exist.
    for (const char* drive : {"nullb0", "nullb1"}) {
        QDBusMessage get = QDBusMessage::createMethodCall(service, QStringLiteral("/org/dmremap/Helper1"),
                                                          QStringLiteral("org.dmremap.Helper1.Manager"),
                                                          QStringLiteral("GetDrive"));
        get << QString::fromLatin1(drive) << QVariantMap{};
        bus.call(get, QDBus::Block, 30000);
    }
    const QString owner = bus.interface()->serviceOwner(service).value();
    QMap<QString, int> outcomes;
    int sent = 0, answered = 0, inFlight = 0;
    // Per method: calls and total milliseconds from send to answer.
    QMap<QString, QPair<int, double>> timing;
    QElapsedTimer clock;
    clock.start();
    std::function<void()> pump = [&] {
        while (inFlight < window && sent < total) {
            const Target& t = targets[rng.bounded(targets.size())];
            QDBusMessage call = QDBusMessage::createMethodCall(service, pathFor(t), t.interface, t.member);
            call.setArguments(randomArguments(t));
            auto* w = new QDBusPendingCallWatcher(bus.asyncCall(call, 60000), &app);
            ++sent;
            ++inFlight;
            const qint64 sentAt = clock.nsecsElapsed();
            const QString key = t.member;
            QObject::connect(w, &QDBusPendingCallWatcher::finished, &app, [&, w, sentAt, key] {
                auto& [count, ms] = timing[key];
                ++count;
                ms += double(clock.nsecsElapsed() - sentAt) / 1e6;
                const QDBusMessage reply = w->reply();
                outcomes[reply.type() == QDBusMessage::ErrorMessage ? reply.errorName() : QStringLiteral("(reply)")]++;
                ++answered;
                --inFlight;
                w->deleteLater();
                if (answered == total)
                    app.quit();
                else
                    pump();
            });
        }
    };
    pump();
    app.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        std::printf("%7d %s\n", it.value(), qPrintable(it.key()));
    std::printf("# per method: calls, mean ms from send to answer (window %d)\n", window);
    for (auto it = timing.cbegin(); it != timing.cend(); ++it)
        std::printf("# %-20s %6d %8.2f\n", qPrintable(it.key()), it->first, it->second / it->first);
    std::printf("# %.1f s, %.0f calls/s\n", seconds, answered / seconds);
    const QString ownerAfter = bus.interface()->serviceOwner(service).value();
    QDBusMessage ping = QDBusMessage::createMethodCall(service, QStringLiteral("/org/dmremap/Helper1"),
                                                       QStringLiteral("org.freedesktop.DBus.Peer"), QStringLiteral("Ping"));
    const bool alive = bus.call(ping, QDBus::Block, 10000).type() == QDBusMessage::ReplyMessage;
    const int lost = outcomes.value(QStringLiteral("org.freedesktop.DBus.Error.NoReply")) +
                     outcomes.value(QStringLiteral("org.freedesktop.DBus.Error.Timeout"));
    std::printf("calls %d, answered %d, no reply %d, same owner %s, alive %s\n", sent, answered, lost,
                owner == ownerAfter ? "yes" : "no", alive ? "yes" : "no");
    return answered == total && lost == 0 && owner == ownerAfter && alive ? 0 : 1;
}
