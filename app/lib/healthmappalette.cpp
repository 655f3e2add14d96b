#include "healthmappalette.h"

#include "healthmap/healthmap.h"

#include <QPainter>
#include <QRect>

#include <algorithm>
#include <cmath>

namespace dmremap::gui {

namespace {

// Resamples a colour ramp to n stops (the bucket count is configurable).
std::vector<QColor> resample(const std::vector<QColor>& ramp, std::size_t n)
{
    std::vector<QColor> out;
    if (n == 0)
        return out;
    if (n == ramp.size())
        return ramp;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = n == 1 ? 0.0 : double(i) * double(ramp.size() - 1) / double(n - 1);
        const auto lo = static_cast<std::size_t>(std::floor(t));
        const auto hi = std::min(lo + 1, ramp.size() - 1);
        const double f = t - double(lo);
        const QColor a = ramp[lo], b = ramp[hi];
        out.push_back(QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                                       float(a.greenF() + (b.greenF() - a.greenF()) * f),
                                       float(a.blueF() + (b.blueF() - a.blueF()) * f)));
    }
    return out;
}

} // namespace

HealthMapPalette::HealthMapPalette(Kind kind, std::size_t bucketCount)
    : m_kind(kind)
{
    bucketCount = std::clamp<std::size_t>(bucketCount, 1, 14);
    if (kind == Kind::Standard) {
        m_buckets = resample({QColor(0x2e, 0x7d, 0x32), QColor(0x7c, 0xb3, 0x42), QColor(0xc0, 0xca, 0x33),
                              QColor(0xfb, 0xc0, 0x2d), QColor(0xf5, 0x7c, 0x00), QColor(0xd8, 0x43, 0x15)},
                             bucketCount);
        m_notScanned = QColor(0xe4, 0xe4, 0xe4);
        m_unknownLatency = QColor(0xa5, 0xd6, 0xa7);
        m_readError = QColor(0xb7, 0x1c, 0x1c);
        m_timedOut = QColor(0x4a, 0x14, 0x8c);
        m_pending = QColor(0xe9, 0x1e, 0x63);
        m_remapped = QColor(0x15, 0x65, 0xc0);
        m_changes = {QColor(0xf0, 0xf0, 0xf0), QColor(0xc8, 0xc8, 0xc8), QColor(0x43, 0xa0, 0x47),
                     QColor(0x15, 0x65, 0xc0), QColor(0xff, 0xb7, 0x4d), QColor(0xf4, 0x51, 0x1e),
                     QColor(0xb7, 0x1c, 0x1c)};
    } else {
        // ColorBrewer Blues (light = fast) and the Okabe-Ito hues.
        m_buckets = resample({QColor(0xc6, 0xdb, 0xef), QColor(0x9e, 0xca, 0xe1), QColor(0x6b, 0xae, 0xd6),
                              QColor(0x42, 0x92, 0xc6), QColor(0x21, 0x71, 0xb5), QColor(0x08, 0x30, 0x6b)},
                             bucketCount);
        m_notScanned = QColor(0xf2, 0xf2, 0xf2);
        m_unknownLatency = QColor(0xbd, 0xbd, 0xbd);
        m_readError = QColor(0xd5, 0x5e, 0x00); // vermillion
        m_timedOut = QColor(0x00, 0x00, 0x00); // black
        m_pending = QColor(0xcc, 0x79, 0xa7); // reddish purple
        m_remapped = QColor(0xf0, 0xe4, 0x42); // yellow
        m_changes = {QColor(0xf2, 0xf2, 0xf2), QColor(0xd0, 0xd0, 0xd0), QColor(0x56, 0xb4, 0xe9),
                     QColor(0xf0, 0xe4, 0x42), QColor(0xe6, 0x9f, 0x00), QColor(0xd5, 0x5e, 0x00),
                     QColor(0x00, 0x00, 0x00)};
    }
    m_background = QColor(0xfa, 0xfa, 0xfa);
    m_cursor = QColor(0x00, 0x00, 0x00);
    m_markerInk = QColor(0x00, 0x00, 0x00);
    m_markerPaper = QColor(0xff, 0xff, 0xff);
    buildTables();
}

void HealthMapPalette::buildTables()
{
    for (int code = 0; code < 256; ++code) {
        const auto c = static_cast<std::uint8_t>(code);
        const int latency = c & HealthMap::latencyMask;
        QColor color;
        if (c & HealthMap::flagPending)
            color = m_pending;
        else if (c & HealthMap::flagReadError)
            color = m_readError;
        else if (c & HealthMap::flagRemapped)
            color = m_remapped;
        else if (c & HealthMap::flagTimedOut)
            color = m_timedOut;
        else if (latency == 0)
            color = m_notScanned;
        else if (latency == HealthMap::latencyUnknown)
            color = m_unknownLatency;
        else
            color = bucketColor(static_cast<std::size_t>(latency - 2));
        m_codeTable[c] = color.rgb();
        m_changeTable[c] = c < regionChangeCount ? m_changes[c].rgb() : m_background.rgb();
    }
}

QColor HealthMapPalette::bucketColor(std::size_t bucket) const
{
    // Codes past the configured buckets (a map made with more limits) take the slowest colour.
    return m_buckets.empty() ? m_notScanned : m_buckets[std::min(bucket, m_buckets.size() - 1)];
}

QColor HealthMapPalette::changeColor(RegionChange change) const
{
    return m_changes[static_cast<std::size_t>(change)];
}

HealthMapPalette::Markers HealthMapPalette::markersOf(std::uint8_t regionCode)
{
    Markers m;
    if (regionCode & HealthMap::flagReadError)
        m |= ErrorMarker;
    if (regionCode & HealthMap::flagRemapped)
        m |= RemappedMarker;
    if (regionCode & HealthMap::flagPending)
        m |= PendingMarker;
    return m;
}

HealthMapPalette::Markers HealthMapPalette::changeMarkersOf(std::uint8_t change)
{
    switch (static_cast<RegionChange>(change)) {
    case RegionChange::NewError:
        return ErrorMarker;
    case RegionChange::Remapped:
        return RemappedMarker;
    default:
        return NoMarker;
    }
}

void HealthMapPalette::drawMarkers(QPainter& painter, const QRect& cell, Markers markers) const
{
    if (markers == NoMarker || cell.width() < markerMinPixels || cell.height() < markerMinPixels)
        return;
    painter.save();
    const QRectF r = QRectF(cell).adjusted(1.5, 1.5, -1.5, -1.5);
    if (markers & PendingMarker) {
        painter.setPen(QPen(m_markerInk, 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(cell).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    if (markers & ErrorMarker) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(m_markerInk, std::max(1.0, cell.width() / 8.0)));
        painter.drawLine(r.topLeft(), r.bottomRight());
        painter.drawLine(r.topRight(), r.bottomLeft());
    }
    if (markers & RemappedMarker) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        const double d = std::max(2.0, cell.width() / 2.5);
        const QRectF dot(r.center().x() - d / 2, r.center().y() - d / 2, d, d);
        painter.setPen(QPen(m_markerInk, 1.0));
        painter.setBrush(m_markerPaper);
        painter.drawEllipse(dot);
    }
    painter.restore();
}

bool HealthMapPalette::operator==(const HealthMapPalette& other) const
{
    return m_kind == other.m_kind && m_codeTable == other.m_codeTable && m_changeTable == other.m_changeTable;
}

} // namespace dmremap::gui
