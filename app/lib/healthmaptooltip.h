#pragma once

#include "cellsummary.h"
#include "healthmapdiff.h"

#include "healthmap/latencybuckets.h"

#include <QCoreApplication>
#include <QString>

namespace dmremap::gui {

/// The words of the health map: tooltips of a cell, labels of latency
/// buckets and of region changes. Translated (tr()); stateless.
///
/// Positions are given both as LBA in 512-byte sectors (device-mapper's and
/// the kernel's sector, whatever the drive's logical block size) and in bytes.
class HealthMapToolTip
{
    Q_DECLARE_TR_FUNCTIONS(dmremap::gui::HealthMapToolTip)
public:
    /// "< 5 ms", "5–20 ms", "≥ 600 ms".
    static QString bucketRange(const LatencyBuckets& buckets, std::size_t bucket);
    /// The legend's short form: "< 5 ms", "< 20 ms", ..., "≥ 600 ms".
    static QString bucketLimit(const LatencyBuckets& buckets, std::size_t bucket);
    static QString changeName(RegionChange change);

    /// "Sectors 2,048–4,095 · 1 MiB at 1 MiB" style lines for a unit span.
    static QString positionText(const HealthMapGeometry& geometry, HealthMapLayout::Span units);
    /// The latency and state lines of a summary.
    static QString stateText(const CellSummary& summary, const HealthMapGeometry& geometry,
                             const LatencyBuckets& buckets);
    /// The whole tooltip of a cell of a health map.
    static QString text(const HealthMap& map, HealthMapLayout::Span units);
    /// The tooltip of a cell of a difference view: the change, then both scans.
    static QString differenceText(const HealthMap& older, const HealthMap& newer, const HealthMapDiff& diff,
                                  HealthMapLayout::Span units);
};

} // namespace dmremap::gui
