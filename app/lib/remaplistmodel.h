#pragma once

#include "dm/remapstatus.h"

#include <QAbstractTableModel>

#include <vector>

namespace dmremap::gui {

/// The remap table of one remap device (the target's `list` message,
/// dm::RemapEntry), one row per entry, kept sorted by main unit.
///
/// Filled from a plain vector (setEntries) and kept current entry by entry
/// (applyEntry: a new remap inserts a row, pending turning into remapped
/// changes one), so views keep their selection while remaps arrive. Positions
/// are shown in remap units and in 512-byte sectors. Read-only for views.
class RemapListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MainUnitColumn, SectorsColumn, SlotColumn, StateColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< qulonglong (or the state text)
        PendingRole, ///< bool
        MainUnitRole, ///< qulonglong, remap units
    };

    explicit RemapListModel(QObject* parent = nullptr);

    /// Replaces every entry; `unitBytes` is the remap unit (RemapStatus::unitBytes).
    void setEntries(std::vector<dm::RemapEntry> entries, std::uint32_t unitBytes);
    /// Inserts the entry or updates the one with the same main unit.
    void applyEntry(const dm::RemapEntry& entry);
    /// Drops the entry of a main unit (a pending mark cleared); false if absent.
    bool removeEntry(std::uint64_t mainUnit);
    void clear();

    const std::vector<dm::RemapEntry>& entries() const { return m_entries; }
    std::uint32_t unitBytes() const { return m_unitBytes; }
    std::uint64_t pendingCount() const;
    /// The row of a main unit, -1 when absent.
    int rowOf(std::uint64_t mainUnit) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void pendingCountChanged(quint64 count);

private:
    std::vector<dm::RemapEntry> m_entries;
    std::uint32_t m_unitBytes = 4096;
};

} // namespace dmremap::gui
