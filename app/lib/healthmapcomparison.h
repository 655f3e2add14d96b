#pragma once

#include "healthmap/healthmap.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace dmremap::gui {

class HealthMapLegend;
class HealthMapView;

/// Two scans of the same drive, either side by side (two maps kept at the
/// same zoom, scroll position and cursor) or as one difference map where
/// regions that got slower or failed stand out. Includes the legend of the
/// current mode.
class HealthMapComparison : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { SideBySide, Difference };

    explicit HealthMapComparison(QWidget* parent = nullptr);

    /// False when the scans cannot be compared (different geometry): the
    /// side-by-side view still shows both, the difference view stays empty.
    bool setScans(std::shared_ptr<const HealthMap> older, const QString& olderTitle,
                  std::shared_ptr<const HealthMap> newer, const QString& newerTitle);

    Mode mode() const { return m_mode; }
    HealthMapView* olderView() const { return m_older; }
    HealthMapView* newerView() const { return m_newer; }
    HealthMapView* differenceView() const { return m_difference; }
    HealthMapLegend* legend() const { return m_legend; }

public Q_SLOTS:
    void setMode(dmremap::gui::HealthMapComparison::Mode mode);

Q_SIGNALS:
    void modeChanged(dmremap::gui::HealthMapComparison::Mode mode);

private:
    void keepInStep(HealthMapView* a, HealthMapView* b);

    Mode m_mode = Mode::SideBySide;
    QComboBox* m_modeBox = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_olderTitle = nullptr;
    QLabel* m_newerTitle = nullptr;
    QStackedWidget* m_stack = nullptr;
    HealthMapView* m_older = nullptr;
    HealthMapView* m_newer = nullptr;
    HealthMapView* m_difference = nullptr;
    HealthMapLegend* m_legend = nullptr;
};

} // namespace dmremap::gui
