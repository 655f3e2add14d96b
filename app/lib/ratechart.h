#pragma once

#include <QWidget>

#include <deque>
#include <vector>

namespace dmremap::gui {

/// A small live chart of rates over time (per second): one line per series,
/// the newest sample at the right edge, the scale fitted to the largest
/// value shown; a value too small to see at that scale (a remap beside
/// thousands of reads) gets a tick on the bottom edge. Keeps the last
/// capacity() samples.
class RateChart : public QWidget
{
    Q_OBJECT
public:
    struct Series {
        QString name;
        QColor color;
    };

    explicit RateChart(QWidget* parent = nullptr);

    void setSeries(std::vector<Series> series);
    /// One value per series (same order), per second.
    void addSample(const std::vector<double>& values);
    std::size_t sampleCount() const { return m_samples.size(); }
    static constexpr std::size_t capacity() { return 120; }
    /// The newest value of a series (0 before the first sample).
    double latest(std::size_t series) const;
    /// The largest value of a series among the kept samples (0 when none).
    double peak(std::size_t series) const;

    QSize sizeHint() const override { return {480, 140}; }
    /// A non-zero sample lower than this on the scale gets a tick this high
    /// on the bottom edge (pixels), so that rare events stay visible.
    static constexpr int tickPixels = 8;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<Series> m_series;
    std::deque<std::vector<double>> m_samples;
};

} // namespace dmremap::gui
