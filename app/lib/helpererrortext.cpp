#include "helpererrortext.h"

namespace dmremap::gui {

QString HelperErrorText::shortName(const QDBusError& error)
{
    return error.name().section(QLatin1Char('.'), -1);
}

QString HelperErrorText::refusal(const QDBusError& error, Action action)
{
    if (error.name() == QStringLiteral("org.freedesktop.DBus.Error.NameHasNoOwner"))
        return refusal(QDBusError(QDBusError::ServiceUnknown, error.message()), action);
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
        return tr("The dm-remap helper is not installed, so drives cannot be scanned or rescued. Install the "
                  "dmremap package, which contains it (for example: sudo apt install dmremap), and start the "
                  "application again.");
    case QDBusError::NoReply:
    case QDBusError::Timeout:
        return tr("The dm-remap helper did not answer in time.");
    case QDBusError::Disconnected:
        return tr("The connection to the system bus was lost.");
    case QDBusError::AccessDenied:
        return tr("The system bus refused the call to the dm-remap helper. Its bus policy file "
                  "(org.dmremap.Helper1.conf) may be missing.");
    default:
        break;
    }
    const QString name = error.name().startsWith(QStringLiteral("org.dmremap.Helper1.Error.")) ? shortName(error)
                                                                                                 : QString();
    if (name == QStringLiteral("NotAuthorized"))
        return tr("You are not authorized to do this. An administrator's password is needed; if no password "
                  "dialog appeared, no polkit authentication agent is running in your session.");
    if (name == QStringLiteral("Busy")) {
        if (action == Action::Format || action == Action::Create)
            return tr("The device is in use: it is mounted, used as swap, held by another device or a job runs on "
                      "it. Unmount it (and stop what uses it) first.");
        return tr("The device is busy: another job runs on it. Wait for it to finish or cancel it.");
    }
    if (name == QStringLiteral("NoSpace")) {
        if (action == Action::Format || action == Action::Create)
            return tr("The spare device is too small: it cannot hold the metadata and at least one spare slot. "
                      "Choose a larger spare.");
        return tr("The spare device is full: no further blocks can be remapped. Replace the failing disk.");
    }
    if (name == QStringLiteral("NotSupported") && (action == Action::Create || action == Action::LoadModule))
        return tr("The dm-remap kernel module is not loaded and could not be loaded. Install the dm-remap-dkms "
                  "package for the running kernel; under Secure Boot its signing key must be enrolled (mokutil).");
    if (name == QStringLiteral("NotFound") && action == Action::LoadModule)
        return tr("There is no dm-remap kernel module for the running kernel. Install the dm-remap-dkms package.");
    if (name == QStringLiteral("PermissionDenied") && action == Action::LoadModule)
        return tr("The kernel refused to load the dm-remap module. Under Secure Boot the module must be signed "
                  "with a key the firmware trusts: enroll the DKMS signing key with mokutil.");
    if (name == QStringLiteral("AlreadyExists")) {
        if (action == Action::Format)
            return tr("The spare already holds dm-remap metadata. Formatting it again would erase its remaps.");
        return tr("A device with this name exists already. Choose another name.");
    }
    if (name == QStringLiteral("CorruptData") && action == Action::Create)
        return tr("The spare holds no dm-remap metadata for this drive (it is blank or belongs to another "
                  "drive). It must be formatted first.");
    if (name == QStringLiteral("InvalidArgs"))
        return tr("The helper refused the request as invalid (for example the spare is on the same disk as the "
                  "failing drive).");
    if (name == QStringLiteral("NotAvailable") && action == Action::Smart)
        return tr("This drive does not report SMART data (virtual, NVMe or SCSI drives often do not).");
    if (name == QStringLiteral("NotAvailable"))
        return tr("This drive does not offer the feature.");
    if (name == QStringLiteral("NotFound"))
        return tr("The device or its data was not found.");
    if (name == QStringLiteral("DeviceAsleep"))
        return tr("The disk is asleep; it was not woken up.");
    if (name == QStringLiteral("MediumError"))
        return tr("The disk could not read the data, even after retries.");
    if (name == QStringLiteral("Cancelled"))
        return tr("Cancelled.");
    if (name == QStringLiteral("IoError"))
        return tr("The device reported an input/output error.");
    return tr("The dm-remap helper reported an error.");
}

QString HelperErrorText::describe(const QDBusError& error, Action action)
{
    const QString words = refusal(error, action);
    if (error.message().isEmpty())
        return words;
    return tr("%1 (%2)").arg(words, error.message());
}

} // namespace dmremap::gui
