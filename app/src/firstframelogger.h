#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace dmremap::gui {

/// Notices the first frame a widget paints, for the start-up benchmark and
/// for screenshots of a fresh window: logs how long after process start it
/// came, optionally saves a grab of the window and quits.
///
/// Environment: DMREMAP_FIRST_FRAME=1 prints one line on stdout,
///   "first-frame<TAB><ms since process start><TAB><CLOCK_REALTIME ns>";
/// DMREMAP_EXIT_AFTER_FIRST_FRAME=1 quits the application after it.
class FirstFrameLogger : public QObject
{
    Q_OBJECT
public:
    /// Watches `painted`; grabs and quits through `window`.
    FirstFrameLogger(QWidget* painted, QWidget* window, QString screenshotPath = {});

    /// Milliseconds since this process started (from /proc/self/stat, whose
    /// start time has clock-tick resolution, 10 ms on most kernels; the bench
    /// measures from outside as well).
    static double msSinceProcessStart();

Q_SIGNALS:
    /// The first frame is on screen (emitted before a screenshot quits).
    void firstFramePainted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void firstFrame();

    QWidget* m_painted;
    QWidget* m_window;
    QString m_screenshotPath;
    bool m_seen = false;
};

} // namespace dmremap::gui
