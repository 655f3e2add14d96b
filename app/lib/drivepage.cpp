#include "drivepage.h"

#include "byteformat.h"
#include "healthmapcomparison.h"
#include "healthmaplegend.h"
#include "healthmapview.h"
#include "scancontrols.h"
#include "scanhistorymodel.h"
#include "smartattributemodel.h"
#include "smartverdict.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace dmremap::gui {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

DrivePage::DrivePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("drivePage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("driveTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("smartVerdict"));
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("smartAdvice"));
    m_advice->setWordWrap(true);

    m_scanControls = new ScanControls(this);

    m_zoomOut = new QToolButton(this);
    m_zoomOut->setText(tr("−"));
    m_zoomOut->setToolTip(tr("Zoom out (−)"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomIn = new QToolButton(this);
    m_zoomIn->setText(tr("+"));
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setObjectName(QStringLiteral("zoomOutButton"));
    m_zoomIn->setObjectName(QStringLiteral("zoomInButton"));
    m_zoomFit = new QToolButton(this);
    m_zoomFit->setObjectName(QStringLiteral("zoomFitButton"));
    m_zoomFit->setText(tr("Whole disk"));
    m_zoomFit->setToolTip(tr("Show the whole disk (0)"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_colorBlind = new QCheckBox(tr("Colour-blind safe colours"), this);
    m_colorBlind->setObjectName(QStringLiteral("colorBlindSafe"));

    m_mapView = new HealthMapView(this);
    m_legend = new HealthMapLegend(this);
    m_cellInfo = new QLabel(this);
    m_cellInfo->setObjectName(QStringLiteral("cellInfo"));
    m_cellInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cellInfo->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_cellInfo->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    m_cellInfo->setWordWrap(true);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_zoomOut);
    tools->addWidget(m_zoomIn);
    tools->addWidget(m_zoomFit);
    tools->addWidget(m_zoomLabel, 1);
    tools->addWidget(m_colorBlind);

    auto* mapRow = new QHBoxLayout;
    mapRow->addWidget(m_mapView, 1);
    mapRow->addWidget(m_cellInfo);

    auto* mapArea = new QWidget(this);
    auto* mapLayout = new QVBoxLayout(mapArea);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addLayout(tools);
    mapLayout->addLayout(mapRow, 1);
    mapLayout->addWidget(m_legend);

    m_smartModel = new SmartAttributeModel(this);
    m_smartProxy = new QSortFilterProxyModel(this);
    m_smartProxy->setSourceModel(m_smartModel);
    m_smartProxy->setSortRole(SmartAttributeModel::SortRole);
    m_smartTable = makeTable(this, QStringLiteral("smartTable"));
    m_smartTable->setModel(m_smartProxy);
    m_smartTable->sortByColumn(SmartAttributeModel::IdColumn, Qt::AscendingOrder);
    m_smartTable->setAccessibleName(tr("SMART attributes"));

    m_historyModel = new ScanHistoryModel(this);
    auto* historyProxy = new QSortFilterProxyModel(this);
    historyProxy->setSourceModel(m_historyModel);
    historyProxy->setSortRole(ScanHistoryModel::SortRole);
    m_historyTable = makeTable(this, QStringLiteral("historyTable"));
    m_historyTable->setModel(historyProxy);
    m_historyTable->sortByColumn(ScanHistoryModel::TimeColumn, Qt::DescendingOrder);
    m_historyTable->setAccessibleName(tr("Scan history"));

    m_comparison = new HealthMapComparison(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("driveTabs"));
    m_tabs->addTab(m_smartTable, tr("SMART &attributes"));
    m_tabs->addTab(m_historyTable, tr("Scan &history"));
    m_tabs->addTab(m_comparison, tr("&Compare scans"));
    m_tabs->setTabVisible(2, false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mapArea);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_verdict);
    layout->addWidget(m_advice);
    layout->addWidget(m_scanControls);
    layout->addWidget(splitter, 1);

    connect(m_zoomOut, &QToolButton::clicked, m_mapView, &HealthMapView::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, m_mapView, &HealthMapView::zoomIn);
    connect(m_zoomFit, &QToolButton::clicked, m_mapView, &HealthMapView::zoomToFit);
    connect(m_mapView, &HealthMapView::layoutChanged, this, [this] {
        updateZoomLabel();
        showCellInfo(-1);
    });
    connect(m_mapView, &HealthMapView::hoveredCellChanged, this, &DrivePage::showCellInfo);
    connect(m_mapView, &HealthMapView::cursorCellChanged, this,
            [this](std::uint64_t cell) { showCellInfo(static_cast<qint64>(cell)); });
    connect(m_colorBlind, &QCheckBox::toggled, this, &DrivePage::setColorBlindSafe);
    clearSmartReport();
    updateZoomLabel();
}

void DrivePage::setDriveTitle(const QString& title)
{
    m_title->setText(title);
}

void DrivePage::setSmartReport(const SmartReport& report)
{
    m_smartReport = report;
    m_smartUnavailable.clear();
    m_smartModel->setReport(report);
    const auto severity = SmartVerdict::severity(report);
    QString color;
    switch (severity) {
    case SmartVerdict::Severity::Good:
        color = QStringLiteral("#2e7d32");
        break;
    case SmartVerdict::Severity::Warning:
        color = QStringLiteral("#b26a00");
        break;
    case SmartVerdict::Severity::Failing:
        color = QStringLiteral("#b71c1c");
        break;
    case SmartVerdict::Severity::Unknown:
        break;
    }
    const QString headline = SmartVerdict::headline(report).toHtmlEscaped();
    m_verdict->setText(color.isEmpty() ? QStringLiteral("<b>%1</b>").arg(headline)
                                       : QStringLiteral("<b style=\"color:%1\">%2</b>").arg(color, headline));
    m_verdict->setAccessibleName(SmartVerdict::headline(report));
    m_advice->setText(SmartVerdict::advice(report));
    m_tabs->setTabEnabled(0, true);
    m_smartTable->resizeColumnsToContents();
}

void DrivePage::clearSmartReport()
{
    m_smartReport.reset();
    m_smartUnavailable.clear();
    m_smartModel->clear();
    m_verdict->setText(tr("<b>No SMART data</b>"));
    m_advice->setText(tr("SMART data is shown once the drive has been read or a saved report is opened."));
}

void DrivePage::setSmartUnavailable(const QString& why)
{
    m_smartReport.reset();
    m_smartUnavailable = why;
    m_smartModel->clear();
    m_verdict->setText(tr("<b>No SMART data</b>"));
    m_verdict->setAccessibleName(tr("No SMART data"));
    m_advice->setText(why);
}

void DrivePage::setHealthMap(std::shared_ptr<const HealthMap> map)
{
    if (map)
        m_legend->setBuckets(map->buckets());
    m_mapView->setHealthMap(std::move(map));
    updateZoomLabel();
    showCellInfo(-1);
}

void DrivePage::setScanHistory(std::vector<ScanSummary> scans)
{
    m_historyModel->setScans(std::move(scans));
    m_historyTable->resizeColumnsToContents();
}

bool DrivePage::setComparison(std::shared_ptr<const HealthMap> older, const QString& olderTitle,
                              std::shared_ptr<const HealthMap> newer, const QString& newerTitle)
{
    const bool ok = m_comparison->setScans(std::move(older), olderTitle, std::move(newer), newerTitle);
    m_tabs->setTabVisible(2, true);
    return ok;
}

void DrivePage::setColorBlindSafe(bool on)
{
    const auto kind = on ? HealthMapPalette::Kind::ColorBlindSafe : HealthMapPalette::Kind::Standard;
    const std::size_t buckets = m_mapView->healthMap() ? m_mapView->healthMap()->buckets().count() : 6;
    const HealthMapPalette palette(kind, buckets);
    m_mapView->setMapPalette(palette);
    m_legend->setMapPalette(palette);
    for (auto* view : {m_comparison->olderView(), m_comparison->newerView(), m_comparison->differenceView()})
        view->setMapPalette(palette);
    m_comparison->legend()->setMapPalette(palette);
    if (m_colorBlind->isChecked() != on)
        m_colorBlind->setChecked(on);
}

void DrivePage::updateZoomLabel()
{
    const HealthMapLayout l = m_mapView->layout();
    const auto map = m_mapView->healthMap();
    const int level = m_mapView->zoomLevel();
    const int levels = static_cast<int>(m_mapView->zoomLevels().size());
    m_zoomOut->setEnabled(level > 0);
    m_zoomIn->setEnabled(level + 1 < levels);
    if (!map) {
        m_zoomLabel->setText(tr("No health map"));
        return;
    }
    const std::uint64_t cellBytes = l.zoom.unitsPerCell * map->geometry().unitBytes;
    m_zoomLabel->setText(tr("Zoom %1 of %2: %3 per cell").arg(level + 1).arg(levels).arg(ByteFormat::size(cellBytes)));
}

void DrivePage::showCellInfo(qint64 cell)
{
    if (cell < 0)
        cell = static_cast<qint64>(m_mapView->cursorCell());
    m_cellInfo->setText(m_mapView->toolTipForCell(static_cast<std::uint64_t>(cell)));
}

} // namespace dmremap::gui
