#include "devicesmartsource.h"

#include "smartdisk.h"
#include "smartlog.h"

namespace dmremap {

DeviceSmartSource::DeviceSmartSource(std::string devicePath, WakePolicy wake)
    : m_devicePath(std::move(devicePath))
    , m_wake(wake)
{
}

Result<SmartReport> DeviceSmartSource::read()
{
    auto disk = SmartDisk::openDevice(m_devicePath);
    if (!disk)
        return disk.status();
    // Without ATA SMART there is nothing more to ask; saying so once keeps
    // virtio/NVMe/scsi_debug devices from flooding the log with errors.
    if (auto available = disk->checkAvailable(); !available) {
        qCDebug(dmremapSmart) << m_devicePath.c_str() << "has no ATA SMART";
        return Status{Error::NotAvailable, m_devicePath + ": no ATA SMART"};
    }
    if (m_wake == WakePolicy::DontWake) {
        auto awake = disk->awake();
        // A drive that cannot answer CHECK POWER MODE is assumed awake.
        if (awake && !awake.value())
            return Status{Error::DeviceAsleep, m_devicePath};
    }
    auto report = disk->report();
    if (!report)
        return Status{report.error(), m_devicePath + ": " + report.status().context()};
    return report;
}

Status DeviceSmartSource::runSelfTest(SmartSelfTest test)
{
    auto disk = SmartDisk::openDevice(m_devicePath);
    if (!disk)
        return disk.status();
    return disk->selfTest(test);
}

} // namespace dmremap
