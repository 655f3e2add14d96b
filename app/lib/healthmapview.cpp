#include "healthmapview.h"

#include "applog.h"
#include "byteformat.h"
#include "healthmaptooltip.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <climits>

namespace dmremap::gui {

namespace {

// The scroll bar counts rows; beyond this many it counts groups of rows.
constexpr std::uint64_t scrollBarLimit = 1u << 30;

std::uint64_t scrollScale(std::uint64_t maxRow)
{
    return maxRow <= scrollBarLimit ? 1 : (maxRow + scrollBarLimit - 1) / scrollBarLimit;
}

} // namespace

HealthMapView::HealthMapView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("healthMapView"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Health map"));
    setAccessibleDescription(tr("No health map loaded."));
    m_renderer.setPalette(HealthMapPalette{});
}

HealthMapView::~HealthMapView() = default;

QSize HealthMapView::sizeHint() const
{
    return {640, 400};
}

QSize HealthMapView::minimumSizeHint() const
{
    return {160, 100};
}

std::uint64_t HealthMapView::unitCount() const
{
    return m_renderer.isNull() ? 0 : m_renderer.geometry().unitCount();
}

void HealthMapView::setHealthMap(std::shared_ptr<const HealthMap> map)
{
    m_older.reset();
    m_map = std::move(map);
    m_renderer.setMap(m_map);
    if (m_map && m_renderer.palette().bucketCount() != m_map->buckets().count())
        m_renderer.setPalette(HealthMapPalette(m_renderer.palette().kind(), m_map->buckets().count()));
    dataChanged();
}

bool HealthMapView::setDifference(std::shared_ptr<const HealthMap> older, std::shared_ptr<const HealthMap> newer)
{
    QString error;
    auto diff = (older && newer) ? std::make_shared<const HealthMapDiff>(HealthMapDiff::compare(*older, *newer, &error))
                                 : std::make_shared<const HealthMapDiff>();
    if (diff->isNull()) {
        qCWarning(lcMapView) << "cannot compare the scans:" << error;
        clear();
        return false;
    }
    m_older = std::move(older);
    m_map = std::move(newer);
    m_renderer.setDifference(std::move(diff));
    dataChanged();
    return true;
}

void HealthMapView::clear()
{
    m_older.reset();
    m_map.reset();
    m_renderer.clear();
    dataChanged();
}

void HealthMapView::setMapPalette(const HealthMapPalette& palette)
{
    m_renderer.setPalette(palette);
    viewport()->update();
}

void HealthMapView::dataChanged()
{
    m_cursorCell = 0;
    m_hoveredCell = -1;
    m_firstRow = 0;
    rebuildLadder();
    m_zoomLevel = 0;
    updateScrollBar();
    viewport()->update();
    Q_EMIT zoomLevelChanged(m_zoomLevel);
    Q_EMIT layoutChanged();
    // Counting the scanned regions of a 20 TB map takes a pass over it: not
    // before the first frame.
    QTimer::singleShot(0, this, &HealthMapView::updateAccessibleDescription);
}

void HealthMapView::refresh()
{
    m_renderer.invalidate();
    viewport()->update();
    QTimer::singleShot(0, this, &HealthMapView::updateAccessibleDescription);
}

void HealthMapView::refreshRegions(std::uint64_t firstRegion, std::uint64_t regionCount)
{
    m_renderer.invalidateRegions(firstRegion, regionCount);
    if (regionCount == 0 || m_renderer.isNull())
        return;
    // Repaint the rows that hold the regions, when they are on screen.
    const HealthMapLayout l = layout();
    const std::uint64_t upr = std::max<std::uint64_t>(l.unitsPerRegion, 1);
    const auto columns = static_cast<std::uint64_t>(l.columns());
    const std::uint64_t firstRow = l.cellOfUnit(firstRegion * upr) / columns;
    const std::uint64_t lastRow = l.cellOfUnit((firstRegion + regionCount) * upr - 1) / columns;
    if (lastRow < l.firstRow || firstRow >= l.firstRow + l.visibleRows())
        return;
    const int px = l.zoom.cellPixels;
    const auto top = static_cast<int>((std::max(firstRow, l.firstRow) - l.firstRow) * static_cast<std::uint64_t>(px));
    const auto bottom = static_cast<int>(
        (std::min(lastRow, l.firstRow + l.visibleRows()) - l.firstRow + 1) * static_cast<std::uint64_t>(px));
    viewport()->update(QRect(0, top, viewport()->width(), bottom - top));
}

void HealthMapView::updateAccessibleDescription()
{
    if (m_renderer.isNull()) {
        setAccessibleDescription(tr("No health map loaded."));
        return;
    }
    const HealthMapGeometry g = m_renderer.geometry();
    if (mode() == HealthMapRenderer::Mode::Difference) {
        const auto& d = *m_renderer.difference();
        setAccessibleDescription(tr("Difference of two scans of a %1 drive: %2 regions worse, %3 better, %4 "
                                    "with new read errors.")
                                     .arg(ByteFormat::decimalSize(g.deviceBytes), ByteFormat::number(d.worseCount()),
                                          ByteFormat::number(d.count(RegionChange::Better)),
                                          ByteFormat::number(d.count(RegionChange::NewError))));
        return;
    }
    const HealthMap& m = *m_map;
    setAccessibleDescription(
        tr("Health map of a %1 drive in %2 regions of %3: %4 scanned, %5 bad units, %6 pending, %7 remapped.")
            .arg(ByteFormat::decimalSize(g.deviceBytes), ByteFormat::number(g.regionCount()),
                 ByteFormat::size(g.regionBytes), ByteFormat::number(m.scannedRegions()),
                 ByteFormat::number(m.badUnits().unitCount()), ByteFormat::number(m.pendingUnits().unitCount()),
                 ByteFormat::number(m.remappedUnits().unitCount())));
}

HealthMapLayout HealthMapView::layout() const
{
    HealthMapLayout l;
    if (!m_renderer.isNull()) {
        const HealthMapGeometry g = m_renderer.geometry();
        l.unitCount = g.unitCount();
        l.unitsPerRegion = g.unitsPerRegion();
    }
    if (m_zoomLevel >= 0 && m_zoomLevel < static_cast<int>(m_ladder.size()))
        l.zoom = m_ladder[static_cast<std::size_t>(m_zoomLevel)];
    l.viewportWidth = viewport()->width();
    l.viewportHeight = viewport()->height();
    l.firstRow = m_firstRow;
    return l;
}

void HealthMapView::rebuildLadder()
{
    const MapZoom current = m_zoomLevel >= 0 && m_zoomLevel < static_cast<int>(m_ladder.size())
        ? m_ladder[static_cast<std::size_t>(m_zoomLevel)]
        : MapZoom{};
    const bool wasFit = m_zoomLevel == 0;
    if (m_renderer.isNull()) {
        m_ladder = {MapZoom{}};
        m_zoomLevel = 0;
        return;
    }
    const HealthMapGeometry g = m_renderer.geometry();
    m_ladder = HealthMapLayout::zoomLadder(g.unitCount(), g.unitsPerRegion(), viewport()->width(),
                                           viewport()->height());
    if (wasFit) {
        m_zoomLevel = 0;
        return;
    }
    // Keep the zoom the user chose when it still exists, else the nearest finer one.
    auto units = [](const MapZoom& z) { return double(z.unitsPerCell) / z.cellPixels; };
    m_zoomLevel = static_cast<int>(m_ladder.size()) - 1;
    for (std::size_t i = 0; i < m_ladder.size(); ++i) {
        if (units(m_ladder[i]) <= units(current)) {
            m_zoomLevel = static_cast<int>(i);
            break;
        }
    }
}

void HealthMapView::updateScrollBar()
{
    const HealthMapLayout l = layout();
    m_firstRow = l.clampedFirstRow(m_firstRow);
    const std::uint64_t maxRow = l.maxFirstRow();
    const std::uint64_t scale = scrollScale(maxRow);
    QScrollBar* bar = verticalScrollBar();
    m_syncingScrollBar = true;
    bar->setRange(0, static_cast<int>(maxRow / scale));
    bar->setPageStep(static_cast<int>(std::max<std::uint64_t>(1, l.fullyVisibleRows() / scale)));
    bar->setSingleStep(std::max(1, 3 * 16 / std::max(1, l.zoom.cellPixels) / 3));
    bar->setValue(static_cast<int>(m_firstRow / scale));
    m_syncingScrollBar = false;
}

void HealthMapView::scrollContentsBy(int, int)
{
    if (m_syncingScrollBar)
        return;
    const HealthMapLayout l = layout();
    const std::uint64_t scale = scrollScale(l.maxFirstRow());
    const std::uint64_t row = l.clampedFirstRow(static_cast<std::uint64_t>(verticalScrollBar()->value()) * scale);
    if (row == m_firstRow)
        return;
    m_firstRow = row;
    viewport()->update();
    Q_EMIT firstRowChanged(static_cast<qint64>(m_firstRow));
}

void HealthMapView::setZoomLevel(int level)
{
    const HealthMapLayout l = layout();
    // Keep the middle of the viewport where it is.
    const QPoint middle(l.viewportWidth / 2, l.viewportHeight / 2);
    const auto cell = l.cellAt(middle);
    const std::uint64_t unit = cell ? l.cellUnits(*cell).first : l.cellUnits(l.firstRow * l.columns()).first;
    setZoomAround(level, unit, cell ? middle.y() : 0);
}

void HealthMapView::setZoomAround(int level, std::uint64_t anchorUnit, int anchorY)
{
    level = std::clamp(level, 0, std::max(0, static_cast<int>(m_ladder.size()) - 1));
    if (level == m_zoomLevel || m_renderer.isNull())
        return;
    const std::uint64_t cursorUnit = layout().cellUnits(m_cursorCell).first;
    m_zoomLevel = level;
    HealthMapLayout l = layout();
    m_cursorCell = l.cellOfUnit(std::min(cursorUnit, unitCount() ? unitCount() - 1 : 0));
    m_firstRow = l.firstRowKeeping(anchorUnit, anchorY);
    qCDebug(lcMapView) << "zoom" << level << "units per cell" << l.zoom.unitsPerCell << "cell px"
                       << l.zoom.cellPixels << "first row" << m_firstRow;
    updateScrollBar();
    viewport()->update();
    Q_EMIT zoomLevelChanged(m_zoomLevel);
    Q_EMIT layoutChanged();
    Q_EMIT firstRowChanged(static_cast<qint64>(m_firstRow));
    Q_EMIT cursorCellChanged(m_cursorCell);
}

void HealthMapView::zoomIn()
{
    setZoomLevel(m_zoomLevel + 1);
}

void HealthMapView::zoomOut()
{
    setZoomLevel(m_zoomLevel - 1);
}

void HealthMapView::zoomToFit()
{
    setZoomLevel(0);
}

void HealthMapView::updateCell(std::uint64_t cell)
{
    const HealthMapLayout l = layout();
    // The cursor frame reaches a few pixels around small cells.
    viewport()->update(l.cellRect(cell).adjusted(-4, -4, 4, 4));
}

void HealthMapView::setCursorCell(std::uint64_t cell)
{
    const HealthMapLayout l = layout();
    if (l.cellCount() == 0)
        return;
    cell = std::min(cell, l.cellCount() - 1);
    if (cell == m_cursorCell)
        return;
    updateCell(m_cursorCell);
    m_cursorCell = cell;
    const std::uint64_t row = l.firstRowShowing(cell);
    if (row != m_firstRow) {
        m_firstRow = row;
        updateScrollBar();
        viewport()->update();
        Q_EMIT firstRowChanged(static_cast<qint64>(m_firstRow));
    }
    updateCell(m_cursorCell);
    Q_EMIT cursorCellChanged(m_cursorCell);
}

void HealthMapView::setFirstRow(qint64 row)
{
    const std::uint64_t clamped = layout().clampedFirstRow(static_cast<std::uint64_t>(std::max<qint64>(row, 0)));
    if (clamped == m_firstRow)
        return;
    m_firstRow = clamped;
    updateScrollBar();
    viewport()->update();
    Q_EMIT firstRowChanged(static_cast<qint64>(m_firstRow));
}

void HealthMapView::showUnit(std::uint64_t unit)
{
    setCursorCell(layout().cellOfUnit(unit));
}

QString HealthMapView::toolTipForCell(std::uint64_t cell) const
{
    const HealthMapLayout l = layout();
    if (m_renderer.isNull() || cell >= l.cellCount() || !m_map)
        return {};
    const HealthMapLayout::Span units = l.cellUnits(cell);
    if (mode() == HealthMapRenderer::Mode::Difference && m_older)
        return HealthMapToolTip::differenceText(*m_older, *m_map, *m_renderer.difference(), units);
    return HealthMapToolTip::text(*m_map, units);
}

void HealthMapView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    const HealthMapLayout l = layout();
    m_renderer.paint(painter, l, event->rect());
    if (hasFocus() && !m_renderer.isNull() && m_cursorCell < l.cellCount()) {
        // Small cells get a frame larger than themselves, or it would hide them.
        QRect r = l.cellRect(m_cursorCell);
        if (r.width() < 6)
            r = r.adjusted(-3, -3, 3, 3);
        painter.setPen(QPen(m_renderer.palette().cursor(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r.adjusted(0, 0, -1, -1));
        painter.setPen(QPen(Qt::white, 1));
        painter.drawRect(r.adjusted(2, 2, -3, -3));
    }
}

void HealthMapView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    const HealthMapLayout before = layout();
    const std::uint64_t topUnit = before.cellUnits(before.firstRow * before.columns()).first;
    const int oldLevel = m_zoomLevel;
    rebuildLadder();
    m_firstRow = layout().firstRowKeeping(topUnit, 0);
    updateScrollBar();
    if (m_zoomLevel != oldLevel)
        Q_EMIT zoomLevelChanged(m_zoomLevel);
    if (before.columns() != layout().columns() || before.zoom != layout().zoom)
        Q_EMIT layoutChanged();
}

void HealthMapView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) {
        event->accept();
        return;
    }
    const HealthMapLayout l = layout();
    const QPoint pos = event->position().toPoint();
    const auto cell = l.cellAt(pos);
    const std::uint64_t unit = cell ? l.cellUnits(*cell).first : l.cellUnits(l.firstRow * l.columns()).first;
    setZoomAround(m_zoomLevel + steps, unit, cell ? pos.y() : 0);
    event->accept();
}

void HealthMapView::keyPressEvent(QKeyEvent* event)
{
    const HealthMapLayout l = layout();
    const auto columns = static_cast<std::uint64_t>(l.columns());
    const std::uint64_t page = columns * l.fullyVisibleRows();
    const std::uint64_t last = l.cellCount() ? l.cellCount() - 1 : 0;
    const std::uint64_t c = m_cursorCell;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_ZoomIn: {
        const QRect r = l.cellRect(c);
        if (viewport()->rect().contains(r.center()))
            setZoomAround(m_zoomLevel + 1, l.cellUnits(c).first, r.top());
        else
            zoomIn();
        break;
    }
    case Qt::Key_Minus:
    case Qt::Key_ZoomOut: {
        const QRect r = l.cellRect(c);
        if (viewport()->rect().contains(r.center()))
            setZoomAround(m_zoomLevel - 1, l.cellUnits(c).first, r.top());
        else
            zoomOut();
        break;
    }
    case Qt::Key_0:
        zoomToFit();
        break;
    case Qt::Key_Left:
        setCursorCell(c > 0 ? c - 1 : 0);
        break;
    case Qt::Key_Right:
        setCursorCell(std::min(c + 1, last));
        break;
    case Qt::Key_Up:
        setCursorCell(c >= columns ? c - columns : c);
        break;
    case Qt::Key_Down:
        setCursorCell(c + columns <= last ? c + columns : c);
        break;
    case Qt::Key_PageUp:
        setCursorCell(c >= page ? c - page : c % columns);
        break;
    case Qt::Key_PageDown:
        setCursorCell(std::min(c + page, last));
        break;
    case Qt::Key_Home:
        setCursorCell(0);
        break;
    case Qt::Key_End:
        setCursorCell(last);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HealthMapView::mouseMoveEvent(QMouseEvent* event)
{
    const auto cell = cellAt(event->position().toPoint());
    const qint64 hovered = cell ? static_cast<qint64>(*cell) : -1;
    if (hovered != m_hoveredCell) {
        m_hoveredCell = hovered;
        Q_EMIT hoveredCellChanged(hovered);
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void HealthMapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        if (const auto cell = cellAt(event->position().toPoint()))
            setCursorCell(*cell);
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void HealthMapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (const auto cell = cellAt(pos))
        setZoomAround(m_zoomLevel + (event->modifiers() & Qt::ShiftModifier ? -1 : 1),
                      layout().cellUnits(*cell).first, pos.y());
    event->accept();
}

void HealthMapView::leaveEvent(QEvent* event)
{
    if (m_hoveredCell != -1) {
        m_hoveredCell = -1;
        Q_EMIT hoveredCellChanged(-1);
    }
    QAbstractScrollArea::leaveEvent(event);
}

bool HealthMapView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const HealthMapLayout l = layout();
        if (const auto cell = l.cellAt(help->pos()))
            QToolTip::showText(help->globalPos(), toolTipForCell(*cell), viewport(), l.cellRect(*cell));
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void HealthMapView::focusInEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusInEvent(event);
    updateCell(m_cursorCell);
}

void HealthMapView::focusOutEvent(QFocusEvent* event)
{
    QAbstractScrollArea::focusOutEvent(event);
    updateCell(m_cursorCell);
}

} // namespace dmremap::gui
