#include "healthmapencoding.h"

#include "healthmap/latencybuckets.h"

#include <QDBusArgument>

namespace dmremap::helper {

namespace {

QList<qulonglong> flatRanges(const UnitRangeSet& set)
{
    QList<qulonglong> flat;
    flat.reserve(qsizetype(set.ranges().size() * 2));
    for (const auto& r : set.ranges()) {
        flat.append(r.first);
        flat.append(r.count);
    }
    return flat;
}

/// A list of integers as built by encodeHealthMap, or as a live reply
/// carries it (still marshalled: a QDBusArgument).
QList<qulonglong> ulongList(const QVariant& v)
{
    if (v.userType() == qMetaTypeId<QDBusArgument>())
        return qdbus_cast<QList<qulonglong>>(v.value<QDBusArgument>());
    return v.value<QList<qulonglong>>();
}

std::optional<UnitRangeSet> rangesFrom(const QVariant& v)
{
    const auto flat = ulongList(v);
    if (flat.size() % 2)
        return std::nullopt;
    UnitRangeSet set;
    for (qsizetype i = 0; i < flat.size(); i += 2)
        set.insert(flat[i], flat[i + 1]);
    return set;
}

} // namespace

Result<QVariantMap> encodeHealthMap(const HealthMap& map, std::uint64_t firstRegion, std::uint64_t regionCount)
{
    const std::uint64_t total = map.regionCount();
    if (firstRegion > total)
        return Status{Error::InvalidArgument, "first_region is past the last region"};
    const std::uint64_t count = std::min(regionCount, total - firstRegion);
    if (count > maxRegionsPerReply)
        return Status{Error::InvalidArgument, "more than 32 Mi regions: ask for a window (first_region, region_count)"};
    const auto& codes = map.regionCodes();
    QByteArray regions(reinterpret_cast<const char*>(codes.data() + firstRegion), qsizetype(count));
    QList<qulonglong> limits;
    for (const auto& l : map.buckets().limits())
        limits.append(qulonglong(l.count()));
    const auto& g = map.geometry();
    return QVariantMap{
        {QStringLiteral("device_bytes"), qulonglong(g.deviceBytes)},
        {QStringLiteral("region_bytes"), uint(g.regionBytes)},
        {QStringLiteral("unit_bytes"), uint(g.unitBytes)},
        {QStringLiteral("region_count"), qulonglong(total)},
        {QStringLiteral("first_region"), qulonglong(firstRegion)},
        {QStringLiteral("bucket_limits_us"), QVariant::fromValue(limits)},
        {QStringLiteral("regions"), regions},
        {QStringLiteral("bad"), QVariant::fromValue(flatRanges(map.badUnits()))},
        {QStringLiteral("suspect"), QVariant::fromValue(flatRanges(map.suspectUnits()))},
        {QStringLiteral("pending"), QVariant::fromValue(flatRanges(map.pendingUnits()))},
        {QStringLiteral("remapped"), QVariant::fromValue(flatRanges(map.remappedUnits()))},
    };
}

Result<HealthMap> decodeHealthMap(const QVariantMap& e)
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
    for (qulonglong l : ulongList(e.value(QStringLiteral("bucket_limits_us"))))
        limits.emplace_back(static_cast<std::int64_t>(l));
    LatencyBuckets buckets; // the default limits when none are sent
    if (!limits.empty()) {
        auto parsed = LatencyBuckets::fromLimits(limits);
        if (!parsed)
            return Status{Error::InvalidArgument, "bad bucket limits"};
        buckets = *parsed;
    }
    const QByteArray regions = e.value(QStringLiteral("regions")).toByteArray();
    if (e.value(QStringLiteral("first_region")).toULongLong() != 0 || std::uint64_t(regions.size()) != g.regionCount())
        return Status{Error::InvalidArgument, "not a whole map: " + std::to_string(regions.size()) + " of " +
                                                  std::to_string(g.regionCount()) + " regions"};
    auto bad = rangesFrom(e.value(QStringLiteral("bad")));
    auto suspect = rangesFrom(e.value(QStringLiteral("suspect")));
    auto pending = rangesFrom(e.value(QStringLiteral("pending")));
    auto remapped = rangesFrom(e.value(QStringLiteral("remapped")));
    if (!bad || !suspect || !pending || !remapped)
        return Status{Error::InvalidArgument, "unit lists must be (first, count) pairs"};
    HealthMap map(g, buckets);
    map.restore(std::vector<std::uint8_t>(regions.begin(), regions.end()), *bad, *suspect, *pending, *remapped);
    return map;
}

void applyOverlays(HealthMap& map, const std::vector<dm::RemapEntry>& entries, std::uint32_t targetUnitBytes)
{
    if (targetUnitBytes == 0)
        return;
    const std::uint64_t mapUnit = map.geometry().unitBytes;
    UnitRangeSet pending, remapped;
    for (const auto& e : entries) {
        const std::uint64_t first = e.mainUnit * targetUnitBytes / mapUnit;
        const std::uint64_t end = ((e.mainUnit + 1) * targetUnitBytes + mapUnit - 1) / mapUnit;
        if (first >= map.geometry().unitCount())
            continue;
        (e.pending ? pending : remapped).insert(first, std::min(end, map.geometry().unitCount()) - first);
    }
    map.setOverlays(std::move(pending), std::move(remapped));
}

} // namespace dmremap::helper
