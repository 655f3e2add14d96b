#pragma once

#include "error/result.h"
#include "smartreport.h"

#include <string>

namespace dmremap {

/// ATA self-tests (ATA8-ACS 7.52.5, SMART EXECUTE OFF-LINE IMMEDIATE).
enum class SmartSelfTest {
    Short,
    Extended,
    Conveyance,
    Abort, ///< abort the running self-test
};

/// Where SMART data comes from: the system boundary of the SMART layer.
///
/// The monitor, the helper and the CLI take a std::unique_ptr<SmartSource>;
/// DeviceSmartSource talks to a drive, BlobSmartSource replays saved data
/// (tests use the real dumps in testdata/smart). Implementations are not
/// thread-safe: one call at a time per object.
class SmartSource
{
public:
    virtual ~SmartSource() = default;

    /// Reads and decodes everything. Errors: NotAvailable (no ATA SMART on this
    /// device: virtio, NVMe, scsi_debug, USB bridges without SAT), DeviceAsleep
    /// (the disk sleeps and the source must not wake it), CorruptData (a blob
    /// libatasmart rejects), NotFound/PermissionDenied/IoError from the device.
    virtual Result<SmartReport> read() = 0;

    /// Starts (or aborts) a self-test. Errors: NotSupported for a saved blob
    /// or a test the drive does not offer; NotAvailable without ATA SMART.
    virtual Status runSelfTest(SmartSelfTest test) = 0;

    /// What the data is read from, for logs ("/dev/sda", "blob FILE").
    virtual std::string description() const = 0;
};

} // namespace dmremap
