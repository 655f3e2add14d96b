#include "healthmaptooltip.h"

#include "byteformat.h"

#include <QStringList>

#include <algorithm>
#include <climits>

namespace dmremap::gui {

namespace {

constexpr std::uint64_t sectorBytes = 512;

} // namespace

QString HealthMapToolTip::bucketRange(const LatencyBuckets& buckets, std::size_t bucket)
{
    const auto& limits = buckets.limits();
    if (limits.empty())
        return tr("any latency");
    if (bucket == 0)
        return tr("< %1").arg(ByteFormat::latency(limits.front()));
    if (bucket >= limits.size())
        return tr("≥ %1").arg(ByteFormat::latency(limits.back()));
    const auto lo = limits[bucket - 1], hi = limits[bucket];
    // "20–50 ms" rather than "20 ms–50 ms" when both ends are milliseconds.
    if (lo.count() >= 1000 && hi.count() < 1000000 && lo.count() % 1000 == 0 && hi.count() % 1000 == 0)
        return tr("%1–%2 ms").arg(lo.count() / 1000).arg(hi.count() / 1000);
    return tr("%1–%2").arg(ByteFormat::latency(lo), ByteFormat::latency(hi));
}

QString HealthMapToolTip::bucketLimit(const LatencyBuckets& buckets, std::size_t bucket)
{
    const auto& limits = buckets.limits();
    if (limits.empty())
        return tr("any latency");
    if (bucket >= limits.size())
        return tr("≥ %1").arg(ByteFormat::latency(limits.back()));
    return tr("< %1").arg(ByteFormat::latency(limits[bucket]));
}

QString HealthMapToolTip::changeName(RegionChange change)
{
    switch (change) {
    case RegionChange::NotCompared:
        return tr("Not in both scans");
    case RegionChange::Same:
        return tr("Unchanged");
    case RegionChange::Better:
        return tr("Better");
    case RegionChange::Remapped:
        return tr("Newly remapped");
    case RegionChange::Slower:
        return tr("Slower");
    case RegionChange::MuchSlower:
        return tr("Much slower");
    case RegionChange::NewError:
        return tr("New read error");
    }
    return {};
}

QString HealthMapToolTip::positionText(const HealthMapGeometry& geometry, HealthMapLayout::Span units)
{
    const std::uint64_t firstByte = units.first * geometry.unitBytes;
    const std::uint64_t endByte = std::min(units.end() * geometry.unitBytes, geometry.deviceBytes);
    const std::uint64_t lengthBytes = endByte > firstByte ? endByte - firstByte : 0;
    const std::uint64_t firstSector = firstByte / sectorBytes;
    const std::uint64_t lastSector = lengthBytes ? (endByte - 1) / sectorBytes : firstSector;
    QStringList lines;
    lines << tr("Sectors %1–%2 (LBA, 512 bytes each)")
                 .arg(ByteFormat::number(firstSector), ByteFormat::number(lastSector));
    lines << tr("Bytes %1–%2 (%3 at %4)")
                 .arg(ByteFormat::number(firstByte), ByteFormat::number(lengthBytes ? endByte - 1 : firstByte),
                      ByteFormat::size(lengthBytes), ByteFormat::size(firstByte));
    const std::uint64_t upr = geometry.unitsPerRegion();
    const std::uint64_t firstRegion = units.first / upr;
    const std::uint64_t lastRegion = units.count ? (units.end() - 1) / upr : firstRegion;
    const QString regions = firstRegion == lastRegion
        ? tr("Region %1 of %2").arg(ByteFormat::number(firstRegion), ByteFormat::number(geometry.regionCount()))
        : tr("Regions %1–%2 of %3")
              .arg(ByteFormat::number(firstRegion), ByteFormat::number(lastRegion),
                   ByteFormat::number(geometry.regionCount()));
    if (units.count < upr)
        lines << tr("%1, units %2–%3 (%4 each)")
                     .arg(regions, ByteFormat::number(units.first),
                          ByteFormat::number(units.count ? units.end() - 1 : units.first),
                          ByteFormat::size(geometry.unitBytes));
    else
        lines << regions;
    return lines.join(QLatin1Char('\n'));
}

QString HealthMapToolTip::stateText(const CellSummary& s, const HealthMapGeometry& geometry,
                                    const LatencyBuckets& buckets)
{
    QStringList lines;
    const std::uint64_t regions = s.regions.count;
    if (s.scannedRegions == 0) {
        lines << tr("Latency: not scanned");
    } else if (s.slowestBucket) {
        const QString range = *s.fastestBucket == *s.slowestBucket
            ? bucketRange(buckets, *s.slowestBucket)
            : tr("%1 to %2").arg(bucketRange(buckets, *s.fastestBucket), bucketRange(buckets, *s.slowestBucket));
        lines << tr("Latency: %1").arg(range);
    } else if (s.unknownLatencyRegions) {
        lines << tr("Latency: read fine, latency unknown (imported)");
    }
    if (s.scannedRegions && s.scannedRegions < regions)
        lines << tr("Scanned: %1 of %2 regions").arg(ByteFormat::number(s.scannedRegions),
                                                     ByteFormat::number(regions));

    const QString unit = ByteFormat::size(geometry.unitBytes);
    QStringList states;
    if (s.badUnits)
        states << tr("%n bad unit(s) of %1", nullptr, int(std::min<std::uint64_t>(s.badUnits, INT_MAX))).arg(unit);
    if (s.suspectUnits)
        states << tr("%n suspect unit(s) (read failed, not narrowed down)", nullptr,
                     int(std::min<std::uint64_t>(s.suspectUnits, INT_MAX)));
    if (s.errorRegions && !s.badUnits && !s.suspectUnits && s.units.count >= geometry.unitsPerRegion())
        states << tr("read error");
    if (s.timedOutRegions)
        states << tr("read timed out");
    if (s.pendingUnits)
        states << tr("%n pending unit(s): unreadable until rewritten", nullptr,
                     int(std::min<std::uint64_t>(s.pendingUnits, INT_MAX)));
    if (s.remappedUnits)
        states << tr("%n unit(s) remapped to the spare", nullptr,
                     int(std::min<std::uint64_t>(s.remappedUnits, INT_MAX)));
    if (states.isEmpty())
        lines << (s.scannedRegions ? tr("State: healthy") : tr("State: unknown"));
    else
        lines << tr("State: %1").arg(states.join(tr("; ")));
    return lines.join(QLatin1Char('\n'));
}

QString HealthMapToolTip::text(const HealthMap& map, HealthMapLayout::Span units)
{
    const CellSummary s = CellSummary::of(map, units);
    return positionText(map.geometry(), s.units) + QLatin1Char('\n')
        + stateText(s, map.geometry(), map.buckets());
}

QString HealthMapToolTip::differenceText(const HealthMap& older, const HealthMap& newer,
                                         const HealthMapDiff& diff, HealthMapLayout::Span units)
{
    const CellSummary a = CellSummary::of(older, units);
    const CellSummary b = CellSummary::of(newer, units);
    RegionChange worst = RegionChange::NotCompared;
    for (std::uint64_t r = b.regions.first; r < b.regions.end() && r < diff.regionCount(); ++r)
        worst = std::max(worst, diff.regionChange(r));
    QStringList lines;
    lines << positionText(newer.geometry(), b.units);
    lines << tr("Change: %1").arg(changeName(worst));
    lines << tr("Older scan:");
    lines << stateText(a, older.geometry(), older.buckets());
    lines << tr("Newer scan:");
    lines << stateText(b, newer.geometry(), newer.buckets());
    return lines.join(QLatin1Char('\n'));
}

} // namespace dmremap::gui
