#pragma once

#include "job.h"

#include "spare/spareformatter.h"

namespace dmremap::helper {

/// The work of a format job: fresh dm-remap metadata for the pair on the
/// spare (core/spare formatSpare; the spare is opened exclusively).
Job::Work formatSpareWork(std::string mainPath, std::string sparePath, spare::FormatOptions options);

} // namespace dmremap::helper
