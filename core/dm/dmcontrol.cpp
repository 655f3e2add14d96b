#include "dmcontrol.h"

namespace dmremap::dm {

std::string RemapTable::params() const
{
    std::string p = mainDevice + " " + spareDevice;
    std::vector<std::string> features;
    if (readRetries > 0) {
        features.push_back("read_retries");
        features.push_back(std::to_string(readRetries));
    }
    if (noAutoRemap)
        features.push_back("no_auto_remap");
    if (!features.empty()) {
        p += " " + std::to_string(features.size());
        for (const auto& f : features)
            p += " " + f;
    }
    return p;
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
