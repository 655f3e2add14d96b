#pragma once

#include "smartsource.h"

namespace dmremap {

/// SMART of a live drive through libatasmart (ATA pass-through: SG_IO with
/// ATA PASS-THROUGH 12/16 or the legacy HDIO ioctls). Needs read access to
/// the device node (root, or the disk group). Each read() opens the device,
/// issues IDENTIFY, CHECK POWER MODE and SMART READ DATA/THRESHOLDS, and
/// closes it again, so a source can live as long as the monitor.
class DeviceSmartSource : public SmartSource
{
public:
    /// Whether read() may wake a disk in standby. The tray monitor passes
    /// DontWake (read() then fails with DeviceAsleep); an explicit user
    /// request passes Wake.
    enum class WakePolicy { DontWake, Wake };

    /// devicePath: "/dev/sda"; the caller (the helper) has resolved and
    /// checked it from a kernel device name.
    explicit DeviceSmartSource(std::string devicePath, WakePolicy wake = WakePolicy::DontWake);

    Result<SmartReport> read() override;
    Status runSelfTest(SmartSelfTest test) override;
    std::string description() const override { return m_devicePath; }

private:
    std::string m_devicePath;
    WakePolicy m_wake;
};

} // namespace dmremap
