#include "healthmaplayout.h"

#include <algorithm>

namespace dmremap::gui {

namespace {

std::uint64_t divCeil(std::uint64_t a, std::uint64_t b)
{
    return b == 0 ? 0 : (a + b - 1) / b;
}

// Rows needed to show `cells` cells of `px` pixels in a viewport `width` wide.
std::uint64_t rowsFor(std::uint64_t cells, int width, int px)
{
    const std::uint64_t columns = std::max(1, width / px);
    return divCeil(cells, columns);
}

} // namespace

std::uint64_t HealthMapLayout::regionCount() const
{
    return divCeil(unitCount, std::max<std::uint64_t>(unitsPerRegion, 1));
}

int HealthMapLayout::columns() const
{
    return std::max(1, viewportWidth / std::max(1, zoom.cellPixels));
}

std::uint64_t HealthMapLayout::cellCount() const
{
    return divCeil(unitCount, std::max<std::uint64_t>(zoom.unitsPerCell, 1));
}

std::uint64_t HealthMapLayout::rowCount() const
{
    return divCeil(cellCount(), static_cast<std::uint64_t>(columns()));
}

std::uint64_t HealthMapLayout::visibleRows() const
{
    return divCeil(static_cast<std::uint64_t>(std::max(0, viewportHeight)), zoom.cellPixels);
}

std::uint64_t HealthMapLayout::fullyVisibleRows() const
{
    return std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::max(0, viewportHeight)) / zoom.cellPixels);
}

std::uint64_t HealthMapLayout::maxFirstRow() const
{
    const std::uint64_t rows = rowCount(), fit = fullyVisibleRows();
    return rows > fit ? rows - fit : 0;
}

std::optional<std::uint64_t> HealthMapLayout::cellAt(QPoint pos) const
{
    if (pos.x() < 0 || pos.y() < 0)
        return std::nullopt;
    const int px = zoom.cellPixels;
    const int column = pos.x() / px;
    if (column >= columns())
        return std::nullopt;
    const std::uint64_t row = firstRow + static_cast<std::uint64_t>(pos.y() / px);
    const std::uint64_t cell = row * static_cast<std::uint64_t>(columns()) + static_cast<std::uint64_t>(column);
    if (cell >= cellCount())
        return std::nullopt;
    return cell;
}

QRect HealthMapLayout::cellRect(std::uint64_t cell) const
{
    const auto cols = static_cast<std::uint64_t>(columns());
    const std::uint64_t row = cell / cols;
    const int px = zoom.cellPixels;
    const int x = static_cast<int>(cell % cols) * px;
    // Rows far off-screen are clamped rather than overflowing int.
    const auto dy = static_cast<std::int64_t>(row) - static_cast<std::int64_t>(firstRow);
    const auto y = std::clamp<std::int64_t>(dy * px, -(1 << 29), 1 << 29);
    return QRect(x, static_cast<int>(y), px, px);
}

HealthMapLayout::Span HealthMapLayout::cellUnits(std::uint64_t cell) const
{
    const std::uint64_t first = cell * zoom.unitsPerCell;
    if (first >= unitCount)
        return {first, 0};
    return {first, std::min(zoom.unitsPerCell, unitCount - first)};
}

HealthMapLayout::Span HealthMapLayout::cellRegions(std::uint64_t cell) const
{
    const Span units = cellUnits(cell);
    if (units.count == 0)
        return {units.first / unitsPerRegion, 0};
    const std::uint64_t first = units.first / unitsPerRegion;
    const std::uint64_t last = (units.end() - 1) / unitsPerRegion;
    return {first, last - first + 1};
}

HealthMapLayout::Span HealthMapLayout::rowsIn(const QRect& rect) const
{
    const QRect r = rect.intersected(QRect(0, 0, viewportWidth, viewportHeight));
    if (r.isEmpty())
        return {firstRow, 0};
    const int px = zoom.cellPixels;
    const std::uint64_t first = firstRow + static_cast<std::uint64_t>(r.top() / px);
    std::uint64_t end = firstRow + static_cast<std::uint64_t>(r.bottom() / px) + 1;
    end = std::min(end, rowCount());
    return {first, end > first ? end - first : 0};
}

HealthMapLayout::Span HealthMapLayout::columnsIn(const QRect& rect) const
{
    const QRect r = rect.intersected(QRect(0, 0, viewportWidth, viewportHeight));
    if (r.isEmpty())
        return {0, 0};
    const int px = zoom.cellPixels;
    const auto first = static_cast<std::uint64_t>(r.left() / px);
    const auto end = std::min<std::uint64_t>(static_cast<std::uint64_t>(r.right() / px) + 1,
                                             static_cast<std::uint64_t>(columns()));
    return {first, end > first ? end - first : 0};
}

std::uint64_t HealthMapLayout::clampedFirstRow(std::uint64_t row) const
{
    return std::min(row, maxFirstRow());
}

std::uint64_t HealthMapLayout::firstRowKeeping(std::uint64_t unit, int y) const
{
    const std::uint64_t row = cellOfUnit(std::min(unit, unitCount ? unitCount - 1 : 0)) / columns();
    const auto above = static_cast<std::uint64_t>(std::max(0, y) / zoom.cellPixels);
    return clampedFirstRow(row > above ? row - above : 0);
}

std::uint64_t HealthMapLayout::firstRowShowing(std::uint64_t cell) const
{
    const std::uint64_t row = cell / static_cast<std::uint64_t>(columns());
    if (row < firstRow)
        return clampedFirstRow(row);
    const std::uint64_t fit = fullyVisibleRows();
    if (row >= firstRow + fit)
        return clampedFirstRow(row - fit + 1);
    return firstRow;
}

MapZoom HealthMapLayout::fitZoom(std::uint64_t unitCount, std::uint64_t unitsPerRegion, int width, int height,
                                 int maxCellPixels)
{
    unitsPerRegion = std::max<std::uint64_t>(unitsPerRegion, 1);
    width = std::max(width, 1);
    height = std::max(height, 1);
    const std::uint64_t regions = std::max<std::uint64_t>(divCeil(unitCount, unitsPerRegion), 1);
    for (int px = std::max(maxCellPixels, 1); px > 1; --px) {
        if (rowsFor(regions, width, px) * static_cast<std::uint64_t>(px) <= static_cast<std::uint64_t>(height))
            return {unitsPerRegion, px};
    }
    // One pixel per cell: the fewest regions per cell whose rows fit.
    const std::uint64_t pixels = static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height);
    std::uint64_t perCell = std::max<std::uint64_t>(divCeil(regions, pixels), 1);
    while (rowsFor(divCeil(regions, perCell), width, 1) > static_cast<std::uint64_t>(height))
        ++perCell;
    return {perCell * unitsPerRegion, 1};
}

std::vector<MapZoom> HealthMapLayout::zoomLadder(std::uint64_t unitCount, std::uint64_t unitsPerRegion, int width,
                                                 int height, int maxCellPixels)
{
    unitsPerRegion = std::max<std::uint64_t>(unitsPerRegion, 1);
    maxCellPixels = std::max(maxCellPixels, 1);
    const MapZoom fit = fitZoom(unitCount, unitsPerRegion, width, height, maxCellPixels);
    std::vector<MapZoom> ladder{fit};
    // "Finer" means fewer units per pixel.
    auto finer = [](const MapZoom& a, const MapZoom& b) {
        return a.unitsPerCell * static_cast<std::uint64_t>(b.cellPixels)
            < b.unitsPerCell * static_cast<std::uint64_t>(a.cellPixels);
    };
    auto push = [&](MapZoom z) {
        if (finer(z, ladder.back()))
            ladder.push_back(z);
    };
    const std::uint64_t fitRegions = fit.unitsPerCell / unitsPerRegion;
    // Powers of two below the fit, skipping one too close to it to be a real step.
    std::vector<std::uint64_t> powers;
    for (std::uint64_t p = 1; p * 3 <= fitRegions * 2; p *= 2)
        powers.push_back(p);
    for (auto it = powers.rbegin(); it != powers.rend(); ++it)
        push({*it * unitsPerRegion, 1});
    for (int px = 2; px <= maxCellPixels; px *= 2)
        push({unitsPerRegion, px});
    for (std::uint64_t units = unitsPerRegion / 2; units >= 1; units /= 2)
        push({units, maxCellPixels});
    push({1, maxCellPixels});
    return ladder;
}

} // namespace dmremap::gui
