#include "verifywriter.h"

#include "scanlog.h"

#include <cstdlib>
#include <cstring>
#include <memory>

namespace dmremap {

VerifyWriter::VerifyWriter(BlockReader& reader, std::uint32_t unitBytes)
    : m_reader(reader)
    , m_unit(unitBytes)
{
}

Result<std::vector<VerifyWriter::UnitResult>> VerifyWriter::run(const std::vector<std::uint64_t>& units)
{
    if (m_unit == 0 || m_unit % m_reader.logicalBlockBytes() != 0)
        return Status{Error::InvalidArgument, "unit size"};
    const std::uint64_t unitCount = (m_reader.sizeBytes() + m_unit - 1) / m_unit;
    for (const auto u : units) {
        if (u >= unitCount)
            return Status{Error::InvalidArgument, "unit " + std::to_string(u) + " is past the end of the device"};
    }
    const std::size_t align = std::max<std::size_t>(m_reader.alignmentBytes(), 4096);
    const std::size_t size = (m_unit + align - 1) / align * align;
    std::unique_ptr<std::byte, decltype(&std::free)> data{static_cast<std::byte*>(std::aligned_alloc(align, size)),
                                                          &std::free};
    std::unique_ptr<std::byte, decltype(&std::free)> check{static_cast<std::byte*>(std::aligned_alloc(align, size)),
                                                           &std::free};
    // Probe writability with an empty write before touching anything.
    if (auto probe = m_reader.write(0, {}); !probe && probe.error() == Error::NotSupported)
        return probe;

    std::vector<UnitResult> results;
    for (const auto u : units) {
        const std::uint64_t offset = u * m_unit;
        const std::size_t length = static_cast<std::size_t>(
            std::min<std::uint64_t>(m_unit, (m_reader.sizeBytes() - offset + m_reader.logicalBlockBytes() - 1)
                                                / m_reader.logicalBlockBytes() * m_reader.logicalBlockBytes()));
        UnitResult result{u, Outcome::Verified};
        if (auto read = m_reader.read(offset, {data.get(), length}); !read) {
            if (read.error() != Error::MediumError)
                return read;
            result.outcome = Outcome::Unreadable;
        } else if (auto write = m_reader.write(offset, {data.get(), length}); !write) {
            result.outcome = Outcome::WriteFailed;
        } else if (auto again = m_reader.read(offset, {check.get(), length}); !again) {
            if (again.error() != Error::MediumError)
                return again;
            result.outcome = Outcome::Mismatch;
        } else if (std::memcmp(data.get(), check.get(), length) != 0) {
            result.outcome = Outcome::Mismatch;
        }
        if (result.outcome != Outcome::Verified)
            qCWarning(dmremapScan) << "verify-write of unit" << u << "failed:" << static_cast<int>(result.outcome);
        results.push_back(result);
    }
    return results;
}

} // namespace dmremap
