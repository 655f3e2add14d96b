#pragma once

#include "trayevent.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QHash>
#include <QObject>
#include <QTimer>

class QDBusServiceWatcher;

namespace dmremap::tray {

class TrayMonitor;

/// Feeds the tray monitor from the helper (org.dmremap.Helper1 on `bus`):
/// Manager.Watch, then the RemapDevice signals (RemapsAdded,
/// PendingBlocksAdded, SpareNearlyFull, SpareFull) of every remap device and
/// Drive.SmartVerdictChanged of every drive. At start (and whenever the
/// helper comes back) it reads the drives' last SMART verdicts and the remap
/// devices' counters from properties: that state is not news and is marked
/// seen, except a failing verdict or a full spare, which are notified once.
///
/// It never wakes a disk: properties are the helper's last readings, and the
/// periodic refresh (smartRefreshMs, 0 = never) calls Drive.SmartUpdate
/// without "wake", so the helper checks the power state first and skips a
/// sleeping disk (DeviceAsleep, ignored here).
class HelperWatcher : public QObject
{
    Q_OBJECT
public:
    HelperWatcher(QDBusConnection bus, TrayMonitor* monitor, int smartRefreshMs = 6 * 3600 * 1000,
                  QObject* parent = nullptr);

    /// Subscribes and reads the current state (blocking calls of at most 10 s
    /// each; call from the event loop).
    void start();
    /// The kernel name of the main drive of a remap device object ("" unknown).
    QString driveOf(const QString& devicePath);

private Q_SLOTS:
    void onRemapsAdded(const QDBusMessage& m);
    void onPendingBlocksAdded(const QDBusMessage& m);
    void onSpareNearlyFull(const QDBusMessage& m);
    void onSpareFull(const QDBusMessage& m);
    void onVerdictChanged(const QDBusMessage& m);

private:
    void readState();
    void refreshSmart();
    TrayEvent deviceEvent(TrayEvent::Kind kind, const QDBusMessage& m);
    QVariantMap properties(const QString& path, const QString& interface);

    QDBusConnection m_bus;
    TrayMonitor* m_monitor;
    QDBusServiceWatcher* m_serviceWatcher = nullptr;
    QTimer m_smartTimer;
    QHash<QString, QString> m_deviceDrive; ///< remap device path -> main drive
    QHash<QString, QString> m_deviceName; ///< remap device path -> device-mapper name
    QStringList m_drivePaths;
};

} // namespace dmremap::tray
