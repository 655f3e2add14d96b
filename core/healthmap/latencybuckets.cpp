#include "latencybuckets.h"

#include <algorithm>

namespace dmremap {

using namespace std::chrono_literals;

LatencyBuckets::LatencyBuckets()
    : m_limits{5ms, 20ms, 50ms, 200ms, 600ms}
{
}

std::optional<LatencyBuckets> LatencyBuckets::fromLimits(std::vector<std::chrono::microseconds> limits)
{
    if (limits.empty() || limits.size() > maxLimits || limits.front() <= 0us)
        return std::nullopt;
    if (std::adjacent_find(limits.begin(), limits.end(), std::greater_equal<>{}) != limits.end())
        return std::nullopt;
    LatencyBuckets buckets;
    buckets.m_limits = std::move(limits);
    return buckets;
}

std::size_t LatencyBuckets::bucketOf(std::chrono::microseconds latency) const
{
    return static_cast<std::size_t>(std::upper_bound(m_limits.begin(), m_limits.end(), latency) - m_limits.begin());
}

} // namespace dmremap
