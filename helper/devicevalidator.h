#pragma once

#include "error/result.h"
#include "systemprobe.h"

#include <set>
#include <string>

namespace dmremap::helper {

/// A block device the helper accepted: its kernel name and the node it built.
struct CheckedDevice {
    std::string name; ///< "sdb1"
    std::string path; ///< "/dev/sdb1"
    DevNo devno;
    std::string disk; ///< whole disk it is on ("sdb")
    std::uint64_t sizeSectors = 0; ///< 512-byte sectors
};

/// Input validation of device names (DESIGN.md, "The helper"): the helper
/// takes kernel device names, never paths; it builds /dev/<name> itself and
/// refuses anything that is not a root-owned block device node matching
/// sysfs. Destructive work additionally needs devices that are not mounted,
/// not swap and not held by another device, and a spare that does not share
/// a disk with the main device. Errors are InvalidArgument (malformed or
/// overlapping), NotFound, Busy (in use). Not synchronised.
class DeviceValidator
{
public:
    explicit DeviceValidator(const SystemProbe& probe);

    /// [A-Za-z0-9][A-Za-z0-9_.+:-]*, at most 64 bytes, no "..".
    static bool validName(const std::string& name);
    /// Device-mapper names the helper creates: [A-Za-z0-9][A-Za-z0-9_.+-]*, at most 64 bytes.
    static bool validDmName(const std::string& name);

    Result<CheckedDevice> resolve(const std::string& name) const;
    /// Busy when the device, or a partition of it, is mounted, swap or held.
    Status checkNotInUse(const CheckedDevice& device) const;
    /// InvalidArgument when spare is main, or both end on a common disk
    /// (partitions of one disk, or one stacked on the other).
    Status checkDistinct(const CheckedDevice& main, const CheckedDevice& spare) const;

    /// The whole disks a device finally sits on, through its slaves.
    std::set<std::string> underlyingDisks(const std::string& name) const;

private:
    const SystemProbe& m_probe;
};

} // namespace dmremap::helper
