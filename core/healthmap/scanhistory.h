#pragma once

#include "healthmap.h"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace dmremap {

/// The scans of every drive, kept under a state directory (the helper uses
/// /var/lib/dmremap) so the GUI can show a region getting slower over time.
///
/// Layout: <stateDir>/drives/<drive key>/<UTC time>.hmap, one HealthMapFile
/// per scan, the file name being the scan's end time as
/// "YYYYMMDDTHHMMSS.uuuuuuZ" (sorts by time). A drive is keyed by its WWN when
/// it has one, otherwise by model and serial, never by its kernel name (sdb
/// today is sdc tomorrow).
///
/// Not synchronised: one writer (the helper) at a time; readers see complete
/// files only (HealthMapFile::save is atomic).
class ScanHistory
{
public:
    using Clock = std::chrono::system_clock;

    struct Entry {
        Clock::time_point time; ///< when the scan ended, microsecond precision
        std::filesystem::path path;
    };

    explicit ScanHistory(std::filesystem::path stateDir);

    /// "wwn-0x5000c500a1b2c3d4" or "serial-<model>_<serial>", restricted to
    /// [A-Za-z0-9._-] (anything else becomes '_'). InvalidArgument when both
    /// WWN and serial are empty.
    static Result<std::string> driveKey(const std::string& wwn, const std::string& model,
                                        const std::string& serial);

    Result<Entry> add(const std::string& driveKey, const HealthMap& map, Clock::time_point time = Clock::now());
    /// Oldest first. An unknown drive has no entries (not an error).
    std::vector<Entry> list(const std::string& driveKey) const;
    Result<HealthMap> load(const Entry& entry) const;

    /// The region's state in every scan of the drive, oldest first; scans of
    /// another geometry (the drive was re-scanned with other regions) are left out.
    std::vector<std::pair<Clock::time_point, RegionInfo>> regionHistory(const std::string& driveKey,
                                                                       std::uint64_t region) const;

    /// All scans merged (MergePolicy::Newest, oldest first): the drive's
    /// current picture. NotFound when the drive has no scan.
    Result<HealthMap> merged(const std::string& driveKey) const;

    /// Keep only the newest `keep` scans.
    Status prune(const std::string& driveKey, std::size_t keep);

private:
    std::filesystem::path driveDir(const std::string& driveKey) const;

    std::filesystem::path m_stateDir;
};

} // namespace dmremap
