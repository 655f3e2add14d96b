#include "aioreads.h"

#include "scanlog.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <linux/aio_abi.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace dmremap {

using Clock = std::chrono::steady_clock;

struct AioReads::Slot {
    std::byte* buffer = nullptr;
    iocb cb{};
    bool busy = false;
    std::uint64_t id = 0;
    Clock::time_point started;
};

std::unique_ptr<AioReads> AioReads::create(const BlockReader& reader, int fd, unsigned depth, std::size_t bufferBytes,
                                           std::size_t alignment)
{
    std::unique_ptr<AioReads> aio{new AioReads};
    aio->m_deviceBytes = reader.sizeBytes();
    aio->m_fd = fd;
    depth = std::max(1u, depth);
    aio_context_t context = 0;
    if (::syscall(SYS_io_setup, depth, &context) != 0) {
        qCWarning(dmremapScan) << "no kernel AIO context:" << std::strerror(errno) << "; reading with threads";
        return nullptr;
    }
    aio->m_context = context;
    // One mapping for every slot's buffer, on 2 MiB boundaries, asking for
    // transparent huge pages: an O_DIRECT read pins its buffer's pages, and a
    // 1 MiB buffer in one huge page is one folio to pin and map instead of
    // 256 (where THP is off, this is plain 4 KiB pages).
    constexpr std::size_t hugePage = 2 * 1024 * 1024;
    const std::size_t align = std::max<std::size_t>(alignment, 4096);
    const std::size_t size = (bufferBytes + align - 1) / align * align;
    const bool huge = size * depth >= hugePage; // small buffers stay small
    const std::size_t total = huge ? (size * depth + hugePage - 1) / hugePage * hugePage : size * depth;
    const std::size_t slack = huge ? hugePage : 0;
    void* mapping = ::mmap(nullptr, total + slack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapping == MAP_FAILED)
        return nullptr;
    aio->m_mapping = static_cast<std::byte*>(mapping);
    aio->m_mappingBytes = total + slack;
    auto* base = aio->m_mapping;
    if (huge) {
        base = reinterpret_cast<std::byte*>((reinterpret_cast<std::uintptr_t>(mapping) + hugePage - 1) / hugePage * hugePage);
        ::madvise(base, total, MADV_HUGEPAGE); // a hint: EINVAL without THP changes nothing
    }
    // Touch every page now: first-touch faults inside the first reads
    // would show up as latency of the first regions.
    std::memset(base, 0, total);
    aio->m_slots.resize(depth);
    for (unsigned i = 0; i < depth; ++i)
        aio->m_slots[i].buffer = base + i * size;
    return aio;
}

AioReads::~AioReads()
{
    if (m_context)
        ::syscall(SYS_io_destroy, m_context);
    if (m_mapping)
        ::munmap(m_mapping, m_mappingBytes);
}

unsigned AioReads::idleWorkers() const
{
    unsigned idle = 0;
    for (const auto& slot : m_slots)
        idle += slot.busy ? 0 : 1;
    return idle;
}

void AioReads::submit(std::uint64_t id, std::uint64_t offsetBytes, std::uint32_t lengthBytes)
{
    Slot* slot = nullptr;
    for (auto& s : m_slots) {
        if (!s.busy) {
            slot = &s;
            break;
        }
    }
    if (!slot) { // the scanner checks idleWorkers() first
        m_ready.push_back({id, Status{Error::Failed, "kernel AIO: no free slot"}, {}});
        return;
    }
    slot->cb = {};
    slot->cb.aio_data = static_cast<std::uint64_t>(slot - m_slots.data());
    slot->cb.aio_lio_opcode = IOCB_CMD_PREAD;
    slot->cb.aio_fildes = static_cast<std::uint32_t>(m_fd);
    slot->cb.aio_buf = reinterpret_cast<std::uint64_t>(slot->buffer);
    slot->cb.aio_nbytes = lengthBytes;
    slot->cb.aio_offset = static_cast<std::int64_t>(offsetBytes);
    slot->id = id;
    slot->started = Clock::now();
    iocb* list[1] = {&slot->cb};
    long submitted;
    do
        submitted = ::syscall(SYS_io_submit, m_context, 1, list);
    while (submitted < 0 && errno == EINTR);
    if (submitted == 1) {
        slot->busy = true;
        return;
    }
    const int err = submitted < 0 ? errno : EAGAIN;
    m_ready.push_back(
        {id, Status{Error::IoError, "kernel AIO read at byte " + std::to_string(offsetBytes) + ": " + std::strerror(err)},
         {}});
}

AioReads::Completion AioReads::complete(Slot& slot, long long result)
{
    slot.busy = false;
    Completion c{slot.id, {}, std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - slot.started)};
    const std::uint64_t offset = static_cast<std::uint64_t>(slot.cb.aio_offset);
    if (result < 0) {
        // As DeviceReader::read(): EIO, ENODATA, EILSEQ are the medium's.
        c.status = Status::fromErrno(static_cast<int>(-result), "read at byte " + std::to_string(offset));
    } else if (static_cast<std::uint64_t>(result) < slot.cb.aio_nbytes
               && offset + static_cast<std::uint64_t>(result) < m_deviceBytes) {
        c.status = Status{Error::IoError, "short read at byte " + std::to_string(offset + result)};
    }
    return c;
}

std::optional<AioReads::Completion> AioReads::wait(Clock::time_point until)
{
    for (;;) {
        if (!m_ready.empty()) {
            Completion c = std::move(m_ready.front());
            m_ready.erase(m_ready.begin());
            return c;
        }
        const auto now = Clock::now();
        if (idleWorkers() == m_slots.size()) { // nothing in flight: the caller waits out a backoff
            std::this_thread::sleep_until(until);
            return std::nullopt;
        }
        const auto left = until > now ? until - now : Clock::duration::zero();
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(left).count();
        timespec timeout{static_cast<time_t>(ns / 1'000'000'000), static_cast<long>(ns % 1'000'000'000)};
        io_event events[64];
        const long n = ::syscall(SYS_io_getevents, m_context, 1, std::min<long>(64, static_cast<long>(m_slots.size())),
                                 events, &timeout);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return std::nullopt;
        for (long i = 0; i < n; ++i)
            m_ready.push_back(complete(m_slots[events[i].data], events[i].res));
    }
}

} // namespace dmremap
