#include "jobcontrol.h"

namespace dmremap::helper {

void JobControl::report(const JobProgress& progress)
{
    std::lock_guard lock(m_mutex);
    m_progress = progress;
}

JobProgress JobControl::progress() const
{
    std::lock_guard lock(m_mutex);
    return m_progress;
}

// The hook runs under the lock so that the work can drop it (before the
// object it calls dies) without racing a concurrent cancel().
void JobControl::setCancelHook(std::function<void()> hook)
{
    std::lock_guard lock(m_mutex);
    m_cancelHook = std::move(hook);
    if (m_cancelled.load() && m_cancelHook)
        m_cancelHook();
}

void JobControl::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_cancelHook)
        m_cancelHook();
}

void JobControl::setPauseHook(std::function<void(bool)> hook)
{
    std::lock_guard lock(m_mutex);
    m_pauseHook = std::move(hook);
    if (!m_pauseHook)
        m_paused = false;
}

Status JobControl::setPaused(bool paused)
{
    std::lock_guard lock(m_mutex);
    if (!m_pauseHook)
        return Status{Error::NotSupported, "this job cannot pause"};
    if (m_paused != paused) {
        m_pauseHook(paused);
        m_paused = paused;
    }
    return {};
}

bool JobControl::paused() const
{
    std::lock_guard lock(m_mutex);
    return m_paused;
}

void JobControl::setMessage(std::string message)
{
    std::lock_guard lock(m_mutex);
    m_message = std::move(message);
}

std::string JobControl::message() const
{
    std::lock_guard lock(m_mutex);
    return m_message;
}

} // namespace dmremap::helper
