#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dmremap::gui {

/// The scan controls of a drive page: start, pause, cancel, progress with
/// rate, expected end and bad blocks found, export to a ddrescue mapfile,
/// and the way into the rescue wizard. Plain widget: it emits requests and
/// shows what it is told (DriveController connects it to the helper).
class ScanControls : public QWidget
{
    Q_OBJECT
public:
    explicit ScanControls(QWidget* parent = nullptr);

    /// No scan runs: start is offered (when the helper is there).
    void setIdle(bool helperAvailable, const QString& status);
    /// A scan runs: progress 0..1, rate in bytes per second (0 unknown),
    /// expected end as Unix time in microseconds (0 unknown), bad units so far.
    void setRunning(double progress, quint64 bytesDone, quint64 bytesTotal, quint64 rate, quint64 expectedEndUs,
                    quint64 badUnits);
    void setPaused(bool paused);
    /// Whether the running job can pause (a scan on a helper with Job.Pause).
    void setPauseSupported(bool on);
    /// Replaces the status line's text (until the next setRunning/setIdle).
    void setStatusText(const QString& text);
    void setExportEnabled(bool on);

    bool isRunning() const { return m_running; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* rescueButton() const { return m_rescue; }
    QProgressBar* progressBar() const { return m_progress; }
    QString statusText() const;

Q_SIGNALS:
    void startRequested();
    void cancelRequested();
    void pauseRequested(bool pause);
    void exportRequested();
    void rescueRequested();

private:
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_cancel;
    QPushButton* m_export;
    QPushButton* m_rescue;
    QProgressBar* m_progress;
    QLabel* m_status;
    bool m_running = false;
    bool m_pauseSupported = false;
};

} // namespace dmremap::gui
