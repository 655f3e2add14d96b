#pragma once

#include "error/result.h"
#include "smartreport.h"
#include "smartsource.h"

#include <cstdint>
#include <span>
#include <string>

struct SkDisk;

namespace dmremap {

/// Owns one libatasmart SkDisk handle (an open drive or a loaded blob) and
/// turns libatasmart's answers into a SmartReport. Internal to the SMART
/// sources; move-only; not thread-safe (libatasmart keeps state in the handle).
class SmartDisk
{
public:
    /// A handle over a saved blob (libatasmart's format: tagged identify,
    /// status, data and threshold sections). CorruptData when rejected.
    static Result<SmartDisk> fromBlob(std::span<const std::uint8_t> blob);

    /// Opens a block device read-only (no I/O to the medium). NotFound,
    /// PermissionDenied; a device that is not ATA opens but read() then gives
    /// NotAvailable.
    static Result<SmartDisk> openDevice(const std::string& path);

    SmartDisk(SmartDisk&& other) noexcept;
    SmartDisk& operator=(SmartDisk&& other) noexcept;
    SmartDisk(const SmartDisk&) = delete;
    SmartDisk& operator=(const SmartDisk&) = delete;
    ~SmartDisk();

    /// NotAvailable unless IDENTIFY worked and says SMART is supported.
    Status checkAvailable() const;

    /// Power mode check (ATA CHECK POWER MODE). true: active or idle; false:
    /// standby/sleep. NotSupported for blobs.
    Result<bool> awake() const;

    /// Reads the SMART data from the drive (a no-op for blobs) and decodes it.
    Result<SmartReport> report();

    Status selfTest(SmartSelfTest test);

private:
    explicit SmartDisk(SkDisk* disk, bool blob);

    SkDisk* m_disk = nullptr;
    bool m_blob = false;
};

} // namespace dmremap
