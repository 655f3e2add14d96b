#include "remotehealthmap.h"

#include "helperconnection.h"

#include <optional>

namespace dmremap::gui {

namespace {

std::optional<UnitRangeSet> ranges(const QVariant& v)
{
    const QList<qulonglong> flat = toULongLongList(v);
    if (flat.size() % 2)
        return std::nullopt;
    UnitRangeSet set;
    for (qsizetype i = 0; i < flat.size(); i += 2)
        set.insert(flat[i], flat[i + 1]);
    return set;
}

} // namespace

Result<HealthMap> RemoteHealthMap::decode(const QVariantMap& e)
{
    for (const char* key : {"device_bytes", "region_bytes", "unit_bytes", "regions"})
        if (!e.contains(QLatin1String(key)))
            return Status{Error::InvalidArgument, std::string("health map without ") + key};
    HealthMapGeometry g;
    g.deviceBytes = e.value(QStringLiteral("device_bytes")).toULongLong();
    g.regionBytes = e.value(QStringLiteral("region_bytes")).toUInt();
    g.unitBytes = e.value(QStringLiteral("unit_bytes")).toUInt();
    if (auto s = g.validate(); !s)
        return s;
    std::vector<std::chrono::microseconds> limits;
    for (qulonglong l : toULongLongList(e.value(QStringLiteral("bucket_limits_us"))))
        limits.emplace_back(static_cast<std::int64_t>(l));
    LatencyBuckets buckets;
    if (!limits.empty()) {
        auto parsed = LatencyBuckets::fromLimits(limits);
        if (!parsed)
            return Status{Error::InvalidArgument, "bad latency bucket limits"};
        buckets = *parsed;
    }
    const QByteArray regions = e.value(QStringLiteral("regions")).toByteArray();
    if (e.value(QStringLiteral("first_region")).toULongLong() != 0 || std::uint64_t(regions.size()) != g.regionCount())
        return Status{Error::InvalidArgument, "not a whole map: " + std::to_string(regions.size()) + " of " +
                                                  std::to_string(g.regionCount()) + " regions"};
    auto bad = ranges(e.value(QStringLiteral("bad")));
    auto suspect = ranges(e.value(QStringLiteral("suspect")));
    auto pending = ranges(e.value(QStringLiteral("pending")));
    auto remapped = ranges(e.value(QStringLiteral("remapped")));
    if (!bad || !suspect || !pending || !remapped)
        return Status{Error::InvalidArgument, "unit lists must be (first, count) pairs"};
    HealthMap map(g, buckets);
    map.restore(std::vector<std::uint8_t>(regions.begin(), regions.end()), *bad, *suspect, *pending, *remapped);
    return map;
}

} // namespace dmremap::gui
