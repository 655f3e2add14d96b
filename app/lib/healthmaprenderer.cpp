#include "healthmaprenderer.h"

#include "applog.h"

#include <QElapsedTimer>
#include <QPainter>

#include <algorithm>
#include <cstring>

namespace dmremap::gui {

namespace {

const std::vector<std::uint8_t> noCodes;

} // namespace

std::uint8_t HealthMapRenderer::worst(std::uint8_t a, std::uint8_t b)
{
    const auto latency = std::max<std::uint8_t>(a & HealthMap::latencyMask, b & HealthMap::latencyMask);
    return static_cast<std::uint8_t>(latency | ((a | b) & ~HealthMap::latencyMask));
}

void HealthMapRenderer::setMap(std::shared_ptr<const HealthMap> map)
{
    m_mode = Mode::Health;
    m_map = std::move(map);
    m_diff.reset();
    invalidate();
}

void HealthMapRenderer::setDifference(std::shared_ptr<const HealthMapDiff> diff)
{
    m_mode = Mode::Difference;
    m_diff = std::move(diff);
    m_map.reset();
    invalidate();
}

void HealthMapRenderer::clear()
{
    m_map.reset();
    m_diff.reset();
    m_mode = Mode::Health;
    invalidate();
}

bool HealthMapRenderer::isNull() const
{
    return m_mode == Mode::Health ? (!m_map || m_map->isNull()) : (!m_diff || m_diff->isNull());
}

HealthMapGeometry HealthMapRenderer::geometry() const
{
    if (m_mode == Mode::Health)
        return m_map ? m_map->geometry() : HealthMapGeometry{};
    return m_diff ? m_diff->geometry() : HealthMapGeometry{};
}

void HealthMapRenderer::invalidate()
{
    m_cacheRegionsPerCell = 0;
    m_cache.clear();
    m_cache.shrink_to_fit();
}

const std::vector<std::uint8_t>& HealthMapRenderer::codes() const
{
    if (isNull())
        return noCodes;
    return m_mode == Mode::Health ? m_map->regionCodes() : m_diff->changeCodes();
}

const std::vector<std::uint8_t>& HealthMapRenderer::aggregated(std::uint64_t regionsPerCell) const
{
    if (m_cacheRegionsPerCell == regionsPerCell)
        return m_cache;
    QElapsedTimer timer;
    timer.start();
    const auto& src = codes();
    const std::size_t n = src.size();
    const std::size_t k = regionsPerCell;
    m_cache.assign((n + k - 1) / k, 0);
    if (m_mode == Mode::Health) {
        // Two independent reductions per cell (slowest latency, every flag);
        // this loop is the cold cost of a zoom level (see bench/app-paint.sh).
        const std::uint8_t* p = src.data();
        for (std::size_t c = 0, i = 0; i < n; ++c, i += k) {
            const std::size_t end = std::min(n, i + k);
            std::uint8_t latency = 0, flags = 0;
            for (std::size_t j = i; j < end; ++j) {
                latency = std::max<std::uint8_t>(latency, p[j] & HealthMap::latencyMask);
                flags |= p[j];
            }
            m_cache[c] = static_cast<std::uint8_t>(latency | (flags & ~HealthMap::latencyMask));
        }
    } else {
        for (std::size_t c = 0; c < m_cache.size(); ++c)
            m_cache[c] = aggregateCell(c, k);
    }
    m_cacheRegionsPerCell = regionsPerCell;
    qCDebug(lcMapView) << "aggregated" << n << "regions," << k << "per cell, in" << timer.nsecsElapsed() / 1000
                       << "us";
    return m_cache;
}

std::uint8_t HealthMapRenderer::aggregateCell(std::uint64_t cell, std::uint64_t regionsPerCell) const
{
    const auto& src = codes();
    const std::size_t first = cell * regionsPerCell;
    const std::size_t end = std::min<std::size_t>(src.size(), first + regionsPerCell);
    std::uint8_t code = 0;
    for (std::size_t j = first; j < end; ++j)
        code = m_mode == Mode::Health ? worst(code, src[j]) : std::max(code, src[j]);
    return code;
}

void HealthMapRenderer::invalidateRegions(std::uint64_t firstRegion, std::uint64_t regionCount)
{
    if (m_cacheRegionsPerCell == 0 || regionCount == 0)
        return;
    const std::uint64_t k = m_cacheRegionsPerCell;
    const std::uint64_t last = std::min<std::uint64_t>(firstRegion + regionCount, codes().size());
    for (std::uint64_t c = firstRegion / k; c * k < last && c < m_cache.size(); ++c)
        m_cache[c] = aggregateCell(c, k);
}

std::uint8_t HealthMapRenderer::refineToUnits(std::uint8_t code, std::uint64_t firstUnit,
                                              std::uint64_t unitCount) const
{
    // The region flags say "somewhere in this region"; the unit lists say where.
    const HealthMap& map = *m_map;
    std::uint8_t out = code;
    if (code & HealthMap::flagReadError) {
        if (!map.badUnits().intersects(firstUnit, unitCount) && !map.suspectUnits().intersects(firstUnit, unitCount))
            out &= static_cast<std::uint8_t>(~HealthMap::flagReadError);
    }
    if ((code & HealthMap::flagPending) && !map.pendingUnits().intersects(firstUnit, unitCount))
        out &= static_cast<std::uint8_t>(~HealthMap::flagPending);
    if ((code & HealthMap::flagRemapped) && !map.remappedUnits().intersects(firstUnit, unitCount))
        out &= static_cast<std::uint8_t>(~HealthMap::flagRemapped);
    return out;
}

std::uint8_t HealthMapRenderer::cellCode(const HealthMapLayout& layout, std::uint64_t cell) const
{
    const auto& src = codes();
    const std::uint64_t upr = std::max<std::uint64_t>(layout.unitsPerRegion, 1);
    const std::uint64_t upc = layout.zoom.unitsPerCell;
    if (upc >= upr && upc % upr == 0) {
        const std::uint64_t k = upc / upr;
        if (k == 1)
            return cell < src.size() ? src[cell] : 0;
        const auto& agg = aggregated(k);
        return cell < agg.size() ? agg[cell] : 0;
    }
    const HealthMapLayout::Span regions = layout.cellRegions(cell);
    if (regions.count == 0 || regions.first >= src.size())
        return 0;
    std::uint8_t code = src[regions.first];
    for (std::uint64_t r = regions.first + 1; r < regions.end() && r < src.size(); ++r)
        code = m_mode == Mode::Health ? worst(code, src[r]) : std::max(code, src[r]);
    if (m_mode == Mode::Health) {
        const HealthMapLayout::Span units = layout.cellUnits(cell);
        code = refineToUnits(code, units.first, units.count);
    }
    return code;
}

QRgb HealthMapRenderer::cellRgb(std::uint8_t code) const
{
    return m_mode == Mode::Health ? m_palette.rgb(code) : m_palette.changeRgb(code);
}

HealthMapPalette::Markers HealthMapRenderer::cellMarkers(std::uint8_t code) const
{
    return m_mode == Mode::Health ? HealthMapPalette::markersOf(code) : HealthMapPalette::changeMarkersOf(code);
}

void HealthMapRenderer::render(QImage& image, const HealthMapLayout& layout, const QRect& exposed) const
{
    if (image.size() != exposed.size() || image.format() != QImage::Format_RGB32)
        image = QImage(exposed.size(), QImage::Format_RGB32);
    image.fill(m_palette.background().rgb());
    if (isNull() || exposed.isEmpty())
        return;

    const HealthMapLayout::Span rows = layout.rowsIn(exposed);
    const HealthMapLayout::Span cols = layout.columnsIn(exposed);
    const int px = layout.zoom.cellPixels;
    const auto columns = static_cast<std::uint64_t>(layout.columns());
    const std::uint64_t cellCount = layout.cellCount();
    // Large cells get a one-pixel gap so neighbours stay apart.
    const int gap = px >= HealthMapPalette::markerMinPixels ? 1 : 0;
    const int w = image.width(), h = image.height();

    // Fast paths by zoom: the codes of a row come from one contiguous array.
    const std::uint64_t upr = std::max<std::uint64_t>(layout.unitsPerRegion, 1);
    const std::uint64_t upc = layout.zoom.unitsPerCell;
    const std::vector<std::uint8_t>* rowSource = nullptr;
    if (upc >= upr && upc % upr == 0)
        rowSource = upc == upr ? &codes() : &aggregated(upc / upr);

    struct MarkedCell {
        QRect rect;
        HealthMapPalette::Markers markers;
    };
    std::vector<MarkedCell> marked;

    for (std::uint64_t row = rows.first; row < rows.end(); ++row) {
        const int top = static_cast<int>(row - layout.firstRow) * px - exposed.top();
        const int y0 = std::max(0, top);
        const int y1 = std::min(h, top + px - gap);
        if (y0 >= y1)
            continue;
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y0));
        const std::uint64_t rowFirstCell = row * columns;
        const std::uint64_t c0 = rowFirstCell + cols.first;
        const std::uint64_t c1 = std::min(rowFirstCell + cols.end(), cellCount);
        if (c1 <= c0)
            continue;
        // One fill per run of equal colour (runs never cross a gap).
        std::uint64_t runStart = c0;
        QRgb runColor = 0;
        auto flush = [&](std::uint64_t from, std::uint64_t to, QRgb color) {
            const int x0 = std::max(0, static_cast<int>(from - rowFirstCell) * px - exposed.left());
            const int x1 = std::min(w, static_cast<int>(to - rowFirstCell) * px - gap - exposed.left());
            if (x1 > x0)
                std::fill(line + x0, line + x1, color);
        };
        for (std::uint64_t c = c0; c < c1; ++c) {
            const std::uint8_t code = rowSource ? (*rowSource)[c] : cellCode(layout, c);
            const QRgb color = cellRgb(code);
            if (gap) {
                flush(c, c + 1, color);
                if (const auto m = cellMarkers(code); m != HealthMapPalette::NoMarker)
                    marked.push_back({layout.cellRect(c).translated(-exposed.topLeft()).adjusted(0, 0, -gap, -gap), m});
                continue;
            }
            if (c == c0) {
                runColor = color;
            } else if (color != runColor) {
                flush(runStart, c, runColor);
                runStart = c;
                runColor = color;
            }
        }
        if (!gap)
            flush(runStart, c1, runColor);
        // The rest of the cell row is a copy of its first line.
        const int x0 = std::max(0, static_cast<int>(cols.first) * px - exposed.left());
        const int x1 = std::min(w, static_cast<int>(cols.first + (c1 - c0)) * px - exposed.left());
        if (x1 > x0) {
            for (int y = y0 + 1; y < y1; ++y)
                std::memcpy(image.scanLine(y) + x0 * 4, line + x0, static_cast<std::size_t>(x1 - x0) * 4);
        }
    }
    if (!marked.empty()) {
        QPainter painter(&image);
        for (const auto& m : marked)
            m_palette.drawMarkers(painter, m.rect, m.markers);
    }
}

void HealthMapRenderer::paint(QPainter& painter, const HealthMapLayout& layout, const QRect& exposed) const
{
    render(m_buffer, layout, exposed);
    painter.drawImage(exposed.topLeft(), m_buffer);
}

} // namespace dmremap::gui
