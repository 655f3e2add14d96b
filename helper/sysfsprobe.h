#pragma once

#include "systemprobe.h"

namespace dmremap::helper {

/// SystemProbe of the running system: /dev, /sys/class/block, /sys/block,
/// /proc/self/mountinfo and /proc/swaps.
class SysfsProbe : public SystemProbe
{
public:
    std::optional<DeviceNode> deviceNode(const std::string& name) const override;
    bool exists(const std::string& name) const override;
    std::optional<DevNo> devNo(const std::string& name) const override;
    std::string nameOf(DevNo devno) const override;
    std::string diskOf(const std::string& name) const override;
    std::vector<std::string> partitionsOf(const std::string& disk) const override;
    std::vector<std::string> holders(const std::string& name) const override;
    std::vector<std::string> slaves(const std::string& name) const override;
    std::uint64_t sizeSectors(const std::string& name) const override;
    std::vector<DevNo> mounted() const override;
    std::vector<DevNo> swaps() const override;
    std::vector<std::string> disks() const override;
};

} // namespace dmremap::helper
