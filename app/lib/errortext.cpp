#include "errortext.h"

namespace dmremap::gui {

QString ErrorText::message(Error error)
{
    switch (error) {
    case Error::Failed:
        return tr("The operation failed.");
    case Error::InvalidArgument:
        return tr("A value is out of range or malformed.");
    case Error::NotFound:
        return tr("The device or file does not exist.");
    case Error::PermissionDenied:
        return tr("Permission denied.");
    case Error::Busy:
        return tr("The device is busy.");
    case Error::NotSupported:
        return tr("This is not supported here.");
    case Error::NotAvailable:
        return tr("This drive does not offer the feature.");
    case Error::Cancelled:
        return tr("Cancelled.");
    case Error::TimedOut:
        return tr("The operation took too long.");
    case Error::IoError:
        return tr("Input/output error.");
    case Error::MediumError:
        return tr("The disk could not read the data.");
    case Error::DeviceAsleep:
        return tr("The disk is asleep and was not woken up.");
    case Error::CorruptData:
        return tr("The file or data is damaged or not in the expected format.");
    case Error::UnsupportedVersion:
        return tr("The file was made by a newer version.");
    case Error::NoSpace:
        return tr("There is no space left.");
    case Error::AlreadyExists:
        return tr("It exists already.");
    }
    return tr("The operation failed.");
}

QString ErrorText::describe(const Status& status)
{
    if (status.ok())
        return {};
    if (status.context().empty())
        return message(status.error());
    return tr("%1 (%2)").arg(message(status.error()), QString::fromStdString(status.context()));
}

} // namespace dmremap::gui
