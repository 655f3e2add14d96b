#pragma once

#include "error/result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace dmremap::spare {

/// A device the spare code reads and writes: a block device, an image file
/// or memory (tests, fuzzers). Offsets and lengths are in bytes; callers in
/// this folder only use multiples of 4096 (DMR_BLOCK_BYTES). Not synchronised.
class BlockDevice
{
public:
    virtual ~BlockDevice() = default;

    virtual std::uint64_t sizeBytes() const = 0;
    virtual std::uint32_t logicalBlockSize() const = 0;
    virtual std::uint32_t physicalBlockSize() const = 0;
    /// WWN or serial number of the device ("" when it has none), at most 63
    /// bytes; what the superblock's main_id records.
    virtual std::string identity() const = 0;

    virtual Status read(std::uint64_t offset, std::span<std::byte> data) = 0;
    virtual Status write(std::uint64_t offset, std::span<const std::byte> data) = 0;
    /// Makes every completed write durable.
    virtual Status flush() = 0;
};

/// Opens a block device or image file; block devices with O_DIRECT so that
/// reads see what the kernel target wrote, not the page cache.
Result<std::unique_ptr<BlockDevice>> openBlockDevice(const std::string& path, bool writable);

/// Identity of a block device from sysfs (device/wwid, wwid, device/serial,
/// dm/uuid; a partition uses its disk's, suffixed "-part<N>").
std::string sysfsIdentity(unsigned major, unsigned minor);

/// In-memory device for tests and fuzzers.
class MemoryBlockDevice : public BlockDevice
{
public:
    explicit MemoryBlockDevice(std::uint64_t sizeBytes, std::uint32_t logicalBlockSize = 512,
                               std::uint32_t physicalBlockSize = 512, std::string identity = {});

    std::uint64_t sizeBytes() const override { return m_data.size(); }
    std::uint32_t logicalBlockSize() const override { return m_lbs; }
    std::uint32_t physicalBlockSize() const override { return m_pbs; }
    std::string identity() const override { return m_identity; }
    Status read(std::uint64_t offset, std::span<std::byte> data) override;
    Status write(std::uint64_t offset, std::span<const std::byte> data) override;
    Status flush() override { return {}; }

    std::vector<std::byte>& bytes() { return m_data; }

private:
    std::vector<std::byte> m_data;
    std::uint32_t m_lbs;
    std::uint32_t m_pbs;
    std::string m_identity;
};

} // namespace dmremap::spare
