#include "smartattribute.h"

#include <cstdio>

namespace dmremap {

std::uint64_t SmartAttribute::rawValue() const
{
    std::uint64_t v = 0;
    for (int i = 5; i >= 0; --i)
        v = (v << 8) | raw[static_cast<std::size_t>(i)];
    return v;
}

std::string SmartAttribute::rawHex() const
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%02x%02x%02x%02x%02x%02x", raw[0], raw[1], raw[2], raw[3], raw[4],
                  raw[5]);
    return text;
}

std::string SmartAttribute::prettyText() const
{
    return formatSmartValue(prettyValue, prettyUnit);
}

std::string formatSmartValue(std::uint64_t value, SmartUnit unit)
{
    // Thresholds and precision follow libatasmart's print_value() so that the
    // GUI shows what skdump/GNOME Disks show for the same drive.
    constexpr std::uint64_t second = 1000, minute = 60 * second, hour = 60 * minute, day = 24 * hour;
    const auto v = static_cast<double>(value);
    const auto u = static_cast<unsigned long long>(value);
    char text[64];
    switch (unit) {
    case SmartUnit::Milliseconds:
        if (value >= 365 * day)
            std::snprintf(text, sizeof text, "%0.1f years", v / (1000.0 * 60 * 60 * 24 * 365));
        else if (value >= 30 * day)
            std::snprintf(text, sizeof text, "%0.1f months", v / (1000.0 * 60 * 60 * 24 * 30));
        else if (value >= day)
            std::snprintf(text, sizeof text, "%0.1f days", v / (1000.0 * 60 * 60 * 24));
        else if (value >= hour)
            std::snprintf(text, sizeof text, "%0.1f h", v / (1000.0 * 60 * 60));
        else if (value >= minute)
            std::snprintf(text, sizeof text, "%0.1f min", v / (1000.0 * 60));
        else if (value >= second)
            std::snprintf(text, sizeof text, "%0.1f s", v / 1000.0);
        else
            std::snprintf(text, sizeof text, "%llu ms", u);
        break;
    case SmartUnit::MilliKelvin:
        std::snprintf(text, sizeof text, "%0.1f C", (v - 273150) / 1000);
        break;
    case SmartUnit::Sectors:
        std::snprintf(text, sizeof text, "%llu sectors", u);
        break;
    case SmartUnit::Percent:
        std::snprintf(text, sizeof text, "%llu%%", u);
        break;
    case SmartUnit::SmallPercent:
        std::snprintf(text, sizeof text, "%0.3f%%", v);
        break;
    case SmartUnit::Megabytes:
        if (value >= 1000000)
            std::snprintf(text, sizeof text, "%0.3f TB", v / 1000000);
        else if (value >= 1000)
            std::snprintf(text, sizeof text, "%0.3f GB", v / 1000);
        else
            std::snprintf(text, sizeof text, "%llu MB", u);
        break;
    case SmartUnit::None:
        std::snprintf(text, sizeof text, "%llu", u);
        break;
    case SmartUnit::Unknown:
    default:
        return "n/a";
    }
    return text;
}

} // namespace dmremap
