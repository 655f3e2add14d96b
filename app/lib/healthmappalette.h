#pragma once

#include "healthmapdiff.h"

#include <QColor>
#include <QFlags>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

class QPainter;
class QRect;

namespace dmremap::gui {

/// The colours and markers of the health map, its legend and its difference
/// view. Value type.
///
/// Two palettes: Standard (green to red, the way disk tools such as Victoria
/// and HDDScan colour latency) and ColorBlindSafe (a ColorBrewer "Blues"
/// sequential ramp for the buckets with Okabe-Ito hues for the states:
/// vermillion error, yellow remapped, reddish purple pending; Okabe & Ito,
/// "Color Universal Design", 2008). Both draw markers (a cross for read
/// errors, a dot for remapped, a frame for pending) on cells of
/// markerMinPixels and more, so no state depends on hue alone; smaller cells
/// rely on luminance and the legend's labels.
///
/// rgb(code) is a table lookup of a HealthMap region byte, cheap enough to
/// call per cell while painting 20 million regions. When a region has several
/// states the colour follows the most urgent: pending, read error, remapped,
/// time-out, then the latency bucket.
class HealthMapPalette
{
public:
    enum class Kind { Standard, ColorBlindSafe };
    enum Marker : std::uint8_t {
        NoMarker = 0,
        ErrorMarker = 1,
        RemappedMarker = 2,
        PendingMarker = 4,
    };
    Q_DECLARE_FLAGS(Markers, Marker)

    /// Cells smaller than this many pixels carry no marker.
    static constexpr int markerMinPixels = 6;

    explicit HealthMapPalette(Kind kind = Kind::Standard, std::size_t bucketCount = 6);

    Kind kind() const { return m_kind; }
    std::size_t bucketCount() const { return m_buckets.size(); }

    QColor bucketColor(std::size_t bucket) const;
    QColor notScanned() const { return m_notScanned; }
    QColor unknownLatency() const { return m_unknownLatency; }
    QColor readError() const { return m_readError; }
    QColor timedOut() const { return m_timedOut; }
    QColor pending() const { return m_pending; }
    QColor remapped() const { return m_remapped; }
    /// Outside the map (right of the last column, below the last cell).
    QColor background() const { return m_background; }
    /// The keyboard cursor's frame.
    QColor cursor() const { return m_cursor; }
    QColor changeColor(RegionChange change) const;

    /// The fill of a HealthMap region byte (see healthmap.h for the encoding).
    QRgb rgb(std::uint8_t regionCode) const { return m_codeTable[regionCode]; }
    /// The fill of a RegionChange byte.
    QRgb changeRgb(std::uint8_t change) const { return m_changeTable[change]; }

    static Markers markersOf(std::uint8_t regionCode);
    static Markers changeMarkersOf(std::uint8_t change);
    /// Draws the markers inside `cell` (no-op below markerMinPixels).
    void drawMarkers(QPainter& painter, const QRect& cell, Markers markers) const;

    bool operator==(const HealthMapPalette& other) const;

private:
    void buildTables();

    Kind m_kind;
    std::vector<QColor> m_buckets;
    QColor m_notScanned, m_unknownLatency, m_readError, m_timedOut, m_pending, m_remapped;
    QColor m_background, m_cursor, m_markerInk, m_markerPaper;
    std::array<QColor, regionChangeCount> m_changes;
    std::array<QRgb, 256> m_codeTable{};
    std::array<QRgb, 256> m_changeTable{};
};

Q_DECLARE_OPERATORS_FOR_FLAGS(HealthMapPalette::Markers)

} // namespace dmremap::gui
