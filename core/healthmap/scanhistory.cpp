#include "scanhistory.h"

#include "healthmapfile.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace dmremap {

namespace fs = std::filesystem;

namespace {

std::string sanitize(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        const bool safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.'
            || c == '_' || c == '-';
        out += safe ? c : '_';
    }
    return out;
}

std::string trimmed(const std::string& text)
{
    const auto b = text.find_first_not_of(" \t");
    const auto e = text.find_last_not_of(" \t");
    return b == std::string::npos ? std::string{} : text.substr(b, e - b + 1);
}

std::string timeName(ScanHistory::Clock::time_point time)
{
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(time.time_since_epoch()).count();
    const std::time_t seconds = static_cast<std::time_t>(us / 1000000);
    std::tm tm{};
    ::gmtime_r(&seconds, &tm);
    char text[64];
    std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d%02d.%06lldZ.hmap", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(us % 1000000));
    return text;
}

std::optional<ScanHistory::Clock::time_point> parseTimeName(const std::string& name)
{
    std::tm tm{};
    long long micro = 0;
    char z = 0;
    if (std::sscanf(name.c_str(), "%4d%2d%2dT%2d%2d%2d.%6lld%c", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                    &tm.tm_min, &tm.tm_sec, &micro, &z)
            != 8
        || z != 'Z')
        return std::nullopt;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    const std::time_t seconds = ::timegm(&tm);
    return ScanHistory::Clock::time_point{std::chrono::duration_cast<ScanHistory::Clock::duration>(
        std::chrono::seconds{seconds} + std::chrono::microseconds{micro})};
}

} // namespace

ScanHistory::ScanHistory(fs::path stateDir)
    : m_stateDir(std::move(stateDir))
{
}

Result<std::string> ScanHistory::driveKey(const std::string& wwn, const std::string& model,
                                          const std::string& serial)
{
    if (!trimmed(wwn).empty())
        return "wwn-" + sanitize(trimmed(wwn));
    if (!trimmed(serial).empty())
        return "serial-" + sanitize(trimmed(model)) + "_" + sanitize(trimmed(serial));
    return Status{Error::InvalidArgument, "a drive without WWN and serial cannot keep a scan history"};
}

fs::path ScanHistory::driveDir(const std::string& driveKey) const
{
    return m_stateDir / "drives" / sanitize(driveKey);
}

Result<ScanHistory::Entry> ScanHistory::add(const std::string& driveKey, const HealthMap& map, Clock::time_point time)
{
    Entry entry{std::chrono::time_point_cast<std::chrono::microseconds>(time), driveDir(driveKey) / timeName(time)};
    if (auto saved = HealthMapFile::save(map, entry.path); !saved)
        return saved;
    return entry;
}

std::vector<ScanHistory::Entry> ScanHistory::list(const std::string& driveKey) const
{
    std::vector<Entry> entries;
    std::error_code ec;
    for (const auto& file : fs::directory_iterator(driveDir(driveKey), ec)) {
        if (file.path().extension() != ".hmap")
            continue;
        if (auto time = parseTimeName(file.path().filename().string()))
            entries.push_back({*time, file.path()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.time < b.time; });
    return entries;
}

Result<HealthMap> ScanHistory::load(const Entry& entry) const
{
    return HealthMapFile::load(entry.path);
}

std::vector<std::pair<ScanHistory::Clock::time_point, RegionInfo>>
ScanHistory::regionHistory(const std::string& driveKey, std::uint64_t region) const
{
    std::vector<std::pair<Clock::time_point, RegionInfo>> out;
    std::optional<HealthMapGeometry> geometry;
    const auto entries = list(driveKey);
    // Newest scan decides the geometry the GUI shows.
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        auto map = load(*it);
        if (!map)
            continue;
        if (!geometry)
            geometry = map->geometry();
        if (map->geometry() == *geometry && region < map->regionCount())
            out.emplace_back(it->time, map->region(region));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

Result<HealthMap> ScanHistory::merged(const std::string& driveKey) const
{
    const auto entries = list(driveKey);
    if (entries.empty())
        return Status{Error::NotFound, "no scan of drive " + driveKey};
    std::optional<HealthMap> result;
    for (const auto& entry : entries) {
        auto map = load(entry);
        if (!map)
            continue;
        if (!result || result->geometry() != map->geometry())
            result = std::move(map.value());
        else
            result->merge(*map, MergePolicy::Newest);
    }
    if (!result)
        return Status{Error::CorruptData, "no readable scan of drive " + driveKey};
    return std::move(*result);
}

Status ScanHistory::prune(const std::string& driveKey, std::size_t keep)
{
    auto entries = list(driveKey);
    if (entries.size() <= keep)
        return {};
    for (std::size_t i = 0; i + keep < entries.size(); ++i) {
        std::error_code ec;
        fs::remove(entries[i].path, ec);
        if (ec)
            return Status::fromErrno(ec.value(), "remove " + entries[i].path.string());
    }
    return {};
}

} // namespace dmremap
