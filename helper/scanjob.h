#pragma once

#include "job.h"
#include "options.h"

#include "scan/scanoptions.h"

#include <filesystem>

namespace dmremap::helper {

/// ScanOptions from the options of Drive.StartScan (ranges in the XML);
/// InvalidArgument when one is out of range. deviceBytes bounds the range.
Result<ScanOptions> scanOptionsFrom(const Options& options, std::uint64_t deviceBytes);

/// The work of a scan job: a read-only surface scan of devicePath
/// (core/scan Scanner over a DeviceReader) whose health map joins the scan
/// history of driveKey under stateDir when it completes.
Job::Work scanWork(std::string devicePath, ScanOptions options, std::filesystem::path stateDir,
                   std::string driveKey);

} // namespace dmremap::helper
