#include "error.h"

#include <array>
#include <cerrno>

namespace dmremap {

namespace {

struct ErrorText {
    Error error;
    std::string_view name;
    std::string_view message;
};

constexpr std::array<ErrorText, 16> errorTexts{{
    {Error::Failed, "Failed", "The operation failed"},
    {Error::InvalidArgument, "InvalidArgs", "An argument is invalid"},
    {Error::NotFound, "NotFound", "No such device or file"},
    {Error::PermissionDenied, "PermissionDenied", "Permission denied"},
    {Error::Busy, "Busy", "The device is busy"},
    {Error::NotSupported, "NotSupported", "The operation is not supported"},
    {Error::NotAvailable, "NotAvailable", "The feature is not available on this device"},
    {Error::Cancelled, "Cancelled", "The operation was cancelled"},
    {Error::TimedOut, "TimedOut", "The operation timed out"},
    {Error::IoError, "IoError", "Input/output error"},
    {Error::MediumError, "MediumError", "The medium could not be read"},
    {Error::DeviceAsleep, "DeviceAsleep", "The disk is asleep and was not woken"},
    {Error::CorruptData, "CorruptData", "The data is corrupt"},
    {Error::UnsupportedVersion, "UnsupportedVersion", "The data has an unsupported version"},
    {Error::NoSpace, "NoSpace", "No space left"},
    {Error::AlreadyExists, "AlreadyExists", "The object already exists"},
}};

static_assert(errorTexts.size() == errorCount, "every Error needs a name and a message");

constexpr bool tableInEnumOrder()
{
    for (std::size_t i = 0; i < errorTexts.size(); ++i) {
        if (static_cast<std::size_t>(errorTexts[i].error) != i)
            return false;
    }
    return true;
}
static_assert(tableInEnumOrder(), "errorTexts must follow the order of enum Error");

const ErrorText& textOf(Error error)
{
    const auto i = static_cast<std::size_t>(error);
    return i < errorTexts.size() ? errorTexts[i] : errorTexts[0];
}

} // namespace

std::string_view errorMessage(Error error)
{
    return textOf(error).message;
}

std::string_view errorName(Error error)
{
    return textOf(error).name;
}

Error errorFromErrno(int errnum)
{
    switch (errnum) {
    case 0:
        return Error::Failed;
    case EINVAL:
    case ERANGE:
        return Error::InvalidArgument;
    case ENOENT:
    case ENODEV:
    case ENXIO:
        return Error::NotFound;
    case EACCES:
    case EPERM:
    case EROFS:
        return Error::PermissionDenied;
    case EBUSY:
        return Error::Busy;
    case EOPNOTSUPP:
    case ENOTTY:
    case ENOSYS:
        return Error::NotSupported;
    case ECANCELED:
        return Error::Cancelled;
    case ETIMEDOUT:
        return Error::TimedOut;
    case EIO:
    case ENODATA:
    case EILSEQ:
    case EBADMSG:
        return Error::MediumError;
    case ENOSPC:
        return Error::NoSpace;
    case EEXIST:
        return Error::AlreadyExists;
    default:
        return Error::IoError;
    }
}

} // namespace dmremap
