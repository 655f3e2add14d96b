#include "statusdiff.h"

namespace dmremap::helper {

QVariantMap StatusDiff::properties(const dm::RemapStatus& s)
{
    return {
        {QStringLiteral("State"), QString::fromStdString(s.state)},
        {QStringLiteral("TargetVersion"), QString::fromStdString(s.version)},
        {QStringLiteral("UnitBytes"), uint(s.unitBytes)},
        {QStringLiteral("Remapped"), qulonglong(s.remapped)},
        {QStringLiteral("Capacity"), qulonglong(s.capacity)},
        {QStringLiteral("Pending"), qulonglong(s.pending)},
        {QStringLiteral("ReadErrors"), qulonglong(s.readErrors)},
        {QStringLiteral("WriteErrors"), qulonglong(s.writeErrors)},
        {QStringLiteral("AutoRemaps"), qulonglong(s.autoRemaps)},
        {QStringLiteral("ManualRemaps"), qulonglong(s.manualRemaps)},
        {QStringLiteral("Generation"), qulonglong(s.generation)},
        {QStringLiteral("ValidCopies"), uint(s.validCopies)},
        {QStringLiteral("Copies"), uint(s.copies)},
    };
}

namespace {

bool isNearlyFull(const dm::RemapStatus& s)
{
    return s.capacity > 0 && s.remapped * 100 >= s.capacity * StatusDiff::nearlyFullPercent;
}

} // namespace

StatusDiff StatusDiff::between(const std::optional<dm::RemapStatus>& old, const dm::RemapStatus& now)
{
    StatusDiff d;
    const QVariantMap next = properties(now);
    if (!old) {
        d.changedProperties = next;
        return d;
    }
    const QVariantMap prev = properties(*old);
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        if (prev.value(it.key()) != it.value())
            d.changedProperties.insert(it.key(), it.value());
    }
    if (now.remapped > old->remapped)
        d.remapsAdded = now.remapped - old->remapped;
    if (now.pending > old->pending)
        d.pendingAdded = now.pending - old->pending;
    d.nearlyFull = isNearlyFull(now) && !isNearlyFull(*old);
    d.stateChanged = now.state != old->state;
    d.full = d.stateChanged && now.state == "spare_full";
    return d;
}

} // namespace dmremap::helper
