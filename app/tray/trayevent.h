#pragma once

#include <QCoreApplication>
#include <QString>

namespace dmremap::tray {

/// One thing the tray tells the user about, from one helper signal.
struct TrayEvent {
    enum class Kind {
        SmartFailing, ///< SMART verdict became a failure (BAD_STATUS, BAD_ATTRIBUTE_NOW, BAD_SECTOR_MANY)
        SmartWarning, ///< SMART verdict became a warning (BAD_SECTOR, BAD_ATTRIBUTE_IN_THE_PAST)
        RemapsAdded, ///< RemapDevice.RemapsAdded
        PendingBlocksAdded, ///< RemapDevice.PendingBlocksAdded
        SpareNearlyFull, ///< RemapDevice.SpareNearlyFull
        SpareFull, ///< RemapDevice.SpareFull (or State "spare_full")
    };
    /// How loud: Critical notifications stay until dismissed, Normal ones
    /// expire (org.freedesktop.Notifications urgency 2 and 1).
    enum class Severity { Normal, Critical };

    Kind kind = Kind::RemapsAdded;
    QString drive; ///< kernel name of the (main) drive, "sdb"; the mute and dedup key
    QString device; ///< device-mapper name of the remap device, "" for SMART events
    quint64 added = 0; ///< units added by this event (remaps, pending)
    quint64 total = 0; ///< units in all after it (remapped, pending, or used slots)
    quint64 capacity = 0; ///< spare slots (SpareNearlyFull)
    QString verdict; ///< libatasmart verdict name for SMART events, "BAD_SECTOR"

    /// The deduplication key: drive, event kind and what makes the event new
    /// (the total after a remap or pending event, the verdict). The same
    /// helper state reported twice (a second poll, a repeated signal) gives
    /// the same key.
    QString key() const;
    Severity severity() const;
    /// The page of the application that shows it: "drive:sdb" or
    /// "dashboard:remap-sdb" (dmremap --open PAGE).
    QString page() const;
    /// Translated notification title and text.
    QString summary() const;
    QString body() const;
    /// Translated label of the action that opens page().
    QString actionLabel() const;
    /// The SMART event kind for a verdict name, or false when the verdict is
    /// good or unknown (no notification).
    static bool smartKind(const QString& verdict, Kind* kind);
};

/// Translation context of the tray's texts.
struct TrayText {
    Q_DECLARE_TR_FUNCTIONS(dmremap::tray::TrayText)
};

} // namespace dmremap::tray
