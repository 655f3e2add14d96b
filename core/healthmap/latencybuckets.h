#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <vector>

namespace dmremap {

/// The read-latency classes of a health map (DESIGN.md "Health map latency
/// buckets"): by default < 5 ms, < 20 ms, < 50 ms, < 200 ms, < 600 ms and
/// >= 600 ms, i.e. five upper limits and six buckets. Bucket 0 is the fastest;
/// bucket limits().size() is the open-ended slowest one. Read errors are not
/// a bucket but a region flag (HealthMap). Value type.
class LatencyBuckets
{
public:
    /// At most this many limits (the map stores a bucket in four bits).
    static constexpr std::size_t maxLimits = 13;

    LatencyBuckets(); ///< the default limits above
    /// Strictly increasing, non-empty, at most maxLimits, each > 0; otherwise nullopt.
    static std::optional<LatencyBuckets> fromLimits(std::vector<std::chrono::microseconds> limits);

    const std::vector<std::chrono::microseconds>& limits() const { return m_limits; }
    std::size_t count() const { return m_limits.size() + 1; }

    /// The bucket of a request that took `latency`: the first limit it is
    /// strictly below, or the last (open-ended) bucket.
    std::size_t bucketOf(std::chrono::microseconds latency) const;

    bool operator==(const LatencyBuckets&) const = default;

private:
    std::vector<std::chrono::microseconds> m_limits;
};

} // namespace dmremap
