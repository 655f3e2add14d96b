#pragma once

#include "dm/remapstatus.h"

#include <QVariantMap>

#include <optional>

namespace dmremap::helper {

/// What changed between two status reads of a remap device, as the
/// RemapDevice interface reports it: the PropertiesChanged payload and the
/// tray signals. A pure function of the two reads; tested on recorded lines.
struct StatusDiff {
    QVariantMap changedProperties; ///< D-Bus property name -> new value
    quint64 remapsAdded = 0; ///< RemapsAdded when > 0
    quint64 pendingAdded = 0; ///< PendingBlocksAdded when > 0
    bool nearlyFull = false; ///< Remapped crossed 90 % of Capacity
    bool full = false; ///< State became spare_full
    bool stateChanged = false;

    /// Threshold of SpareNearlyFull, in percent of the capacity.
    static constexpr unsigned nearlyFullPercent = 90;

    /// old nullopt: the first read (every property is new, no signals).
    static StatusDiff between(const std::optional<dm::RemapStatus>& old, const dm::RemapStatus& now);
    /// Every status property of the RemapDevice interface.
    static QVariantMap properties(const dm::RemapStatus& status);
};

} // namespace dmremap::helper
