#pragma once

#include "healthmappalette.h"
#include "healthmaprenderer.h"

#include "healthmap/latencybuckets.h"

#include <QWidget>

namespace dmremap::gui {

/// The key of the health map: one swatch (with the map's markers) and a label
/// per latency bucket and state, or per kind of change in the difference
/// view. Items flow into as many lines as the width needs. The item texts are
/// also the widget's accessible description.
class HealthMapLegend : public QWidget
{
    Q_OBJECT
public:
    struct Item {
        QColor color;
        HealthMapPalette::Markers markers;
        QString label;
    };

    explicit HealthMapLegend(QWidget* parent = nullptr);

    void setBuckets(const LatencyBuckets& buckets);
    void setMapPalette(const HealthMapPalette& palette);
    void setMode(HealthMapRenderer::Mode mode);
    HealthMapRenderer::Mode mode() const { return m_mode; }

    const QList<Item>& items() const { return m_items; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    /// Lays the items out for `width`; returns the rectangles of swatch and label.
    QList<QPair<QRect, QRect>> arrange(int width) const;

    LatencyBuckets m_buckets;
    HealthMapPalette m_palette;
    HealthMapRenderer::Mode m_mode = HealthMapRenderer::Mode::Health;
    QList<Item> m_items;
};

} // namespace dmremap::gui
