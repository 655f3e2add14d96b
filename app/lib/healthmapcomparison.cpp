#include "healthmapcomparison.h"

#include "byteformat.h"
#include "healthmaplegend.h"
#include "healthmapview.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dmremap::gui {

HealthMapComparison::HealthMapComparison(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("healthMapComparison"));
    m_modeBox = new QComboBox(this);
    m_modeBox->setObjectName(QStringLiteral("comparisonMode"));
    m_modeBox->addItem(tr("Side by side"));
    m_modeBox->addItem(tr("Difference"));
    m_modeBox->setAccessibleName(tr("Comparison mode"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    auto* modeLabel = new QLabel(tr("&Show:"), this);
    modeLabel->setBuddy(m_modeBox);
    top->addWidget(modeLabel);
    top->addWidget(m_modeBox);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);

    m_older = new HealthMapView(this);
    m_older->setObjectName(QStringLiteral("olderMapView"));
    m_newer = new HealthMapView(this);
    m_newer->setObjectName(QStringLiteral("newerMapView"));
    m_difference = new HealthMapView(this);
    m_difference->setObjectName(QStringLiteral("differenceMapView"));
    m_olderTitle = new QLabel(this);
    m_newerTitle = new QLabel(this);

    auto* sideBySide = new QWidget(this);
    auto* grid = new QGridLayout(sideBySide);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_olderTitle, 0, 0);
    grid->addWidget(m_newerTitle, 0, 1);
    grid->addWidget(m_older, 1, 0);
    grid->addWidget(m_newer, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(sideBySide);
    m_stack->addWidget(m_difference);

    m_legend = new HealthMapLegend(this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);

    keepInStep(m_older, m_newer);
    keepInStep(m_newer, m_older);
    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setMode(index == 1 ? Mode::Difference : Mode::SideBySide); });
}

void HealthMapComparison::keepInStep(HealthMapView* a, HealthMapView* b)
{
    // The views ignore a value they already have, so the two links cannot loop.
    connect(a, &HealthMapView::zoomLevelChanged, b, &HealthMapView::setZoomLevel);
    connect(a, &HealthMapView::firstRowChanged, b, &HealthMapView::setFirstRow);
    connect(a, &HealthMapView::cursorCellChanged, b, &HealthMapView::setCursorCell);
}

bool HealthMapComparison::setScans(std::shared_ptr<const HealthMap> older, const QString& olderTitle,
                                   std::shared_ptr<const HealthMap> newer, const QString& newerTitle)
{
    m_olderTitle->setText(olderTitle);
    m_newerTitle->setText(newerTitle);
    m_older->setAccessibleName(tr("Health map of the older scan, %1").arg(olderTitle));
    m_newer->setAccessibleName(tr("Health map of the newer scan, %1").arg(newerTitle));
    m_older->setHealthMap(older);
    m_newer->setHealthMap(newer);
    if (newer)
        m_legend->setBuckets(newer->buckets());
    const bool comparable = m_difference->setDifference(older, newer);
    if (comparable) {
        const auto& d = *m_difference->difference();
        m_summary->setText(tr("%1 regions slower, %2 with new read errors, %3 better")
                               .arg(ByteFormat::number(d.count(RegionChange::Slower)
                                                       + d.count(RegionChange::MuchSlower)),
                                    ByteFormat::number(d.count(RegionChange::NewError)),
                                    ByteFormat::number(d.count(RegionChange::Better))));
    } else {
        m_summary->setText(tr("These scans cannot be compared: they were made with different region sizes."));
    }
    m_modeBox->setItemData(1, comparable ? QVariant() : QVariant(0), Qt::UserRole - 1); // disable "Difference"
    if (!comparable)
        setMode(Mode::SideBySide);
    return comparable;
}

void HealthMapComparison::setMode(Mode mode)
{
    const int index = mode == Mode::Difference ? 1 : 0;
    if (m_mode == mode && m_stack->currentIndex() == index)
        return;
    m_mode = mode;
    m_stack->setCurrentIndex(index);
    m_modeBox->setCurrentIndex(index);
    m_legend->setMode(mode == Mode::Difference ? HealthMapRenderer::Mode::Difference
                                               : HealthMapRenderer::Mode::Health);
    Q_EMIT modeChanged(mode);
}

} // namespace dmremap::gui
