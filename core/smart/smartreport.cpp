#include "smartreport.h"

#include <array>

namespace dmremap {

namespace {
struct OverallText {
    std::string_view name;
    std::string_view sentence;
};
constexpr std::array<OverallText, 6> overallTexts{{
    {"GOOD", "The disk is OK"},
    {"BAD_ATTRIBUTE_IN_THE_PAST", "The disk was failing in the past"},
    {"BAD_SECTOR", "The disk has a few bad sectors"},
    {"BAD_ATTRIBUTE_NOW", "The disk is failing now"},
    {"BAD_SECTOR_MANY", "The disk has many bad sectors"},
    {"BAD_STATUS", "The disk reports that it is failing"},
}};
static_assert(overallTexts.size() == static_cast<std::size_t>(SmartOverall::BadStatus) + 1);
} // namespace

std::string_view smartOverallName(SmartOverall overall)
{
    return overallTexts.at(static_cast<std::size_t>(overall)).name;
}

std::string_view smartOverallSentence(SmartOverall overall)
{
    return overallTexts.at(static_cast<std::size_t>(overall)).sentence;
}

const SmartAttribute* SmartReport::attribute(std::uint8_t id) const
{
    for (const auto& a : attributes) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

} // namespace dmremap
