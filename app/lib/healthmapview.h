#pragma once

#include "healthmapdiff.h"
#include "healthmaplayout.h"
#include "healthmappalette.h"
#include "healthmaprenderer.h"

#include "healthmap/healthmap.h"

#include <QAbstractScrollArea>

#include <memory>
#include <optional>
#include <vector>

namespace dmremap::gui {

/// The health map of one drive, or the difference of two scans, as a
/// zoomable, scrollable grid of cells (see HealthMapLayout for the geometry
/// and HealthMapRenderer for the colours).
///
/// Zoom: Ctrl+wheel (around the pointer), +/- keys, 0 for the whole disk; the
/// steps go from the whole disk to one remap unit per cell. Scroll: wheel,
/// scroll bar, Page Up/Down. Keyboard cursor: arrow keys, Home/End; the
/// cursor's cell is described by cursorText() and cursorCellChanged(), so
/// the map is usable without a mouse. Hovering shows a tooltip with the LBA
/// range, latency bucket and state.
///
/// Data is shared, immutable (std::shared_ptr<const ...>); after changing a
/// map in place (live scan) call refresh(). GUI thread only.
class HealthMapView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit HealthMapView(QWidget* parent = nullptr);
    ~HealthMapView() override;

    void setHealthMap(std::shared_ptr<const HealthMap> map);
    /// Shows what changed from `older` to `newer` (same drive, same geometry).
    /// False (and an empty view) when the maps cannot be compared.
    bool setDifference(std::shared_ptr<const HealthMap> older, std::shared_ptr<const HealthMap> newer);
    void clear();
    HealthMapRenderer::Mode mode() const { return m_renderer.mode(); }
    const std::shared_ptr<const HealthMap>& healthMap() const { return m_map; }
    const std::shared_ptr<const HealthMapDiff>& difference() const { return m_renderer.difference(); }

    void setMapPalette(const HealthMapPalette& palette);
    const HealthMapPalette& mapPalette() const { return m_renderer.palette(); }
    const HealthMapRenderer& renderer() const { return m_renderer; }

    /// The geometry as it stands (zoom, viewport, scroll).
    HealthMapLayout layout() const;
    const std::vector<MapZoom>& zoomLevels() const { return m_ladder; }
    int zoomLevel() const { return m_zoomLevel; }

    std::optional<std::uint64_t> cellAt(QPoint viewportPos) const { return layout().cellAt(viewportPos); }
    /// The tooltip of a cell (empty outside the map).
    QString toolTipForCell(std::uint64_t cell) const;
    std::uint64_t cursorCell() const { return m_cursorCell; }
    QString cursorText() const { return toolTipForCell(m_cursorCell); }
    /// Remap units of a cell at the current zoom.
    HealthMapLayout::Span cellUnits(std::uint64_t cell) const { return layout().cellUnits(cell); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void setZoomLevel(int level);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void setCursorCell(std::uint64_t cell);
    /// Scrolls so the unit's cell is visible and puts the cursor there.
    void showUnit(std::uint64_t unit);
    /// Scrolls so `row` is the top row (clamped); for views kept in step.
    void setFirstRow(qint64 row);
    /// The map changed in place: repaint and drop cached aggregates.
    void refresh();
    /// Only these regions changed (a running scan): cheaper than refresh().
    void refreshRegions(std::uint64_t firstRegion, std::uint64_t regionCount);

Q_SIGNALS:
    void zoomLevelChanged(int level);
    /// Zoom, viewport size or data changed: what a cell covers may differ.
    void layoutChanged();
    void cursorCellChanged(std::uint64_t cell);
    /// The cell under the pointer, -1 when none.
    void hoveredCellChanged(qint64 cell);
    /// First row shown (whole rows), for views kept in step.
    void firstRowChanged(qint64 row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void dataChanged();
    void rebuildLadder();
    void setZoomAround(int level, std::uint64_t anchorUnit, int anchorY);
    void updateScrollBar();
    void updateAccessibleDescription();
    void updateCell(std::uint64_t cell);
    std::uint64_t unitCount() const;

    HealthMapRenderer m_renderer;
    std::shared_ptr<const HealthMap> m_map; ///< the (newer) map, for tooltips
    std::shared_ptr<const HealthMap> m_older; ///< the older map in Difference mode
    std::vector<MapZoom> m_ladder{MapZoom{}}; ///< never empty
    int m_zoomLevel = 0;
    std::uint64_t m_firstRow = 0;
    std::uint64_t m_cursorCell = 0;
    qint64 m_hoveredCell = -1;
    bool m_syncingScrollBar = false;
};

} // namespace dmremap::gui
