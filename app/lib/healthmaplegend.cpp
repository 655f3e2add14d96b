#include "healthmaplegend.h"

#include "healthmaptooltip.h"

#include <QEvent>
#include <QPainter>

namespace dmremap::gui {

namespace {

constexpr int swatch = 14;
constexpr int spacing = 6; // between swatch and label
constexpr int itemGap = 16; // between items
constexpr int lineGap = 4;

} // namespace

HealthMapLegend::HealthMapLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("healthMapLegend"));
    setAccessibleName(tr("Health map legend"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    rebuild();
}

void HealthMapLegend::setBuckets(const LatencyBuckets& buckets)
{
    m_buckets = buckets;
    if (m_palette.bucketCount() != buckets.count())
        m_palette = HealthMapPalette(m_palette.kind(), buckets.count());
    rebuild();
}

void HealthMapLegend::setMapPalette(const HealthMapPalette& palette)
{
    m_palette = palette;
    rebuild();
}

void HealthMapLegend::setMode(HealthMapRenderer::Mode mode)
{
    m_mode = mode;
    rebuild();
}

void HealthMapLegend::rebuild()
{
    m_items.clear();
    using P = HealthMapPalette;
    if (m_mode == HealthMapRenderer::Mode::Health) {
        for (std::size_t b = 0; b < m_buckets.count(); ++b)
            m_items.append({m_palette.bucketColor(b), P::NoMarker, HealthMapToolTip::bucketLimit(m_buckets, b)});
        m_items.append({m_palette.unknownLatency(), P::NoMarker, tr("Read, latency unknown")});
        m_items.append({m_palette.notScanned(), P::NoMarker, tr("Not scanned")});
        m_items.append({m_palette.timedOut(), P::NoMarker, tr("Timed out")});
        m_items.append({m_palette.readError(), P::ErrorMarker, tr("Read error")});
        m_items.append({m_palette.pending(), P::PendingMarker, tr("Pending")});
        m_items.append({m_palette.remapped(), P::RemappedMarker, tr("Remapped")});
    } else {
        for (std::size_t c = regionChangeCount; c-- > 0;) {
            const auto change = static_cast<RegionChange>(c);
            m_items.append({m_palette.changeColor(change), P::changeMarkersOf(static_cast<std::uint8_t>(c)),
                            HealthMapToolTip::changeName(change)});
        }
    }
    QStringList labels;
    for (const auto& item : std::as_const(m_items))
        labels << item.label;
    setAccessibleDescription(labels.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

QList<QPair<QRect, QRect>> HealthMapLegend::arrange(int width) const
{
    QList<QPair<QRect, QRect>> out;
    const QFontMetrics fm = fontMetrics();
    const int lineHeight = std::max(swatch, fm.height());
    int x = 0, y = 0;
    for (const auto& item : m_items) {
        const int textWidth = fm.horizontalAdvance(item.label);
        const int itemWidth = swatch + spacing + textWidth;
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += lineHeight + lineGap;
        }
        const QRect sw(x, y + (lineHeight - swatch) / 2, swatch, swatch);
        const QRect text(x + swatch + spacing, y, textWidth, lineHeight);
        out.append({sw, text});
        x += itemWidth + itemGap;
    }
    return out;
}

int HealthMapLegend::heightForWidth(int width) const
{
    const auto rects = arrange(width);
    return rects.isEmpty() ? 0 : rects.last().second.bottom() + 1;
}

QSize HealthMapLegend::sizeHint() const
{
    const int w = 640;
    return {w, heightForWidth(w)};
}

QSize HealthMapLegend::minimumSizeHint() const
{
    const int w = 160;
    return {w, heightForWidth(w)};
}

void HealthMapLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const auto rects = arrange(width());
    for (int i = 0; i < rects.size(); ++i) {
        const auto& item = m_items[i];
        const QRect sw = rects[i].first;
        painter.fillRect(sw, item.color);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(sw.adjusted(0, 0, -1, -1));
        m_palette.drawMarkers(painter, sw, item.markers);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rects[i].second, Qt::AlignVCenter | Qt::AlignLeft, item.label);
    }
}

void HealthMapLegend::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace dmremap::gui
