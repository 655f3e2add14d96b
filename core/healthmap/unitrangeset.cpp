#include "unitrangeset.h"

#include <algorithm>

namespace dmremap {

void UnitRangeSet::insert(std::uint64_t first, std::uint64_t count)
{
    if (count == 0)
        return;
    const std::uint64_t end = first + count;
    if (m_ranges.empty() || m_ranges.back().end() < first) {
        m_ranges.push_back({first, count});
        return;
    }
    if (m_ranges.back().first <= first) {
        auto& last = m_ranges.back();
        last.count = std::max(last.end(), end) - last.first;
        return;
    }
    // First range that ends at or after `first` (touching ranges merge).
    auto lo = std::lower_bound(m_ranges.begin(), m_ranges.end(), first,
                               [](const Range& r, std::uint64_t v) { return r.end() < v; });
    auto hi = lo;
    std::uint64_t newFirst = first, newEnd = end;
    while (hi != m_ranges.end() && hi->first <= end) {
        newFirst = std::min(newFirst, hi->first);
        newEnd = std::max(newEnd, hi->end());
        ++hi;
    }
    if (lo == hi) {
        m_ranges.insert(lo, Range{first, count});
        return;
    }
    *lo = Range{newFirst, newEnd - newFirst};
    m_ranges.erase(lo + 1, hi);
}

void UnitRangeSet::insert(const UnitRangeSet& other)
{
    if (m_ranges.empty()) {
        m_ranges = other.m_ranges;
        return;
    }
    std::vector<Range> merged;
    merged.reserve(m_ranges.size() + other.m_ranges.size());
    auto a = m_ranges.cbegin();
    auto b = other.m_ranges.cbegin();
    auto push = [&merged](const Range& r) {
        if (!merged.empty() && merged.back().end() >= r.first)
            merged.back().count = std::max(merged.back().end(), r.end()) - merged.back().first;
        else
            merged.push_back(r);
    };
    while (a != m_ranges.cend() || b != other.m_ranges.cend()) {
        if (b == other.m_ranges.cend() || (a != m_ranges.cend() && a->first <= b->first))
            push(*a++);
        else
            push(*b++);
    }
    m_ranges = std::move(merged);
}

void UnitRangeSet::erase(std::uint64_t first, std::uint64_t count)
{
    if (count == 0)
        return;
    const std::uint64_t end = first + count;
    std::vector<Range> kept;
    kept.reserve(m_ranges.size() + 1);
    for (const auto& r : m_ranges) {
        if (r.end() <= first || r.first >= end) {
            kept.push_back(r);
            continue;
        }
        if (r.first < first)
            kept.push_back({r.first, first - r.first});
        if (r.end() > end)
            kept.push_back({end, r.end() - end});
    }
    m_ranges = std::move(kept);
}

bool UnitRangeSet::contains(std::uint64_t unit) const
{
    return intersects(unit, 1);
}

bool UnitRangeSet::intersects(std::uint64_t first, std::uint64_t count) const
{
    auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), first,
                               [](std::uint64_t v, const Range& r) { return v < r.end(); });
    return it != m_ranges.end() && it->first < first + count;
}

UnitRangeSet UnitRangeSet::slice(std::uint64_t first, std::uint64_t count) const
{
    UnitRangeSet out;
    const std::uint64_t end = first + count;
    auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), first,
                               [](std::uint64_t v, const Range& r) { return v < r.end(); });
    for (; it != m_ranges.end() && it->first < end; ++it) {
        const auto a = std::max(it->first, first), b = std::min(it->end(), end);
        out.m_ranges.push_back({a, b - a});
    }
    return out;
}

std::uint64_t UnitRangeSet::unitCount() const
{
    std::uint64_t n = 0;
    for (const auto& r : m_ranges)
        n += r.count;
    return n;
}

std::vector<std::uint64_t> UnitRangeSet::units() const
{
    std::vector<std::uint64_t> out;
    for (const auto& r : m_ranges) {
        for (std::uint64_t u = r.first; u < r.end(); ++u)
            out.push_back(u);
    }
    return out;
}

} // namespace dmremap
