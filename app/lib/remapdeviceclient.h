#pragma once

#include "remoteobject.h"

#include "dm/remapstatus.h"

#include <functional>
#include <vector>

namespace dmremap::gui {

class JobClient;

/// A remap device of the helper (org.dmremap.Helper1.RemapDevice): status
/// properties streamed with PropertiesChanged while the manager watches,
/// the remap list, and the actions Remap, RescueBlock, ClearPending, Remove.
/// Sectors are 512-byte sectors from the start of the device; units are
/// remap units of unitBytes().
class RemapDeviceClient : public RemoteObject
{
    Q_OBJECT
public:
    RemapDeviceClient(HelperConnection* connection, const QString& path, QObject* parent = nullptr);

    QString name() const { return value(QStringLiteral("Name")).toString(); }
    QString device() const { return value(QStringLiteral("Device")).toString(); }
    QString mainName() const { return value(QStringLiteral("Main")).toString(); }
    QString spareName() const { return value(QStringLiteral("Spare")).toString(); }
    QString state() const { return value(QStringLiteral("State")).toString(); }
    quint32 unitBytes() const { return value(QStringLiteral("UnitBytes")).toUInt(); }
    quint64 remapped() const { return value(QStringLiteral("Remapped")).toULongLong(); } ///< units
    quint64 capacity() const { return value(QStringLiteral("Capacity")).toULongLong(); } ///< spare slots
    quint64 pending() const { return value(QStringLiteral("Pending")).toULongLong(); } ///< units
    /// Failed read and write requests (bios) on the main device since the
    /// target was loaded: one request may span several units, so these are
    /// not unit counts (kmod/Documentation/dm-remap.rst, status line).
    quint64 readErrors() const { return value(QStringLiteral("ReadErrors")).toULongLong(); }
    quint64 writeErrors() const { return value(QStringLiteral("WriteErrors")).toULongLong(); }
    /// Units the target remapped on its own (after a failed write) and by request
    /// (Remap, RescueBlock), since the target was loaded.
    quint64 autoRemaps() const { return value(QStringLiteral("AutoRemaps")).toULongLong(); }
    quint64 manualRemaps() const { return value(QStringLiteral("ManualRemaps")).toULongLong(); }

    /// The whole remap table (pages of 10,000 entries).
    void listRemaps(std::function<void(std::vector<dm::RemapEntry>)> done, Error failed);
    void remap(quint64 sector, std::function<void()> done, Error failed);
    /// zeroFill: when no read succeeds, write zeros (the data is lost).
    void rescueBlock(quint64 sector, bool zeroFill, std::function<void(JobClient*)> started, Error failed);
    void clearPending(quint64 sector, std::function<void()> done, Error failed);
    void remove(std::function<void()> done, Error failed);

Q_SIGNALS:
    void remapsAdded(quint64 added, quint64 remapped);
    void pendingBlocksAdded(quint64 added, quint64 pending);
    void spareNearlyFull(quint64 remapped, quint64 capacity);
    void spareFull();
    void stateChanged(const QString& oldState, const QString& newState);

private Q_SLOTS:
    void onRemapsAdded(qulonglong added, qulonglong remapped) { Q_EMIT remapsAdded(added, remapped); }
    void onPendingBlocksAdded(qulonglong added, qulonglong pending) { Q_EMIT pendingBlocksAdded(added, pending); }
    void onSpareNearlyFull(qulonglong remapped, qulonglong capacity) { Q_EMIT spareNearlyFull(remapped, capacity); }
    void onSpareFull() { Q_EMIT spareFull(); }
    void onStateChanged(const QString& o, const QString& n) { Q_EMIT stateChanged(o, n); }

private:
    void listFrom(quint64 from, std::vector<dm::RemapEntry> acc, std::function<void(std::vector<dm::RemapEntry>)> done,
                  Error failed);
};

} // namespace dmremap::gui
