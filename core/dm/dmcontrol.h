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
/// tests pass fakes. Errors carry the ioctl's reason in the context (a
/// refused table is InvalidArgument; the target's own words, its ti->error,
/// are in the kernel log as "device-mapper: table: <maj:min>: remap: ...").
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
    /// Loads `table` as the inactive table of an existing device (device-mapper
    /// RELOAD); the live table keeps serving I/O until resume() swaps it in.
    /// NotFound; the constructor's refusal as for createRemap.
    virtual Status reloadRemap(const std::string& name, const RemapTable& table) = 0;
    /// Suspends the device: waits for I/O in flight (the remap target commits
    /// its metadata), then holds new I/O until resume(). NotFound.
    virtual Status suspend(const std::string& name) = 0;
    /// Resumes a suspended device, first swapping in a table loaded by
    /// reloadRemap(); a no-op on a running device without one. NotFound.
    virtual Status resume(const std::string& name) = 0;
    /// Removes the device. It retries for up to ~2 s while the device is
    /// busy (udev's blkid probe after a change holds it open briefly); Busy,
    /// with the number of openers, when it stays open. NotFound.
    virtual Status remove(const std::string& name) = 0;

    /// The raw status line of the single target.
    virtual Result<std::string> statusLine(const std::string& name) = 0;
    /// Sends a target message to sector 0; returns the reply ("" when none).
    virtual Result<std::string> message(const std::string& name, const std::string& text) = 0;

    /// Blocks in the kernel (device-mapper DEV_WAIT ioctl, no polling) until
    /// the device's event counter differs from eventNr (pass DmDevice::eventNr
    /// from info()), and returns the new counter; at once when it differs
    /// already. The remap target raises an event on every state change and
    /// on every commit that adds remaps. Removing the device wakes a waiter.
    /// NotFound when there is no such device.
    virtual Result<std::uint32_t> waitEvent(const std::string& name, std::uint32_t eventNr) = 0;

    /// The devices whose single target is "remap" (list(), filtered).
    Result<std::vector<DmDevice>> remapDevices();
    /// statusLine() parsed; CorruptData when the line breaks the grammar.
    Result<RemapStatus> status(const std::string& name);
    /// The `list <from> <count>` message's reply, parsed: entries from index
    /// `from` (0-based, sorted by main unit), at most `count` of them.
    Result<std::vector<RemapEntry>> listRemaps(const std::string& name, std::uint64_t from, std::uint64_t count);
};

} // namespace dmremap::dm
