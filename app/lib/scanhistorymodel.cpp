#include "scanhistorymodel.h"

#include "applog.h"
#include "byteformat.h"

#include "healthmap/scanhistory.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace dmremap::gui {

namespace {

bool newestFirst(const ScanSummary& a, const ScanSummary& b)
{
    return a.time > b.time;
}

std::uint64_t figure(const ScanSummary& s, int column)
{
    switch (column) {
    case ScanHistoryModel::ScannedColumn:
        return s.scannedRegions;
    case ScanHistoryModel::SlowColumn:
        return s.slowRegions;
    case ScanHistoryModel::ErrorColumn:
        return s.badUnits + s.suspectUnits;
    case ScanHistoryModel::PendingColumn:
        return s.pendingUnits;
    case ScanHistoryModel::RemappedColumn:
        return s.remappedUnits;
    default:
        return 0;
    }
}

} // namespace

ScanHistoryModel::ScanHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ScanHistoryModel::setScans(std::vector<ScanSummary> scans)
{
    std::stable_sort(scans.begin(), scans.end(), newestFirst);
    beginResetModel();
    m_scans = std::move(scans);
    endResetModel();
}

void ScanHistoryModel::addScan(const ScanSummary& scan)
{
    const auto it = std::upper_bound(m_scans.begin(), m_scans.end(), scan, newestFirst);
    const int row = static_cast<int>(it - m_scans.begin());
    beginInsertRows({}, row, row);
    m_scans.insert(it, scan);
    endInsertRows();
    // The scan below compares itself with this one now.
    if (row > 0)
        Q_EMIT dataChanged(index(row - 1, 0), index(row - 1, ColumnCount - 1));
}

std::vector<ScanSummary> ScanHistoryModel::loadHistory(const ScanHistory& history, const std::string& driveKey)
{
    std::vector<ScanSummary> out;
    for (const auto& entry : history.list(driveKey)) {
        auto map = history.load(entry);
        if (!map) {
            qCWarning(lcModels) << "skipping scan" << entry.path.c_str() << ":" << map.status().message().c_str();
            continue;
        }
        const auto us = std::chrono::duration_cast<std::chrono::microseconds>(entry.time.time_since_epoch());
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(us.count() / 1000, QTimeZone::UTC);
        out.push_back(ScanSummary::of(*map, time, QString::fromStdString(entry.path.string())));
    }
    return out;
}

const ScanSummary* ScanHistoryModel::previous(int row) const
{
    const auto next = static_cast<std::size_t>(row) + 1;
    return next < m_scans.size() ? &m_scans[next] : nullptr;
}

int ScanHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scans.size());
}

int ScanHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScanHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const ScanSummary& s = m_scans[static_cast<std::size_t>(row)];
    const ScanSummary* before = previous(row);
    const bool worse = before
        && (s.slowRegions > before->slowRegions || s.badUnits + s.suspectUnits > before->badUnits + before->suspectUnits
            || s.pendingUnits > before->pendingUnits);
    switch (role) {
    case Qt::DisplayRole: {
        if (column == TimeColumn)
            return QLocale().toString(s.time.toLocalTime(), QLocale::ShortFormat);
        if (column == ScannedColumn) {
            const double percent = s.regions ? 100.0 * double(s.scannedRegions) / double(s.regions) : 0.0;
            const bool whole = percent == static_cast<double>(static_cast<int>(percent)) || percent >= 99.95;
            return tr("%1%").arg(QLocale().toString(percent, 'f', whole ? 0 : 1));
        }
        const std::uint64_t value = figure(s, column);
        QString text = ByteFormat::number(value);
        if (before && column != ScannedColumn) {
            const std::uint64_t old = figure(*before, column);
            if (value > old)
                text += tr(" (+%1)").arg(ByteFormat::number(value - old));
            else if (value < old)
                text += tr(" (−%1)").arg(ByteFormat::number(old - value));
        }
        return text;
    }
    case SortRole:
        if (column == TimeColumn)
            return s.time;
        return QVariant::fromValue<qulonglong>(figure(s, column));
    case Qt::ToolTipRole:
        if (column == TimeColumn)
            return s.path;
        if (column == ErrorColumn)
            return tr("%1 bad units, %2 suspect units (read failed, not narrowed down)")
                .arg(ByteFormat::number(s.badUnits), ByteFormat::number(s.suspectUnits));
        if (column == SlowColumn)
            return tr("Regions in the two slowest latency buckets");
        break;
    case Qt::TextAlignmentRole:
        return column == TimeColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (worse && column != TimeColumn && column != ScannedColumn && before
            && figure(s, column) > figure(*before, column) && column != RemappedColumn)
            return QBrush(QColor(0xfc, 0xe0, 0xa8));
        break;
    case PathRole:
        return s.path;
    case WorseRole:
        return worse;
    default:
        break;
    }
    return {};
}

QVariant ScanHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Scan ended");
    case ScannedColumn:
        return tr("Scanned");
    case SlowColumn:
        return tr("Slow regions");
    case ErrorColumn:
        return tr("Unreadable units");
    case PendingColumn:
        return tr("Pending");
    case RemappedColumn:
        return tr("Remapped");
    }
    return {};
}

} // namespace dmremap::gui
