#pragma once

#include "dbustypes.h"
#include "dm/dmcontrol.h"
#include "helpercontext.h"

#include <QDBusContext>
#include <QObject>

#include <optional>

namespace dmremap::helper {

class Manager;

/// One remap device at /org/dmremap/Helper1/devices/<dm name>
/// (org.dmremap.Helper1.RemapDevice). Each read of a status property reads
/// the target's status (one status ioctl), so it is never stale; poll()
/// re-reads it and emits what changed since the last announcement. Main
/// thread only.
class RemapDevice : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_PROPERTY(QString Name READ name)
    Q_PROPERTY(QString Device READ device)
    Q_PROPERTY(QString Main READ main)
    Q_PROPERTY(QString Spare READ spare)
    Q_PROPERTY(qulonglong SizeSectors READ sizeSectors)
    Q_PROPERTY(QString State READ state)
    Q_PROPERTY(QString TargetVersion READ targetVersion)
    Q_PROPERTY(uint UnitBytes READ unitBytes)
    Q_PROPERTY(qulonglong Remapped READ remapped)
    Q_PROPERTY(qulonglong Capacity READ capacity)
    Q_PROPERTY(qulonglong Pending READ pending)
    Q_PROPERTY(qulonglong ReadErrors READ readErrors)
    Q_PROPERTY(qulonglong WriteErrors READ writeErrors)
    Q_PROPERTY(qulonglong AutoRemaps READ autoRemaps)
    Q_PROPERTY(qulonglong ManualRemaps READ manualRemaps)
    Q_PROPERTY(qulonglong Generation READ generation)
    Q_PROPERTY(uint ValidCopies READ validCopies)
    Q_PROPERTY(uint Copies READ copies)

public:
    RemapDevice(HelperContext& context, Manager& manager, const dm::DmDevice& device, QObject* parent);
    ~RemapDevice() override;

    QString path() const { return m_path; }
    QString name() const { return QString::fromStdString(m_dm.name); }
    QString device() const { return QStringLiteral("/dev/mapper/") + name(); }
    /// The kernel name of the device-mapper node, "dm-3".
    QString kernelName() const { return QStringLiteral("dm-%1").arg(m_dm.minor); }
    QString main() const { return m_main; }
    QString spare() const { return m_spare; }
    qulonglong sizeSectors() const { return m_dm.lengthSectors; }
    QString state() const
    {
        const auto* s = current();
        return s ? QString::fromStdString(s->state) : QString();
    }
    QString targetVersion() const
    {
        const auto* s = current();
        return s ? QString::fromStdString(s->version) : QString();
    }
    uint unitBytes() const
    {
        const auto* s = current();
        return s ? s->unitBytes : 0;
    }
    qulonglong remapped() const
    {
        const auto* s = current();
        return s ? s->remapped : 0;
    }
    qulonglong capacity() const
    {
        const auto* s = current();
        return s ? s->capacity : 0;
    }
    qulonglong pending() const
    {
        const auto* s = current();
        return s ? s->pending : 0;
    }
    qulonglong readErrors() const
    {
        const auto* s = current();
        return s ? s->readErrors : 0;
    }
    qulonglong writeErrors() const
    {
        const auto* s = current();
        return s ? s->writeErrors : 0;
    }
    qulonglong autoRemaps() const
    {
        const auto* s = current();
        return s ? s->autoRemaps : 0;
    }
    qulonglong manualRemaps() const
    {
        const auto* s = current();
        return s ? s->manualRemaps : 0;
    }
    qulonglong generation() const
    {
        const auto* s = current();
        return s ? s->generation : 0;
    }
    uint validCopies() const
    {
        const auto* s = current();
        return s ? s->validCopies : 0;
    }
    uint copies() const
    {
        const auto* s = current();
        return s ? s->copies : 0;
    }

    void update(const dm::DmDevice& device);
    /// Re-reads the status; emits PropertiesChanged and the signals when
    /// announce is set. Returns false when the device is gone.
    bool poll(bool announce);
    /// Every remap table entry (all pages).
    Result<std::vector<dm::RemapEntry>> allEntries();

public Q_SLOTS:
    DmrRemapEntryList ListRemaps(qulonglong from, uint count, const QVariantMap& options);
    void Remap(qulonglong sector, const QVariantMap& options);
    QDBusObjectPath RescueBlock(qulonglong sector, const QVariantMap& options);
    void ClearPending(qulonglong sector, const QVariantMap& options);
    void Remove(const QVariantMap& options);

Q_SIGNALS:
    void RemapsAdded(qulonglong added, qulonglong remapped);
    void PendingBlocksAdded(qulonglong added, qulonglong pending);
    void SpareNearlyFull(qulonglong remapped, qulonglong capacity);
    void SpareFull();
    void StateChanged(const QString& oldState, const QString& newState);

private:
    /// InvalidArgument when sector is past the end of the device.
    Status checkSector(qulonglong sector) const;
    /// The table entry of the unit, found by binary search over `list`
    /// pages (the table is sorted by main unit); nullopt when none.
    Result<std::optional<dm::RemapEntry>> findEntry(std::uint64_t unit);

    HelperContext& m_context;
    Manager& m_manager;
    dm::DmDevice m_dm;
    QString m_path;
    QString m_main;
    QString m_spare;
    /// The status now (a status ioctl); the last one read when the device
    /// is gone, nullptr when it was never read.
    const dm::RemapStatus* current() const;

    mutable std::optional<dm::RemapStatus> m_status; ///< the last read
    std::optional<dm::RemapStatus> m_announced; ///< what the last signals reported
};

} // namespace dmremap::helper
