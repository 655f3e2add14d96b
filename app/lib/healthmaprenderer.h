#pragma once

#include "healthmapdiff.h"
#include "healthmaplayout.h"
#include "healthmappalette.h"

#include "healthmap/healthmap.h"

#include <QImage>

#include <cstdint>
#include <memory>
#include <vector>

class QPainter;

namespace dmremap::gui {

/// Paints a health map (or the difference of two) for a HealthMapLayout:
/// the delegate of HealthMapView, kept apart from the widget so tests and the
/// paint benchmark drive it directly.
///
/// A cell's code is a HealthMap region byte (Health mode) or a RegionChange
/// (Difference mode). A cell of several regions shows their worst: the
/// slowest latency and every flag (Health), the largest change (Difference).
/// A cell smaller than a region keeps the region's latency and takes its
/// read-error, pending and remapped states from the exact unit lists, so
/// zoomed to the unit the map is exact.
///
/// Painting touches only the exposed rectangle: per row of cells, one
/// std::fill of a scanline per run of equal colour, then the row is copied
/// down the cell's height, then markers on cells large enough to hold them.
/// Aggregating many regions per cell is cached per zoom (one byte per cell)
/// and dropped by invalidate().
///
/// Holds shared pointers to immutable data; not thread-safe (GUI thread).
class HealthMapRenderer
{
public:
    enum class Mode { Health, Difference };

    void setMap(std::shared_ptr<const HealthMap> map);
    void setDifference(std::shared_ptr<const HealthMapDiff> diff);
    void clear();

    Mode mode() const { return m_mode; }
    bool isNull() const;
    const std::shared_ptr<const HealthMap>& map() const { return m_map; }
    const std::shared_ptr<const HealthMapDiff>& difference() const { return m_diff; }
    /// The geometry of what is shown (the map's, or the compared maps').
    HealthMapGeometry geometry() const;

    void setPalette(const HealthMapPalette& palette) { m_palette = palette; }
    const HealthMapPalette& palette() const { return m_palette; }

    /// The data changed in place (a live scan): forget cached aggregates.
    void invalidate();
    /// Only these regions changed (a live scan's last requests): the cached
    /// aggregate is updated for the cells that hold them, not rebuilt.
    void invalidateRegions(std::uint64_t firstRegion, std::uint64_t regionCount);

    /// The code of a cell (see the class comment).
    std::uint8_t cellCode(const HealthMapLayout& layout, std::uint64_t cell) const;
    QRgb cellRgb(std::uint8_t code) const;
    HealthMapPalette::Markers cellMarkers(std::uint8_t code) const;

    /// Renders the viewport rectangle `exposed` into `image` (resized to
    /// exposed.size(); its pixel (0, 0) is exposed.topLeft()).
    void render(QImage& image, const HealthMapLayout& layout, const QRect& exposed) const;
    /// render() into a reused buffer, then one drawImage at exposed.topLeft().
    void paint(QPainter& painter, const HealthMapLayout& layout, const QRect& exposed) const;

    /// The worst of two region bytes (slowest latency code, every flag).
    static std::uint8_t worst(std::uint8_t a, std::uint8_t b);

private:
    const std::vector<std::uint8_t>& codes() const;
    const std::vector<std::uint8_t>& aggregated(std::uint64_t regionsPerCell) const;
    std::uint8_t aggregateCell(std::uint64_t cell, std::uint64_t regionsPerCell) const;
    std::uint8_t refineToUnits(std::uint8_t code, std::uint64_t firstUnit, std::uint64_t unitCount) const;

    Mode m_mode = Mode::Health;
    std::shared_ptr<const HealthMap> m_map;
    std::shared_ptr<const HealthMapDiff> m_diff;
    HealthMapPalette m_palette;

    mutable std::uint64_t m_cacheRegionsPerCell = 0;
    mutable std::vector<std::uint8_t> m_cache;
    mutable QImage m_buffer;
};

} // namespace dmremap::gui
