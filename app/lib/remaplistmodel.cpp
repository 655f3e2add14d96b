#include "remaplistmodel.h"

#include "applog.h"
#include "byteformat.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace dmremap::gui {

namespace {

bool byUnit(const dm::RemapEntry& a, const dm::RemapEntry& b)
{
    return a.mainUnit < b.mainUnit;
}

} // namespace

RemapListModel::RemapListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RemapListModel::setEntries(std::vector<dm::RemapEntry> entries, std::uint32_t unitBytes)
{
    std::stable_sort(entries.begin(), entries.end(), byUnit);
    // The target never lists a unit twice; if a caller does, the last one wins.
    auto last = std::unique(entries.rbegin(), entries.rend(),
                            [](const auto& a, const auto& b) { return a.mainUnit == b.mainUnit; });
    entries.erase(entries.begin(), last.base());
    beginResetModel();
    m_entries = std::move(entries);
    m_unitBytes = unitBytes ? unitBytes : 4096;
    endResetModel();
    Q_EMIT pendingCountChanged(pendingCount());
}

void RemapListModel::applyEntry(const dm::RemapEntry& entry)
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), entry, byUnit);
    const int row = static_cast<int>(it - m_entries.begin());
    if (it != m_entries.end() && it->mainUnit == entry.mainUnit) {
        if (*it == entry)
            return;
        const bool pendingChanged = it->pending != entry.pending;
        *it = entry;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (pendingChanged)
            Q_EMIT pendingCountChanged(pendingCount());
        return;
    }
    beginInsertRows({}, row, row);
    m_entries.insert(it, entry);
    endInsertRows();
    if (entry.pending)
        Q_EMIT pendingCountChanged(pendingCount());
}

bool RemapListModel::removeEntry(std::uint64_t mainUnit)
{
    const int row = rowOf(mainUnit);
    if (row < 0)
        return false;
    const bool wasPending = m_entries[static_cast<std::size_t>(row)].pending;
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
    if (wasPending)
        Q_EMIT pendingCountChanged(pendingCount());
    return true;
}

void RemapListModel::clear()
{
    setEntries({}, m_unitBytes);
}

std::uint64_t RemapListModel::pendingCount() const
{
    return static_cast<std::uint64_t>(
        std::count_if(m_entries.begin(), m_entries.end(), [](const auto& e) { return e.pending; }));
}

int RemapListModel::rowOf(std::uint64_t mainUnit) const
{
    dm::RemapEntry probe;
    probe.mainUnit = mainUnit;
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), probe, byUnit);
    return it != m_entries.end() && it->mainUnit == mainUnit ? static_cast<int>(it - m_entries.begin()) : -1;
}

int RemapListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RemapListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemapListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dm::RemapEntry& e = m_entries[static_cast<std::size_t>(index.row())];
    const std::uint64_t sectorsPerUnit = m_unitBytes / 512;
    const std::uint64_t firstSector = e.mainUnit * sectorsPerUnit;
    const bool hasSlot = !e.pending && e.slot != dm::RemapEntry::noSlot;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MainUnitColumn:
            return ByteFormat::number(e.mainUnit);
        case SectorsColumn:
            return tr("%1–%2").arg(ByteFormat::number(firstSector),
                                   ByteFormat::number(firstSector + sectorsPerUnit - 1));
        case SlotColumn:
            return hasSlot ? ByteFormat::number(e.slot) : tr("—");
        case StateColumn:
            return e.pending ? tr("Pending: unreadable until rewritten") : tr("Remapped to the spare");
        }
        break;
    case SortRole:
        switch (index.column()) {
        case MainUnitColumn:
        case SectorsColumn:
            return QVariant::fromValue<qulonglong>(e.mainUnit);
        case SlotColumn:
            return QVariant::fromValue<qulonglong>(hasSlot ? e.slot : ~0ull);
        case StateColumn:
            return e.pending ? 0 : 1;
        }
        break;
    case Qt::ToolTipRole:
        return tr("Main unit %1 (%2 at byte %3)")
            .arg(ByteFormat::number(e.mainUnit), ByteFormat::size(m_unitBytes),
                 ByteFormat::number(e.mainUnit * m_unitBytes));
    case Qt::TextAlignmentRole:
        return index.column() == StateColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (e.pending)
            return QBrush(QColor(0xfc, 0xe0, 0xa8));
        break;
    case Qt::ForegroundRole:
        if (e.pending)
            return QBrush(Qt::black);
        break;
    case PendingRole:
        return e.pending;
    case MainUnitRole:
        return QVariant::fromValue<qulonglong>(e.mainUnit);
    default:
        break;
    }
    return {};
}

QVariant RemapListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MainUnitColumn:
        return tr("Main unit");
    case SectorsColumn:
        return tr("Sectors");
    case SlotColumn:
        return tr("Spare slot");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace dmremap::gui
