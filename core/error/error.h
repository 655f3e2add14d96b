#pragma once

#include <cstddef>
#include <string_view>

namespace dmremap {

/// The one error model of the core library.
///
/// Every fallible call in core/ reports one of these codes (inside a Status or
/// a Result<T>). The helper maps each code to a stable D-Bus error name
/// (org.dmremap.Helper1.Error.*); the GUI translates. The messages below are
/// English, meant for logs and for the D-Bus error message, and are never
/// translated here.
///
/// Append new codes at the end only: the numeric values are persisted in
/// nothing, but the helper's mapping table is checked against errorCount.
enum class Error {
    Failed, ///< anything without a better code
    InvalidArgument, ///< a caller passed something out of range or malformed
    NotFound, ///< no such device, file or object
    PermissionDenied, ///< the kernel refused (EACCES/EPERM)
    Busy, ///< device open or in use; retrying later may work (EBUSY)
    NotSupported, ///< the operation makes no sense for this object (e.g. self-test on a saved blob)
    NotAvailable, ///< the feature is absent on this device (e.g. no ATA SMART on virtio/NVMe/scsi_debug)
    Cancelled, ///< the caller cancelled a job
    TimedOut, ///< a request exceeded its time limit
    IoError, ///< transport or device error that is not a media error (device gone, EIO on write...)
    MediumError, ///< the medium could not deliver the data (read error of a bad block)
    DeviceAsleep, ///< reading would spin up a sleeping disk, and the caller asked not to wake it
    CorruptData, ///< a file or on-disk structure failed its checks (magic, checksum, grammar)
    UnsupportedVersion, ///< a file or structure of a version this build does not read
    NoSpace, ///< no room left (spare full, disk full)
    AlreadyExists, ///< the object exists already (device name taken)
};

/// Number of codes in Error; tables indexed by Error static_assert against it.
inline constexpr std::size_t errorCount = static_cast<std::size_t>(Error::AlreadyExists) + 1;

/// A short English sentence describing the code, e.g. "The device is busy".
/// Never empty. Thread-safe (static strings).
std::string_view errorMessage(Error error);

/// A stable identifier of the code, e.g. "Busy", "NotAvailable": the last
/// component of the helper's D-Bus error names. Thread-safe.
std::string_view errorName(Error error);

/// Classifies an errno value. EIO, ENODATA, EILSEQ and EBADMSG (what the block
/// layer returns for BLK_STS_MEDIUM and BLK_STS_IOERR, see
/// block/blk-core.c:blk_errors) are MediumError on a read path; callers that
/// know better (a write, a transport failure) choose themselves.
Error errorFromErrno(int errnum);

} // namespace dmremap
