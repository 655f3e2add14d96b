#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dmremap::helper {

/// A device number (major, minor).
struct DevNo {
    unsigned major = 0;
    unsigned minor = 0;
    bool operator==(const DevNo&) const = default;
};

/// What lstat() says about /dev/<name>.
struct DeviceNode {
    bool blockDevice = false; ///< S_ISBLK (a symlink is not)
    unsigned uid = 0;
    DevNo rdev;
};

/// The helper's view of the system's block devices: the boundary the
/// validation logic is tested through. SysfsProbe reads /dev, /sys and
/// /proc; tests pass a table. Names are kernel names ("sdb", "sdb1",
/// "dm-0"). Not synchronised; the helper uses it from its main thread.
class SystemProbe
{
public:
    virtual ~SystemProbe() = default;

    /// lstat("/dev/<name>"); nullopt when there is no such node.
    virtual std::optional<DeviceNode> deviceNode(const std::string& name) const = 0;
    /// Whether /sys/class/block/<name> exists.
    virtual bool exists(const std::string& name) const = 0;
    /// /sys/class/block/<name>/dev.
    virtual std::optional<DevNo> devNo(const std::string& name) const = 0;
    /// The kernel name of a device number ("" when none).
    virtual std::string nameOf(DevNo devno) const = 0;
    /// The whole disk a partition is on; the name itself for a disk.
    virtual std::string diskOf(const std::string& name) const = 0;
    /// Partitions of a whole disk (empty for a partition).
    virtual std::vector<std::string> partitionsOf(const std::string& disk) const = 0;
    /// /sys/class/block/<name>/holders and .../slaves.
    virtual std::vector<std::string> holders(const std::string& name) const = 0;
    virtual std::vector<std::string> slaves(const std::string& name) const = 0;
    /// Size in 512-byte sectors (/sys/class/block/<name>/size).
    virtual std::uint64_t sizeSectors(const std::string& name) const = 0;
    /// Device numbers of mounted file systems (/proc/self/mountinfo).
    virtual std::vector<DevNo> mounted() const = 0;
    /// Device numbers of active swap devices (/proc/swaps).
    virtual std::vector<DevNo> swaps() const = 0;
    /// The whole disks (/sys/block), e.g. for the drive list.
    virtual std::vector<std::string> disks() const = 0;
};

} // namespace dmremap::helper
