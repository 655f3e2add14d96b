#pragma once

#include "blockreader.h"
#include "error/result.h"

#include <memory>
#include <string>

namespace dmremap {

/// BlockReader over a block device or a regular file, with O_DIRECT so the
/// page cache neither hides the medium nor fills up with a whole disk.
/// Sizes come from BLKGETSIZE64/BLKSSZGET/BLKPBSZGET (block devices) or
/// st_size with 512-byte logical and 4096-byte physical blocks (files). A file
/// system that refuses O_DIRECT (tmpfs) is read through the page cache
/// instead (direct() is false); a block device never is.
/// Thread-safe (pread/pwrite on one descriptor).
class DeviceReader : public BlockReader
{
public:
    enum class Access { ReadOnly, ReadWrite };

    /// NotFound, PermissionDenied, InvalidArgument (not a block device or
    /// regular file, or empty).
    static Result<std::unique_ptr<DeviceReader>> open(const std::string& path, Access access = Access::ReadOnly);
    ~DeviceReader() override;

    std::uint64_t sizeBytes() const override { return m_size; }
    std::uint32_t logicalBlockBytes() const override { return m_logical; }
    std::uint32_t physicalBlockBytes() const override { return m_physical; }
    bool direct() const { return m_direct; }
    int directFd() const override { return m_direct ? m_fd : -1; }

    Status read(std::uint64_t offsetBytes, std::span<std::byte> buffer) override;
    Status write(std::uint64_t offsetBytes, std::span<const std::byte> buffer) override;

private:
    DeviceReader() = default;

    int m_fd = -1;
    std::string m_path;
    std::uint64_t m_size = 0;
    std::uint32_t m_logical = 512;
    std::uint32_t m_physical = 4096;
    bool m_direct = true;
    bool m_writable = false;
};

} // namespace dmremap
