#pragma once

#include "smartattribute.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dmremap {

/// libatasmart's overall verdict (SkSmartOverall, same order), from best to
/// worst. It integrates the drive's self-assessment, the bad sector count and
/// the attribute thresholds (atasmart.c sk_disk_smart_get_overall()).
enum class SmartOverall {
    Good,
    BadAttributeInThePast, ///< a pre-fail attribute crossed its threshold in the past
    BadSector, ///< at least one bad (reallocated or pending) sector
    BadAttributeNow, ///< a pre-fail attribute is below its threshold now
    BadSectorMany, ///< many bad sectors
    BadStatus, ///< the drive's own SMART self-assessment says it is failing
};

/// libatasmart's name of the verdict ("GOOD", "BAD_SECTOR", ...), as skdump prints it.
std::string_view smartOverallName(SmartOverall overall);

/// A plain English sentence for the verdict, for logs and the CLI.
std::string_view smartOverallSentence(SmartOverall overall);

/// Self-test execution status (ATA8-ACS 7.52.5.2, byte 363 of the SMART data;
/// SkSmartSelfTestExecutionStatus): the code and libatasmart's sentence.
struct SmartSelfTestState {
    unsigned executionStatus = 0; ///< 0 = completed or never run, 15 = in progress, 1..8 = failures
    std::string executionText; ///< libatasmart's sentence for executionStatus
    unsigned percentRemaining = 0; ///< of the running test, in percent
    unsigned offlineCollectionStatus = 0; ///< SkSmartOfflineDataCollectionStatus
    std::string offlineCollectionText;
    unsigned offlineCollectionSeconds = 0; ///< total time of an offline collection, in seconds
    bool shortAndExtendedAvailable = false;
    bool conveyanceAvailable = false;
    bool startAvailable = false;
    bool abortAvailable = false;
    unsigned shortPollingMinutes = 0; ///< expected duration of a short self-test, in minutes
    unsigned extendedPollingMinutes = 0;
    unsigned conveyancePollingMinutes = 0;

    bool running() const { return executionStatus == 15; }
};

/// Everything read from one drive's (or one saved blob's) ATA SMART data at
/// one moment. A plain value type. Values libatasmart cannot compute for this
/// drive (e.g. no temperature attribute) are std::nullopt.
struct SmartReport {
    std::string model; ///< IDENTIFY DEVICE model string, trimmed
    std::string serial;
    std::string firmware;

    /// The drive's self-assessment (SMART RETURN STATUS); nullopt when a saved
    /// blob does not carry it.
    std::optional<bool> selfAssessmentGood;
    /// libatasmart's verdict; nullopt when it cannot judge, which happens when
    /// the self-assessment is unknown (old blobs saved without it).
    std::optional<SmartOverall> overall;

    std::optional<std::uint64_t> badSectors; ///< reallocated + pending, in sectors (a count)
    std::optional<std::uint64_t> powerOnMilliseconds; ///< with the drive's quirks applied
    std::optional<std::uint64_t> powerCycles; ///< a count
    std::optional<std::uint64_t> temperatureMilliKelvin;

    SmartSelfTestState selfTest;
    std::vector<SmartAttribute> attributes; ///< in the drive's table order

    /// The data in libatasmart's blob format (what `skdump --save` writes and
    /// BlobSmartSource reads back), so a report can be stored and reloaded.
    std::vector<std::uint8_t> blob;

    /// The attribute with this id, or nullptr.
    const SmartAttribute* attribute(std::uint8_t id) const;
};

} // namespace dmremap
