#pragma once

#include "error/status.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

namespace dmremap::helper {

/// A snapshot of a job's progress. Bytes are bytes of the device worked on.
struct JobProgress {
    std::uint64_t bytesDone = 0;
    std::uint64_t bytesTotal = 0;
    std::uint64_t rate = 0; ///< bytes per second, 0 unknown
    std::int64_t secondsLeft = -1; ///< -1 unknown
    std::string phase;
    std::uint64_t badUnits = 0;
    bool operator==(const JobProgress&) const = default;
};

/// What a job's work function sees: report progress, learn about
/// cancellation. Thread-safe: the work runs on its own thread, Cancel()
/// arrives on the main thread.
class JobControl
{
public:
    void report(const JobProgress& progress);
    JobProgress progress() const;

    bool cancelled() const { return m_cancelled.load(); }
    /// Called (on the cancelling thread, under the control's lock: keep it
    /// short and never call back) when the job is cancelled, e.g. to stop a
    /// scanner. The work sets an empty hook before the object it calls dies.
    void setCancelHook(std::function<void()> hook);
    void cancel();

    /// Pause support: the work sets a hook (true: pause, false: resume)
    /// while it can pause (a scan; rescue and format cannot), under the same
    /// rules as the cancel hook; an empty hook ends pause support.
    void setPauseHook(std::function<void(bool pause)> hook);
    /// Pauses or resumes the work. NotSupported when it cannot pause (no
    /// hook, or the work is ending). Pausing a paused job changes nothing.
    Status setPaused(bool paused);
    bool paused() const;

    /// The English sentence Completed carries on success.
    void setMessage(std::string message);
    std::string message() const;

private:
    mutable std::mutex m_mutex;
    JobProgress m_progress;
    std::function<void()> m_cancelHook;
    std::function<void(bool)> m_pauseHook;
    bool m_paused = false;
    std::string m_message;
    std::atomic<bool> m_cancelled{false};
};

} // namespace dmremap::helper
