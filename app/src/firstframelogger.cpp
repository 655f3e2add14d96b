#include "firstframelogger.h"

#include "applog.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <ctime>
#include <unistd.h>

#include <cstdio>

namespace dmremap::gui {

FirstFrameLogger::FirstFrameLogger(QWidget* painted, QWidget* window, QString screenshotPath)
    : QObject(window)
    , m_painted(painted)
    , m_window(window)
    , m_screenshotPath(std::move(screenshotPath))
{
    m_painted->installEventFilter(this);
}

double FirstFrameLogger::msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, clock ticks since boot) follows the ")" of the command name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields[19].toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

bool FirstFrameLogger::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_seen && watched == m_painted && event->type() == QEvent::Paint) {
        m_seen = true;
        m_painted->removeEventFilter(this);
        // After this paint the backing store is flushed in the same pass;
        // a zero timer runs once that is done.
        QTimer::singleShot(0, this, &FirstFrameLogger::firstFrame);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrameLogger::firstFrame()
{
    const double ms = msSinceProcessStart();
    timespec real{};
    clock_gettime(CLOCK_REALTIME, &real);
    qCInfo(lcApp) << "first frame" << ms << "ms after process start";
    if (qEnvironmentVariableIntValue("DMREMAP_FIRST_FRAME")) {
        std::printf("first-frame\t%.1f\t%lld%09ld\n", ms, static_cast<long long>(real.tv_sec), real.tv_nsec);
        std::fflush(stdout);
    }
    Q_EMIT firstFramePainted();
    if (!m_screenshotPath.isEmpty()) {
        if (!m_window->grab().save(m_screenshotPath))
            qCWarning(lcApp) << "cannot save the screenshot" << m_screenshotPath;
        else
            qCInfo(lcApp) << "saved screenshot" << m_screenshotPath;
    }
    if (qEnvironmentVariableIntValue("DMREMAP_EXIT_AFTER_FIRST_FRAME") || !m_screenshotPath.isEmpty())
        QCoreApplication::quit();
}

} // namespace dmremap::gui
