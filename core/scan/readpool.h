#pragma once

#include "blockreader.h"
#include "readqueue.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dmremap {

/// Internal to Scanner: a fixed set of worker threads, each with its own
/// aligned buffer, running one BlockReader::read at a time from a shared
/// queue, so a worker that finishes starts the next queued read without
/// waiting for the scanner's thread. A worker stuck in a read the scanner
/// gave up on stays busy until the kernel returns. Thread-safe.
class ReadPool : public ReadQueue
{
public:
    /// bufferBytes: the largest request; alignment: the reader's.
    ReadPool(BlockReader& reader, unsigned workers, std::size_t bufferBytes, std::size_t alignment);
    ~ReadPool() override; ///< waits for every worker, including stuck ones

    /// Workers neither reading nor spoken for by a queued read.
    unsigned idleWorkers() const override;
    std::size_t queuedJobs() const override;
    bool queuesAhead() const override { return true; }
    /// Queues a read; the next free worker runs it.
    void submit(std::uint64_t id, std::uint64_t offsetBytes, std::uint32_t lengthBytes) override;
    std::optional<Completion> wait(std::chrono::steady_clock::time_point until) override;

private:
    struct Worker;
    struct Job {
        std::uint64_t id = 0, offset = 0;
        std::uint32_t length = 0;
    };
    void run(Worker& worker);

    BlockReader& m_reader;
    mutable std::mutex m_mutex;
    std::condition_variable m_workCv, m_doneCv;
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::deque<Job> m_jobs;
    std::deque<Completion> m_done;
    bool m_stop = false;
};

} // namespace dmremap
