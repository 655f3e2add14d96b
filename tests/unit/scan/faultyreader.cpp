#include "faultyreader.h"

#include <thread>

using namespace dmremap;

FaultyReader::FaultyReader(std::unique_ptr<BlockReader> inner)
    : m_inner(std::move(inner))
{
}

std::vector<FaultyReader::Call> FaultyReader::calls() const
{
    std::lock_guard lock(m_mutex);
    return m_calls;
}

int FaultyReader::writes() const
{
    std::lock_guard lock(m_mutex);
    return m_writes;
}

Status FaultyReader::read(std::uint64_t offsetBytes, std::span<std::byte> buffer)
{
    {
        std::lock_guard lock(m_mutex);
        m_calls.push_back({offsetBytes, buffer.size()});
    }
    if (m_fatal)
        return Status{*m_fatal, "injected"};
    for (const auto& [range, delay] : m_slow) {
        if (range.touches(offsetBytes, buffer.size()))
            std::this_thread::sleep_for(delay);
    }
    for (const auto& bad : m_bad) {
        if (bad.touches(offsetBytes, buffer.size()))
            return Status{Error::MediumError, "injected"};
    }
    return m_inner->read(offsetBytes, buffer);
}

Status FaultyReader::write(std::uint64_t offsetBytes, std::span<const std::byte> buffer)
{
    if (!buffer.empty()) {
        std::lock_guard lock(m_mutex);
        ++m_writes;
    }
    return m_inner->write(offsetBytes, buffer);
}
