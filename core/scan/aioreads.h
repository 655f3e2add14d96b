#pragma once

#include "blockreader.h"
#include "readqueue.h"

#include <memory>
#include <vector>

namespace dmremap {

/// Internal to Scanner: reads through Linux kernel AIO (io_setup(2),
/// io_submit(2), io_getevents(2); no library needed) on an O_DIRECT
/// descriptor, `depth` at once from the scanner's own thread, each into its
/// own aligned buffer: the access pattern of `fio --ioengine=libaio
/// --direct=1 --iodepth=depth`, with no thread hand-off per read. Kernel AIO
/// is asynchronous only with O_DIRECT, hence directFd(). Not thread-safe
/// (the scanner's thread only).
class AioReads : public ReadQueue
{
public:
    /// nullptr when the kernel refuses an AIO context (ENOSYS, or
    /// /proc/sys/fs/aio-max-nr exhausted): use a ReadPool then.
    /// fd: the reader's O_DIRECT descriptor (kept open by the reader);
    /// bufferBytes: the largest request; alignment: the reader's.
    static std::unique_ptr<AioReads> create(const BlockReader& reader, int fd, unsigned depth, std::size_t bufferBytes,
                                            std::size_t alignment);
    ~AioReads() override; ///< io_destroy() waits for every read still in the kernel

    unsigned idleWorkers() const override;
    std::size_t queuedJobs() const override { return 0; }
    bool queuesAhead() const override { return false; }
    void submit(std::uint64_t id, std::uint64_t offsetBytes, std::uint32_t lengthBytes) override;
    std::optional<Completion> wait(std::chrono::steady_clock::time_point until) override;

private:
    struct Slot;
    AioReads() = default;
    Completion complete(Slot& slot, long long result);

    std::uint64_t m_deviceBytes = 0;
    int m_fd = -1;
    unsigned long m_context = 0; ///< aio_context_t
    std::vector<Slot> m_slots;
    std::byte* m_mapping = nullptr; ///< every slot's buffer, see create()
    std::size_t m_mappingBytes = 0;
    std::vector<Completion> m_ready; ///< reaped, not yet handed out
};

} // namespace dmremap
