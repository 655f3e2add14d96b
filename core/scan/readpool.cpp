#include "readpool.h"

#include <cstdlib>
#include <cstring>

namespace dmremap {

struct ReadPool::Worker {
    std::thread thread;
    std::byte* buffer = nullptr;
    bool busy = false;
};

ReadPool::ReadPool(BlockReader& reader, unsigned workers, std::size_t bufferBytes, std::size_t alignment)
    : m_reader(reader)
{
    const std::size_t size = (bufferBytes + alignment - 1) / alignment * alignment;
    for (unsigned i = 0; i < std::max(1u, workers); ++i) {
        auto worker = std::make_unique<Worker>();
        worker->buffer = static_cast<std::byte*>(std::aligned_alloc(std::max<std::size_t>(alignment, 4096), size));
        // Touch every page now: first-touch faults inside the first reads
        // would show up as latency of the first regions.
        std::memset(worker->buffer, 0, size);
        m_workers.push_back(std::move(worker));
    }
    for (auto& worker : m_workers)
        worker->thread = std::thread([this, w = worker.get()] { run(*w); });
}

ReadPool::~ReadPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_workCv.notify_all();
    for (auto& worker : m_workers) {
        worker->thread.join();
        std::free(worker->buffer);
    }
}

unsigned ReadPool::idleWorkers() const
{
    std::lock_guard lock(m_mutex);
    unsigned idle = 0;
    for (const auto& worker : m_workers)
        idle += worker->busy ? 0 : 1;
    return idle > m_jobs.size() ? idle - static_cast<unsigned>(m_jobs.size()) : 0;
}

std::size_t ReadPool::queuedJobs() const
{
    std::lock_guard lock(m_mutex);
    return m_jobs.size();
}

void ReadPool::submit(std::uint64_t id, std::uint64_t offsetBytes, std::uint32_t lengthBytes)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back({id, offsetBytes, lengthBytes});
    }
    m_workCv.notify_one();
}

std::optional<ReadPool::Completion> ReadPool::wait(std::chrono::steady_clock::time_point until)
{
    std::unique_lock lock(m_mutex);
    if (!m_doneCv.wait_until(lock, until, [this] { return !m_done.empty(); }))
        return std::nullopt;
    auto completion = std::move(m_done.front());
    m_done.pop_front();
    return completion;
}

void ReadPool::run(Worker& worker)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_workCv.wait(lock, [&] { return m_stop || !m_jobs.empty(); });
        if (m_jobs.empty())
            return;
        const Job job = m_jobs.front();
        m_jobs.pop_front();
        worker.busy = true;
        lock.unlock();
        const auto start = std::chrono::steady_clock::now();
        Status status = m_reader.read(job.offset, {worker.buffer, job.length});
        const auto latency
            = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
        lock.lock();
        worker.busy = false;
        m_done.push_back({job.id, std::move(status), latency});
        m_doneCv.notify_one();
    }
}

} // namespace dmremap
