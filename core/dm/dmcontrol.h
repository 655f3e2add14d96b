#pragma once

#include "error/result.h"
#include "remapstatus.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dmremap::dm {

/// A device-mapper device as the kernel lists it.
struct DmDevice {
    std::string name; ///< device-mapper name, node /dev/mapper/<name>
    unsigned major = 0;
    unsigned minor = 0;
    int openCount = 0;
    bool suspended = false;
    std::uint32_t eventNr = 0;
    /// The table, when it has exactly one target (else targetType is "").
    std::string targetType; ///< "remap", "linear"...
    std::uint64_t lengthSectors = 0; ///< of the device, 512-byte sectors
    std::string params; ///< the target's table parameters
};

/// The constructor line of a remap target (kmod/dm-remap-parse.h,
/// dmr_parse_table): `<main> <spare> [<#features> <feature>...]`.
struct RemapTable {
    std::string mainDevice; ///< "/dev/sdb" or "8:16"
    std::string spareDevice;
    std::uint64_t lengthSectors = 0; ///< the whole main device, 512-byte sectors
    std::uint32_t readRetries = 0; ///< feature read_retries <n> when > 0
    bool noAutoRemap = false; ///< feature no_auto_remap

    /// The parameters after the target name.
    std::string params() const;
};

/// Control of the remap target through device-mapper: the system boundary
/// of the helper's device work. LibDevmapperControl talks to the kernel;
/// tests pass fakes. Errors carry the kernel's reason in the context (for a
/// refused table: the target's ti->error line from libdevmapper's log).
/// Implementations are thread-safe (every call is its own ioctl).
class DmControl
{
public:
    virtual ~DmControl() = default;

    /// Version of a registered target type ("1.0.0"), nullopt when the
    /// kernel does not know it (module not loaded).
    virtual Result<std::optional<std::string>> targetVersion(const std::string& targetType) = 0;

    /// Every device-mapper device with its table (single-target ones).
    virtual Result<std::vector<DmDevice>> list() = 0;
    /// NotFound when there is no such device.
    virtual Result<DmDevice> info(const std::string& name) = 0;

    /// Creates and resumes the device. AlreadyExists (name taken); the
    /// constructor's refusal as InvalidArgument/CorruptData with its reason.
    virtual Status createRemap(const std::string& name, const RemapTable& table) = 0;
    /// Removes the device, retrying a few times while it is briefly busy
    /// (udev probing). Busy when it stays open.
    virtual Status remove(const std::string& name) = 0;

    /// The raw status line of the single target.
    virtual Result<std::string> statusLine(const std::string& name) = 0;
    /// Sends a target message to sector 0; returns the reply ("" when none).
    virtual Result<std::string> message(const std::string& name, const std::string& text) = 0;

    /// Blocks until the device's event counter passes eventNr (device-mapper
    /// WAITEVENT, no polling) and returns the new counter. NotFound when the
    /// device went away.
    virtual Result<std::uint32_t> waitEvent(const std::string& name, std::uint32_t eventNr) = 0;

    Result<RemapStatus> status(const std::string& name);
    Result<std::vector<RemapEntry>> listRemaps(const std::string& name, std::uint64_t from, std::uint64_t count);
};

} // namespace dmremap::dm
