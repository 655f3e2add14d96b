#include "ratechart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dmremap::gui {

RateChart::RateChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rateChart"));
    setMinimumHeight(100);
}

void RateChart::setSeries(std::vector<Series> series)
{
    m_series = std::move(series);
    m_samples.clear();
    update();
}

void RateChart::addSample(const std::vector<double>& values)
{
    m_samples.push_back(values);
    while (m_samples.size() > capacity())
        m_samples.pop_front();
    update();
}

double RateChart::latest(std::size_t series) const
{
    if (m_samples.empty() || series >= m_samples.back().size())
        return 0;
    return m_samples.back()[series];
}

double RateChart::peak(std::size_t series) const
{
    double top = 0;
    for (const auto& s : m_samples)
        if (series < s.size())
            top = std::max(top, s[series]);
    return top;
}

void RateChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const int legendHeight = fontMetrics().height() + 4;
    const QRectF plot = QRectF(rect()).adjusted(4, 4, -4, -legendHeight - 4);
    p.setPen(pal.mid().color());
    p.drawRect(plot);

    double top = 1;
    for (const auto& s : m_samples)
        for (double v : s)
            top = std::max(top, v);
    // A round scale: 1, 2, 5 × 10^n.
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * magnitude >= top) {
            top = f * magnitude;
            break;
        }
    p.setPen(pal.text().color());
    p.drawText(plot.adjusted(4, 2, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("%1/s").arg(top, 0, 'g', 3));

    const double dx = plot.width() / double(capacity() - 1);
    p.setRenderHint(QPainter::Antialiasing);
    for (std::size_t k = 0; k < m_series.size(); ++k) {
        QPainterPath path;
        const std::size_t n = m_samples.size();
        for (std::size_t i = 0; i < n; ++i) {
            const double v = k < m_samples[i].size() ? m_samples[i][k] : 0;
            const QPointF pt(plot.right() - double(n - 1 - i) * dx, plot.bottom() - v / top * plot.height());
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
        p.setPen(QPen(m_series[k].color, 1.5));
        p.drawPath(path);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    // An error or a remap a second is a fraction of a pixel beside thousands
    // of reads: a tick on the bottom edge shows that it happened.
    for (std::size_t k = 0; k < m_series.size(); ++k) {
        p.setPen(QPen(m_series[k].color, 2));
        const std::size_t n = m_samples.size();
        for (std::size_t i = 0; i < n; ++i) {
            const double v = k < m_samples[i].size() ? m_samples[i][k] : 0;
            if (v > 0 && v / top * plot.height() < tickPixels) {
                const double x = plot.right() - double(n - 1 - i) * dx;
                p.drawLine(QPointF(x, plot.bottom() - 1), QPointF(x, plot.bottom() - tickPixels));
            }
        }
    }
    int x = int(plot.left());
    const int y = int(plot.bottom()) + 4;
    for (std::size_t k = 0; k < m_series.size(); ++k) {
        p.fillRect(QRect(x, y + 3, 10, 10), m_series[k].color);
        x += 14;
        const QString label = tr("%1 %2").arg(m_series[k].name).arg(latest(k), 0, 'f', 1);
        p.setPen(pal.text().color());
        p.drawText(QPoint(x, y + fontMetrics().ascent()), label);
        x += fontMetrics().horizontalAdvance(label) + 16;
    }
}

} // namespace dmremap::gui
