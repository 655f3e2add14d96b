#include "dmcontrol.h"

#include "dm-remap-parse.h"

#include <algorithm>

namespace dmremap::dm {

std::string RemapTable::params() const
{
    // The kernel's own formatter, so the line equals what `dmsetup table`
    // prints back (STATUSTYPE_TABLE) apart from the device names.
    dmr_table_args args{};
    args.read_retries = readRetries;
    args.no_auto_remap = noAutoRemap ? 1 : 0;
    char features[64];
    dmr_format_features(features, sizeof features, &args);
    return mainDevice + " " + spareDevice + features;
}

Result<std::vector<DmDevice>> DmControl::remapDevices()
{
    auto all = list();
    if (!all)
        return all.status();
    std::erase_if(*all, [](const DmDevice& d) { return d.targetType != "remap"; });
    return all;
}

Result<RemapStatus> DmControl::status(const std::string& name)
{
    auto line = statusLine(name);
    if (!line)
        return line.status();
    return RemapStatus::parse(*line);
}

Result<std::vector<RemapEntry>> DmControl::listRemaps(const std::string& name, std::uint64_t from,
                                                      std::uint64_t count)
{
    auto reply = message(name, "list " + std::to_string(from) + " " + std::to_string(count));
    if (!reply)
        return reply.status();
    return RemapEntry::parseList(*reply);
}

} // namespace dmremap::dm
