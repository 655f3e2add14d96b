#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace dmremap {

/// Unit of SmartAttribute::prettyValue, as libatasmart decodes it
/// (SkSmartAttributeUnit in atasmart.h, same order).
enum class SmartUnit {
    Unknown, ///< libatasmart cannot interpret the raw value; prettyText() is "n/a"
    None, ///< a plain count
    Milliseconds,
    Sectors, ///< a count of sectors (bad, pending, reallocated)
    MilliKelvin,
    SmallPercent, ///< percentage with three decimals
    Percent, ///< integer percentage
    Megabytes,
};

/// One row of the ATA SMART attribute table (ATA/ATAPI-8 does not define the
/// table; the de-facto layout and the per-vendor meanings are libatasmart's,
/// atasmart.c attribute_info[] and quirks). A plain value type.
struct SmartAttribute {
    std::uint8_t id = 0;
    /// libatasmart's name ("reallocated-sector-count"), or "attribute-<id>"
    /// when libatasmart knows no name for this id.
    std::string name;
    std::uint16_t flags = 0; ///< the raw flag word of the attribute

    std::optional<std::uint8_t> value; ///< normalised current value (1..253), when valid
    std::optional<std::uint8_t> worst; ///< worst normalised value ever seen, when valid
    std::optional<std::uint8_t> threshold; ///< failure threshold, when the drive reports one

    /// The six raw bytes, in the order the drive stores them (byte 0 first);
    /// skdump prints them in this order as "0x%02x%02x...".
    std::array<std::uint8_t, 6> raw{};

    /// libatasmart's interpretation of raw (e.g. power-on time in ms, with the
    /// drive's quirks applied), in prettyUnit.
    std::uint64_t prettyValue = 0;
    SmartUnit prettyUnit = SmartUnit::Unknown;

    bool prefailure = false; ///< pre-failure (true) or old-age (false) attribute
    bool online = false; ///< updated during online data collection (true) or offline only
    std::optional<bool> goodNow; ///< value > threshold now; absent when not meaningful
    std::optional<bool> goodInThePast; ///< worst > threshold; absent when not meaningful
    bool warn = false; ///< libatasmart flags this attribute as worth a warning

    /// The raw bytes as a little-endian 48-bit number (raw[0] least significant).
    std::uint64_t rawValue() const;

    /// The raw bytes as skdump prints them: "0x" followed by raw[0]..raw[5]
    /// as two hex digits each.
    std::string rawHex() const;

    /// prettyValue with its unit, formatted exactly as libatasmart's skdump
    /// does ("62 ms", "2.8 months", "36.0 C", "69 sectors", "n/a").
    std::string prettyText() const;
};

/// Formats a value of the given unit the way libatasmart's print_value() does
/// (atasmart.c), so that our output and `skdump` agree character for character.
std::string formatSmartValue(std::uint64_t value, SmartUnit unit);

} // namespace dmremap
