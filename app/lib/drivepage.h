#pragma once

#include "scansummary.h"

#include "healthmap/healthmap.h"
#include "smart/smartreport.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace dmremap::gui {

class HealthMapComparison;
class HealthMapLegend;
class HealthMapView;
class ScanControls;
class ScanHistoryModel;
class SmartAttributeModel;

/// One drive: the SMART verdict in plain words, the health map with its zoom
/// controls, legend and the description of the cell under the cursor, and
/// tabs with the SMART attribute table, the scan history and the comparison
/// of two scans. Fed with plain data (no D-Bus here), so it also shows saved
/// maps and SMART blobs offline.
class DrivePage : public QWidget
{
    Q_OBJECT
public:
    explicit DrivePage(QWidget* parent = nullptr);

    void setDriveTitle(const QString& title);
    void setSmartReport(const SmartReport& report);
    void clearSmartReport();
    /// No SMART report: why, in plain words (not available, not authorized...).
    void setSmartUnavailable(const QString& why);
    void setHealthMap(std::shared_ptr<const HealthMap> map);
    void setScanHistory(std::vector<ScanSummary> scans);
    /// Shows the comparison tab; false when the scans cannot be compared.
    bool setComparison(std::shared_ptr<const HealthMap> older, const QString& olderTitle,
                       std::shared_ptr<const HealthMap> newer, const QString& newerTitle);
    void setColorBlindSafe(bool on);

    HealthMapView* mapView() const { return m_mapView; }
    HealthMapLegend* legend() const { return m_legend; }
    SmartAttributeModel* smartModel() const { return m_smartModel; }
    /// The SMART data shown (for the health report), nullopt when none.
    const std::optional<SmartReport>& smartReport() const { return m_smartReport; }
    /// Why there is no SMART data (setSmartUnavailable), empty otherwise.
    QString smartUnavailableReason() const { return m_smartUnavailable; }
    ScanHistoryModel* historyModel() const { return m_historyModel; }
    HealthMapComparison* comparison() const { return m_comparison; }
    QTabWidget* tabs() const { return m_tabs; }
    /// Scan, export and rescue buttons (hidden until a controller shows them).
    ScanControls* scanControls() const { return m_scanControls; }

private:
    std::optional<SmartReport> m_smartReport;
    QString m_smartUnavailable;
    void updateZoomLabel();
    void showCellInfo(qint64 cell);

    QLabel* m_title = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_advice = nullptr;
    ScanControls* m_scanControls = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_zoomFit = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QCheckBox* m_colorBlind = nullptr;
    HealthMapView* m_mapView = nullptr;
    HealthMapLegend* m_legend = nullptr;
    QLabel* m_cellInfo = nullptr;
    QTabWidget* m_tabs = nullptr;
    SmartAttributeModel* m_smartModel = nullptr;
    QSortFilterProxyModel* m_smartProxy = nullptr;
    QTableView* m_smartTable = nullptr;
    ScanHistoryModel* m_historyModel = nullptr;
    QTableView* m_historyTable = nullptr;
    HealthMapComparison* m_comparison = nullptr;
};

} // namespace dmremap::gui
