#pragma once

#include <QPoint>
#include <QRect>

#include <cstdint>
#include <optional>
#include <vector>

namespace dmremap::gui {

/// One zoom step of the health map: how many remap units one cell shows and
/// how large (in device-independent pixels, square) a cell is drawn.
/// unitsPerCell >= 1, cellPixels >= 1.
struct MapZoom {
    std::uint64_t unitsPerCell = 1; ///< remap units per cell
    int cellPixels = 1; ///< side of a cell in pixels
    bool operator==(const MapZoom&) const = default;
};

/// The geometry of the health map view, as a plain value (KDAB hotspot's idea:
/// the view's arithmetic lives where data-driven tests reach it).
///
/// The disk is laid out row-major: cell c covers remap units
/// [c * unitsPerCell, (c + 1) * unitsPerCell), clipped to unitCount; a row
/// holds columns() cells; the view scrolls by whole rows (firstRow), so the
/// scroll range fits an int even for a 20 TB disk at one unit per cell.
/// Positions are viewport pixels; every count is in remap units, regions,
/// cells or rows as its name says.
struct HealthMapLayout {
    std::uint64_t unitCount = 0; ///< remap units of the main device
    std::uint64_t unitsPerRegion = 1; ///< HealthMapGeometry::unitsPerRegion()
    MapZoom zoom;
    int viewportWidth = 0; ///< pixels
    int viewportHeight = 0; ///< pixels
    std::uint64_t firstRow = 0; ///< the row shown at the top of the viewport

    struct Span {
        std::uint64_t first = 0;
        std::uint64_t count = 0;
        std::uint64_t end() const { return first + count; }
        bool operator==(const Span&) const = default;
    };

    std::uint64_t regionCount() const;
    /// Cells per row; at least 1 even when the viewport is narrower than a cell.
    int columns() const;
    std::uint64_t cellCount() const;
    std::uint64_t rowCount() const;
    /// Rows that fit in the viewport, partly visible ones included.
    std::uint64_t visibleRows() const;
    /// Rows that fit entirely; at least 1 (the page step).
    std::uint64_t fullyVisibleRows() const;
    /// The largest firstRow that still fills the viewport.
    std::uint64_t maxFirstRow() const;
    /// Whether the map covers only part of the width (cells x columns).
    int contentWidth() const { return columns() * zoom.cellPixels; }

    /// The cell under a viewport position, nullopt outside the map.
    std::optional<std::uint64_t> cellAt(QPoint pos) const;
    /// A cell's rectangle in viewport coordinates (may lie outside the viewport).
    QRect cellRect(std::uint64_t cell) const;
    /// The remap units of a cell, clipped to the device.
    Span cellUnits(std::uint64_t cell) const;
    /// The regions a cell touches (a cell may straddle two regions when
    /// unitsPerCell does not divide unitsPerRegion).
    Span cellRegions(std::uint64_t cell) const;
    std::uint64_t cellOfUnit(std::uint64_t unit) const { return unit / zoom.unitsPerCell; }
    std::uint64_t cellOfRegion(std::uint64_t region) const { return cellOfUnit(region * unitsPerRegion); }
    /// Rows (absolute, [first, end)) that intersect a viewport rectangle.
    Span rowsIn(const QRect& rect) const;
    /// Columns ([first, end)) that intersect a viewport rectangle.
    Span columnsIn(const QRect& rect) const;

    /// firstRow clamped to [0, maxFirstRow()].
    std::uint64_t clampedFirstRow(std::uint64_t row) const;
    /// The firstRow that keeps `unit` on the same viewport row y after a zoom change.
    std::uint64_t firstRowKeeping(std::uint64_t unit, int y) const;
    /// The smallest scroll change that brings `cell` fully into view.
    std::uint64_t firstRowShowing(std::uint64_t cell) const;

    /// The zoom that shows the whole disk in the viewport: the largest cells
    /// (up to maxCellPixels) that fit, or, when even one region per pixel does
    /// not fit, the fewest regions per pixel that do.
    static MapZoom fitZoom(std::uint64_t unitCount, std::uint64_t unitsPerRegion, int width, int height,
                           int maxCellPixels = 16);
    /// Every zoom step from the whole disk (index 0, fitZoom()) to one remap
    /// unit per cell: zooming out aggregates regions per pixel in powers of
    /// two, then regions grow to maxCellPixels, then a cell shows halves of a
    /// region down to a single unit. Each step is strictly finer than the last.
    static std::vector<MapZoom> zoomLadder(std::uint64_t unitCount, std::uint64_t unitsPerRegion, int width,
                                           int height, int maxCellPixels = 16);
};

} // namespace dmremap::gui
