#pragma once

#include "error/status.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace dmremap {

/// The scanner's read call: the system boundary of the surface scan.
///
/// DeviceReader reads a block device (or a file) with O_DIRECT; tests pass
/// readers that fail or stall at chosen offsets. Offsets and lengths are in
/// bytes and multiples of logicalBlockBytes(); buffers are aligned to
/// alignmentBytes(). read() and write() are called from several scanner
/// threads at once and must be thread-safe.
class BlockReader
{
public:
    virtual ~BlockReader() = default;

    virtual std::uint64_t sizeBytes() const = 0;
    /// Smallest addressable block (512 or 4096), in bytes.
    virtual std::uint32_t logicalBlockBytes() const = 0;
    /// The device's physical block (>= logical), in bytes; the default remap unit.
    virtual std::uint32_t physicalBlockBytes() const = 0;
    /// Buffer alignment the reader needs (O_DIRECT: the logical block size).
    virtual std::uint32_t alignmentBytes() const { return logicalBlockBytes(); }

    /// A descriptor opened with O_DIRECT that reads the same bytes as read(),
    /// for kernel AIO (owned by the reader, open as long as it lives); -1 when
    /// there is none (files read through the page cache, test readers): the
    /// scanner then reads through read() on worker threads.
    virtual int directFd() const { return -1; }

    /// Reads buffer.size() bytes at offsetBytes; a read reaching the end of the
    /// device may be short and still succeeds. Errors: MediumError (the
    /// medium did not deliver: EIO, ENODATA, EILSEQ), anything else is fatal
    /// for a scan (the device went away: NotFound, IoError).
    virtual Status read(std::uint64_t offsetBytes, std::span<std::byte> buffer) = 0;

    /// Writes buffer at offsetBytes; only for VerifyWriter. NotSupported
    /// unless the reader was opened for writing.
    virtual Status write(std::uint64_t offsetBytes, std::span<const std::byte> buffer)
    {
        (void)offsetBytes;
        (void)buffer;
        return Status{Error::NotSupported, "opened read-only"};
    }
};

} // namespace dmremap
