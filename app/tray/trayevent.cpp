#include "trayevent.h"

namespace dmremap::tray {

QString TrayEvent::key() const
{
    switch (kind) {
    case Kind::SmartFailing:
    case Kind::SmartWarning:
        return drive + QStringLiteral("/smart/") + verdict;
    case Kind::RemapsAdded:
        return drive + QStringLiteral("/remaps/") + device + QLatin1Char('/') + QString::number(total);
    case Kind::PendingBlocksAdded:
        return drive + QStringLiteral("/pending/") + device + QLatin1Char('/') + QString::number(total);
    case Kind::SpareNearlyFull:
        return drive + QStringLiteral("/spare-nearly-full/") + device;
    case Kind::SpareFull:
        return drive + QStringLiteral("/spare-full/") + device;
    }
    return drive;
}

TrayEvent::Severity TrayEvent::severity() const
{
    return kind == Kind::SmartFailing || kind == Kind::SpareFull ? Severity::Critical : Severity::Normal;
}

QString TrayEvent::page() const
{
    return device.isEmpty() ? QStringLiteral("drive:") + drive : QStringLiteral("dashboard:") + device;
}

QString TrayEvent::summary() const
{
    switch (kind) {
    case Kind::SmartFailing:
        return TrayText::tr("/dev/%1 is failing").arg(drive);
    case Kind::SmartWarning:
        return TrayText::tr("/dev/%1 has problems").arg(drive);
    case Kind::RemapsAdded:
        return TrayText::tr("/dev/%1: %n block(s) remapped", nullptr, int(qMin<quint64>(added, INT_MAX))).arg(drive);
    case Kind::PendingBlocksAdded:
        return TrayText::tr("/dev/%1: %n unreadable block(s)", nullptr, int(qMin<quint64>(added, INT_MAX))).arg(drive);
    case Kind::SpareNearlyFull:
        return TrayText::tr("The spare of /dev/%1 is nearly full").arg(drive);
    case Kind::SpareFull:
        return TrayText::tr("The spare of /dev/%1 is full").arg(drive);
    }
    return {};
}

QString TrayEvent::body() const
{
    switch (kind) {
    case Kind::SmartFailing:
        return TrayText::tr("The disk's SMART data says it is failing. Back up your data now and replace the disk.");
    case Kind::SmartWarning:
        return TrayText::tr("The disk's SMART data shows bad sectors or an earlier problem. Keep a backup and scan "
                            "the disk.");
    case Kind::RemapsAdded:
        return TrayText::tr("/dev/mapper/%1 moved them to the spare; their data is safe. %n block(s) remapped in all.",
                            nullptr, int(qMin<quint64>(total, INT_MAX)))
            .arg(device);
    case Kind::PendingBlocksAdded:
        return TrayText::tr("/dev/mapper/%1 could not read them; they are remapped when written. %n block(s) "
                            "pending in all.",
                            nullptr, int(qMin<quint64>(total, INT_MAX)))
            .arg(device);
    case Kind::SpareNearlyFull:
        return TrayText::tr("%1 of %2 spare slots of /dev/mapper/%3 are used. Replace the failing disk soon.")
            .arg(total)
            .arg(capacity)
            .arg(device);
    case Kind::SpareFull:
        return TrayText::tr("/dev/mapper/%1 cannot remap any more blocks. Replace the failing disk now.").arg(device);
    }
    return {};
}

QString TrayEvent::actionLabel() const
{
    return device.isEmpty() ? TrayText::tr("Show the drive") : TrayText::tr("Open the dashboard");
}

bool TrayEvent::smartKind(const QString& verdict, Kind* out)
{
    if (verdict == QLatin1String("BAD_STATUS") || verdict == QLatin1String("BAD_ATTRIBUTE_NOW") ||
        verdict == QLatin1String("BAD_SECTOR_MANY")) {
        *out = Kind::SmartFailing;
        return true;
    }
    if (verdict == QLatin1String("BAD_SECTOR") || verdict == QLatin1String("BAD_ATTRIBUTE_IN_THE_PAST")) {
        *out = Kind::SmartWarning;
        return true;
    }
    return false;
}

} // namespace dmremap::tray
