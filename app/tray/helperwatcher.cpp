#include "helperwatcher.h"

#include "dbustypes.h"
#include "objectpath.h"
#include "traymonitor.h"

#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWatch, "dmremap.tray.helper")

namespace dmremap::tray {

namespace {

const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");

QStringList paths(const QVariant& v)
{
    QList<QDBusObjectPath> list;
    if (v.canConvert<QDBusArgument>())
        list = qdbus_cast<QList<QDBusObjectPath>>(v.value<QDBusArgument>());
    else
        list = v.value<QList<QDBusObjectPath>>();
    QStringList out;
    for (const QDBusObjectPath& p : list)
        out << p.path();
    return out;
}

QString lastLabel(const QString& path)
{
    return path.section(QLatin1Char('/'), -1);
}

} // namespace

HelperWatcher::HelperWatcher(QDBusConnection bus, TrayMonitor* monitor, int smartRefreshMs, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus))
    , m_monitor(monitor)
{
    m_smartTimer.setInterval(smartRefreshMs);
    connect(&m_smartTimer, &QTimer::timeout, this, &HelperWatcher::refreshSmart);
}

void HelperWatcher::start()
{
    const QString& service = dbus::serviceName;
    // An empty path matches the signal of every object of the service.
    m_bus.connect(service, QString(), dbus::remapDeviceInterface, QStringLiteral("RemapsAdded"), this,
                  SLOT(onRemapsAdded(QDBusMessage)));
    m_bus.connect(service, QString(), dbus::remapDeviceInterface, QStringLiteral("PendingBlocksAdded"), this,
                  SLOT(onPendingBlocksAdded(QDBusMessage)));
    m_bus.connect(service, QString(), dbus::remapDeviceInterface, QStringLiteral("SpareNearlyFull"), this,
                  SLOT(onSpareNearlyFull(QDBusMessage)));
    m_bus.connect(service, QString(), dbus::remapDeviceInterface, QStringLiteral("SpareFull"), this,
                  SLOT(onSpareFull(QDBusMessage)));
    m_bus.connect(service, QString(), dbus::driveInterface, QStringLiteral("SmartVerdictChanged"), this,
                  SLOT(onVerdictChanged(QDBusMessage)));
    // The helper exits when idle and comes back by activation: watch again.
    m_serviceWatcher = new QDBusServiceWatcher(service, m_bus, QDBusServiceWatcher::WatchForRegistration, this);
    connect(m_serviceWatcher, &QDBusServiceWatcher::serviceRegistered, this, &HelperWatcher::readState);
    readState();
    if (m_smartTimer.interval() > 0)
        m_smartTimer.start();
}

QVariantMap HelperWatcher::properties(const QString& path, const QString& interface)
{
    QDBusMessage call = QDBusMessage::createMethodCall(dbus::serviceName, path, kProperties, QStringLiteral("GetAll"));
    call << interface;
    const QDBusReply<QVariantMap> reply = m_bus.call(call, QDBus::Block, 10000);
    if (!reply.isValid()) {
        qCInfo(lcWatch) << "GetAll" << path << reply.error().name() << reply.error().message();
        return {};
    }
    return reply.value();
}

void HelperWatcher::readState()
{
    QDBusMessage watch = QDBusMessage::createMethodCall(dbus::serviceName, dbus::managerPath, dbus::managerInterface,
                                                        QStringLiteral("Watch"));
    watch << QVariantMap{{QStringLiteral("auth.no_user_interaction"), true}};
    m_bus.call(watch, QDBus::Block, 10000);
    const QVariantMap manager = properties(dbus::managerPath, dbus::managerInterface);
    m_drivePaths = paths(manager.value(QStringLiteral("Drives")));
    for (const QString& path : std::as_const(m_drivePaths)) {
        const QVariantMap d = properties(path, dbus::driveInterface);
        const QString name = d.value(QStringLiteral("Name"), lastLabel(path)).toString();
        const QString verdict = d.value(QStringLiteral("SmartOverall")).toString();
        m_monitor->setSmartVerdict(name, verdict);
        TrayEvent e;
        if (TrayEvent::smartKind(verdict, &e.kind)) {
            e.drive = name;
            e.verdict = verdict;
            if (e.kind == TrayEvent::Kind::SmartFailing)
                m_monitor->handle(e);
            else
                m_monitor->markSeen(e);
        }
    }
    for (const QString& path : paths(manager.value(QStringLiteral("RemapDevices")))) {
        const QVariantMap d = properties(path, dbus::remapDeviceInterface);
        if (d.isEmpty())
            continue;
        TrayEvent e;
        e.drive = d.value(QStringLiteral("Main")).toString();
        e.device = d.value(QStringLiteral("Name")).toString();
        m_deviceDrive.insert(path, e.drive);
        m_deviceName.insert(path, e.device);
        const quint64 remapped = d.value(QStringLiteral("Remapped")).toULongLong();
        const quint64 pending = d.value(QStringLiteral("Pending")).toULongLong();
        const quint64 capacity = d.value(QStringLiteral("Capacity")).toULongLong();
        if (remapped > 0) {
            e.kind = TrayEvent::Kind::RemapsAdded;
            e.total = remapped;
            m_monitor->markSeen(e);
        }
        if (pending > 0) {
            e.kind = TrayEvent::Kind::PendingBlocksAdded;
            e.total = pending;
            m_monitor->markSeen(e);
        }
        if (d.value(QStringLiteral("State")).toString() == QLatin1String("spare_full")) {
            e.kind = TrayEvent::Kind::SpareFull;
            m_monitor->handle(e);
        } else if (capacity > 0 && remapped * 10 >= capacity * 9) {
            e.kind = TrayEvent::Kind::SpareNearlyFull;
            e.total = remapped;
            e.capacity = capacity;
            m_monitor->markSeen(e);
        }
    }
}

void HelperWatcher::refreshSmart()
{
    for (const QString& path : std::as_const(m_drivePaths)) {
        QDBusMessage call =
            QDBusMessage::createMethodCall(dbus::serviceName, path, dbus::driveInterface, QStringLiteral("SmartUpdate"));
        // No "wake": the helper reads the power state first and refuses a
        // sleeping disk with DeviceAsleep; the verdict signal follows a change.
        call << QVariantMap{{QStringLiteral("auth.no_user_interaction"), true}};
        m_bus.asyncCall(call, 60000);
    }
}

QString HelperWatcher::driveOf(const QString& devicePath)
{
    if (!m_deviceDrive.contains(devicePath)) {
        const QVariantMap d = properties(devicePath, dbus::remapDeviceInterface);
        m_deviceDrive.insert(devicePath, d.value(QStringLiteral("Main")).toString());
        m_deviceName.insert(devicePath, d.value(QStringLiteral("Name"), dbus::unescapeLabel(lastLabel(devicePath))).toString());
    }
    return m_deviceDrive.value(devicePath);
}

TrayEvent HelperWatcher::deviceEvent(TrayEvent::Kind kind, const QDBusMessage& m)
{
    TrayEvent e;
    e.kind = kind;
    e.drive = driveOf(m.path());
    e.device = m_deviceName.value(m.path());
    if (e.drive.isEmpty())
        e.drive = e.device;
    return e;
}

void HelperWatcher::onRemapsAdded(const QDBusMessage& m)
{
    TrayEvent e = deviceEvent(TrayEvent::Kind::RemapsAdded, m);
    e.added = m.arguments().value(0).toULongLong();
    e.total = m.arguments().value(1).toULongLong();
    m_monitor->handle(e);
}

void HelperWatcher::onPendingBlocksAdded(const QDBusMessage& m)
{
    TrayEvent e = deviceEvent(TrayEvent::Kind::PendingBlocksAdded, m);
    e.added = m.arguments().value(0).toULongLong();
    e.total = m.arguments().value(1).toULongLong();
    m_monitor->handle(e);
}

void HelperWatcher::onSpareNearlyFull(const QDBusMessage& m)
{
    TrayEvent e = deviceEvent(TrayEvent::Kind::SpareNearlyFull, m);
    e.total = m.arguments().value(0).toULongLong();
    e.capacity = m.arguments().value(1).toULongLong();
    m_monitor->handle(e);
}

void HelperWatcher::onSpareFull(const QDBusMessage& m)
{
    m_monitor->handle(deviceEvent(TrayEvent::Kind::SpareFull, m));
}

void HelperWatcher::onVerdictChanged(const QDBusMessage& m)
{
    const QVariantMap d = properties(m.path(), dbus::driveInterface);
    const QString drive = d.value(QStringLiteral("Name"), lastLabel(m.path())).toString();
    const QString verdict = m.arguments().value(1).toString();
    m_monitor->setSmartVerdict(drive, verdict);
    TrayEvent e;
    e.drive = drive;
    e.verdict = verdict;
    if (TrayEvent::smartKind(verdict, &e.kind))
        m_monitor->handle(e);
}

} // namespace dmremap::tray
