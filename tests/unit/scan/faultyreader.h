#pragma once

#include "scan/blockreader.h"

#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

// A BlockReader seam for tests: passes reads to an inner reader, but fails
// (MediumError) any read touching a bad byte range, sleeps in slow ranges,
// and records every call so tests can check the order of the passes.
class FaultyReader : public dmremap::BlockReader
{
public:
    struct Range {
        std::uint64_t first = 0; // bytes
        std::uint64_t length = 0; // bytes
        bool touches(std::uint64_t offset, std::uint64_t count) const
        {
            return offset < first + length && first < offset + count;
        }
    };
    struct Call {
        std::uint64_t offset = 0;
        std::uint64_t length = 0;
    };

    explicit FaultyReader(std::unique_ptr<dmremap::BlockReader> inner);

    void addBad(std::uint64_t firstByte, std::uint64_t lengthBytes) { m_bad.push_back({firstByte, lengthBytes}); }
    void addSlow(std::uint64_t firstByte, std::uint64_t lengthBytes, std::chrono::milliseconds delay)
    {
        m_slow.push_back({{firstByte, lengthBytes}, delay});
    }
    void failFatally(dmremap::Error error) { m_fatal = error; }

    std::vector<Call> calls() const;

    std::uint64_t sizeBytes() const override { return m_inner->sizeBytes(); }
    std::uint32_t logicalBlockBytes() const override { return m_inner->logicalBlockBytes(); }
    std::uint32_t physicalBlockBytes() const override { return m_inner->physicalBlockBytes(); }
    std::uint32_t alignmentBytes() const override { return m_inner->alignmentBytes(); }
    dmremap::Status read(std::uint64_t offsetBytes, std::span<std::byte> buffer) override;
    dmremap::Status write(std::uint64_t offsetBytes, std::span<const std::byte> buffer) override;

    int writes() const;

private:
    std::unique_ptr<dmremap::BlockReader> m_inner;
    std::vector<Range> m_bad;
    std::vector<std::pair<Range, std::chrono::milliseconds>> m_slow;
    std::optional<dmremap::Error> m_fatal;
    mutable std::mutex m_mutex;
    std::vector<Call> m_calls;
    int m_writes = 0;
};
