#pragma once

#include "scansummary.h"

#include "error/result.h"

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace dmremap {
class ScanHistory;
}

namespace dmremap::gui {

/// The scans of one drive, newest first: when, how much was read, how many
/// regions are slow or failed and how many units are pending or remapped,
/// each compared with the scan before it ("+3") so a disk getting worse is
/// seen at a glance. Read-only.
class ScanHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ScannedColumn,
        SlowColumn,
        ErrorColumn,
        PendingColumn,
        RemappedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        PathRole, ///< QString, the scan's file
        WorseRole, ///< bool: more slow or failed regions than the scan before
    };

    explicit ScanHistoryModel(QObject* parent = nullptr);

    /// Any order; kept newest first.
    void setScans(std::vector<ScanSummary> scans);
    /// Appends a scan that just ended.
    void addScan(const ScanSummary& scan);
    const std::vector<ScanSummary>& scans() const { return m_scans; }
    const ScanSummary& scan(int row) const { return m_scans.at(static_cast<std::size_t>(row)); }

    /// Summaries of every scan of a drive in a ScanHistory (loads each map:
    /// blocking file I/O). A scan that fails to load is left out and logged.
    static std::vector<ScanSummary> loadHistory(const ScanHistory& history, const std::string& driveKey);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The same figure of the scan before (older), or nullptr for the oldest.
    const ScanSummary* previous(int row) const;

    std::vector<ScanSummary> m_scans; ///< newest first
};

} // namespace dmremap::gui
