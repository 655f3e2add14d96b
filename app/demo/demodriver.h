#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace dmremap::gui {

class MainWindow;

/// Walks the rescue on a real MainWindow connected to the helper, as a user
/// would, by clicking its widgets (found by object name), and records each
/// step (DIR/NN-step.png, DIR/NN-step.widgets, "demo-step NN step" on
/// stdout, then the step hook). Steps: 01-drives 02-scan 03-healthmap
/// 04-wizard-spare 05-wizard-options 06-wizard-review 07-created
/// 08-dashboard 09-done. Ends with finished(0) or, after "demo-fail NN
/// step: reason" on stderr, finished(1).
class DemoDriver : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString outDir;
        QString mainName; ///< kernel name, "nullb0"
        QString spareName;
        QString stepHook; ///< run as `sh -c 'HOOK "$@"' sh NN step`; "" none
        int timeoutSeconds = 300; ///< per wait for the UI (not for the hook)
    };

    DemoDriver(MainWindow* window, Options options, QObject* parent = nullptr);

    void start();

    /// The object names of the visible widgets of `root`, sorted, unique
    /// (Qt's internal qt_* names left out).
    static QStringList visibleWidgetNames(const QWidget* root);

Q_SIGNALS:
    void finished(int exitCode);

private:
    using Action = std::function<void()>;
    using Condition = std::function<bool()>;

    /// Polls `reached` until true (then runs next) or the timeout (fails).
    void waitUntil(const QString& what, Condition reached, Action next);
    /// Saves the step's files, prints it, runs the hook, then next.
    void record(const QString& number, const QString& name, Action next);
    void fail(const QString& reason);
    void click(QWidget* widget);
    template<typename T = QWidget>
    T* find(const QString& objectName) const;

    void stepDrives();
    void stepScan();
    void stepHealthMap();
    void stepWizardSpare();
    void stepWizardOptions();
    void stepWizardReview();
    void stepCreated();
    void stepDashboard();
    void stepDone();

    MainWindow* m_window;
    Options m_options;
    QString m_step = QStringLiteral("00 start");
    bool m_failed = false;
    bool m_scanDone = false;
    bool m_scanOk = false;
    QString m_scanMessage;
    bool m_mapAfterScan = false;
    quint64 m_baselineRemapped = 0;
    QString m_device;
};

} // namespace dmremap::gui
