#pragma once

#include "healthmap/unitrangeset.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <cstdint>
#include <vector>

namespace dmremap::gui {

/// What the rescue wizard will do, collected page by page, and the exact
/// words of the review page. Plain data, tested on its own.
struct RescuePlan {
    QString mainName; ///< kernel name of the failing drive, "sdb"
    QString spareName; ///< kernel name of the spare, "sdc1"
    std::uint64_t mainBytes = 0;
    std::uint64_t spareBytes = 0;
    QString deviceName; ///< device-mapper name, "remap-sdb"
    unsigned readRetries = 0; ///< extra read attempts of the target, 0..16
    bool autoRemap = true; ///< the target remaps on write errors by itself
    bool remapFound = true; ///< remap the units the scan found unreadable
    bool scanFirst = false; ///< scan the main drive again before creating
    std::uint32_t mapUnitBytes = 4096; ///< unit of badUnits (the health map's unit)
    UnitRangeSet badUnits; ///< unreadable units of the last scan (map units)

    /// Most units the wizard remaps one by one; more are left to the target
    /// (each remap is one call and one metadata commit).
    static constexpr std::uint64_t maxManualRemaps = 4096;

    std::uint64_t badUnitCount() const;
    /// The first sector (512 bytes) of each unit to remap, at most maxManualRemaps.
    std::vector<std::uint64_t> remapSectors() const;
    /// Options of Manager.CreateRemapDevice for this plan (spare formatted before).
    QVariantMap createOptions() const;
    /// The review page's numbered steps, plain text, naming every device
    /// written to and what is written there.
    QStringList steps() const;
    /// A refusal before anything is asked of the helper, or "" when the plan
    /// can be carried out (no main, spare = main, spare on the main disk...).
    QString problem() const;
};

} // namespace dmremap::gui
