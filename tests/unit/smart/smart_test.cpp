// SMART through libatasmart, checked on the real dumps of testdata/smart
// against what libatasmart's own `skdump --load=FILE` prints, run at test
// time (no expected files to go stale).
#include "smart/blobsmartsource.h"
#include "smart/devicesmartsource.h"
#include "skdumpoutput.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

using namespace dmremap;
namespace fs = std::filesystem;

namespace {

const fs::path smartDir = fs::path{DMREMAP_TESTDATA_DIR} / "smart";

std::vector<std::string> dumpNames()
{
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(smartDir, ec)) {
        if (entry.is_regular_file() && entry.path().extension() != ".md")
            names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string yesNo(bool b)
{
    return b ? "yes" : "no";
}

std::string optionalYesNo(const std::optional<bool>& b)
{
    return b ? yesNo(*b) : "n/a";
}

std::string optionalByte(const std::optional<std::uint8_t>& v)
{
    if (!v)
        return "n/a";
    return std::to_string(*v);
}

SmartReport load(const std::string& name)
{
    auto source = BlobSmartSource::fromFile(smartDir / name);
    EXPECT_TRUE(source.ok()) << source.status().message();
    if (!source)
        return {};
    auto report = (*source)->read();
    EXPECT_TRUE(report.ok()) << report.status().message();
    return report ? report.value() : SmartReport{};
}

class SmartDump : public testing::TestWithParam<std::string>
{
};

} // namespace

TEST(SmartDumps, AllElevenDumpsArePresent)
{
    EXPECT_EQ(dumpNames().size(), 11u);
}

TEST_P(SmartDump, AgreesWithSkdump)
{
    const auto expected = runSkdump((smartDir / GetParam()).string());
    const auto report = load(GetParam());
    const auto& f = expected.fields;

    EXPECT_EQ("[" + report.model + "]", f.at("Model"));
    EXPECT_EQ("[" + report.serial + "]", f.at("Serial"));
    EXPECT_EQ("[" + report.firmware + "]", f.at("Firmware"));
    EXPECT_EQ(f.at("SMART Available"), "yes");
    if (report.selfAssessmentGood)
        EXPECT_EQ(yesNo(*report.selfAssessmentGood), f.at("SMART Disk Health Good"));
    else
        EXPECT_NE(f.at("SMART Disk Health Good"), "yes");

    const auto& st = report.selfTest;
    EXPECT_EQ("[" + st.offlineCollectionText + "]", f.at("Off-line Data Collection Status"));
    EXPECT_EQ(std::to_string(st.offlineCollectionSeconds) + " s",
              f.at("Total Time To Complete Off-Line Data Collection"));
    EXPECT_EQ("[" + st.executionText + "]", f.at("Self-Test Execution Status"));
    EXPECT_EQ(std::to_string(st.percentRemaining) + "%", f.at("Percent Self-Test Remaining"));
    EXPECT_EQ(yesNo(st.conveyanceAvailable), f.at("Conveyance Self-Test Available"));
    EXPECT_EQ(yesNo(st.shortAndExtendedAvailable), f.at("Short/Extended Self-Test Available"));
    EXPECT_EQ(yesNo(st.startAvailable), f.at("Start Self-Test Available"));
    EXPECT_EQ(yesNo(st.abortAvailable), f.at("Abort Self-Test Available"));
    EXPECT_EQ(std::to_string(st.shortPollingMinutes) + " min", f.at("Short Self-Test Polling Time"));
    EXPECT_EQ(std::to_string(st.extendedPollingMinutes) + " min", f.at("Extended Self-Test Polling Time"));
    EXPECT_EQ(std::to_string(st.conveyancePollingMinutes) + " min", f.at("Conveyance Self-Test Polling Time"));

    // skdump prints strerror() where libatasmart has no value.
    if (report.badSectors)
        EXPECT_EQ(formatSmartValue(*report.badSectors, SmartUnit::Sectors), f.at("Bad Sectors"));
    else
        EXPECT_EQ(f.at("Bad Sectors").find("sectors"), std::string::npos) << f.at("Bad Sectors");
    if (report.powerOnMilliseconds)
        EXPECT_EQ(formatSmartValue(*report.powerOnMilliseconds, SmartUnit::Milliseconds), f.at("Powered On"));
    else
        EXPECT_EQ(f.at("Powered On").find("ago"), std::string::npos) << f.at("Powered On");
    if (report.powerCycles)
        EXPECT_EQ(std::to_string(*report.powerCycles), f.at("Power Cycles"));
    else
        EXPECT_FALSE(std::isdigit(static_cast<unsigned char>(f.at("Power Cycles").at(0))));
    if (report.temperatureMilliKelvin)
        EXPECT_EQ(formatSmartValue(*report.temperatureMilliKelvin, SmartUnit::MilliKelvin), f.at("Temperature"));
    else
        EXPECT_EQ(f.at("Temperature").find(" C"), std::string::npos) << f.at("Temperature");
    if (report.overall)
        EXPECT_EQ(smartOverallName(*report.overall), f.at("Overall Status"));
    else
        EXPECT_EQ(f.at("Overall Status"), "No such device or address"); // ENXIO: no self-assessment

    ASSERT_EQ(report.attributes.size(), expected.attributes.size());
    for (std::size_t i = 0; i < report.attributes.size(); ++i) {
        const auto& got = report.attributes[i];
        const auto& want = expected.attributes[i];
        SCOPED_TRACE("attribute " + std::to_string(want.id) + " " + want.name);
        EXPECT_EQ(got.id, want.id);
        // skdump prints the bare id for attributes libatasmart cannot name.
        EXPECT_TRUE(got.name == want.name || got.name == "attribute-" + want.name) << got.name;
        EXPECT_EQ(optionalByte(got.value), want.value);
        EXPECT_EQ(optionalByte(got.worst), want.worst);
        EXPECT_EQ(optionalByte(got.threshold), want.threshold);
        EXPECT_EQ(got.prettyText(), want.pretty);
        EXPECT_EQ(got.rawHex(), want.raw);
        EXPECT_EQ(got.prefailure ? "prefail" : "old-age", want.type);
        EXPECT_EQ(got.online ? "online" : "offline", want.updates);
        EXPECT_EQ(optionalYesNo(got.goodNow), want.good);
        EXPECT_EQ(optionalYesNo(got.goodInThePast), want.goodPast);
    }
}

INSTANTIATE_TEST_SUITE_P(TestdataSmart, SmartDump, testing::ValuesIn(dumpNames()),
                         [](const testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             std::replace_if(
                                 name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
                             return name;
                         });

// Fixtures named after what they show: fixed values read off skdump once, so a
// change in libatasmart's interpretation is noticed even if skdump changes too.
TEST(SmartFixtures, MaxtorWithReallocatedAndPendingSectorsIsBadSector)
{
    const auto report = load("Maxtor_96147H8--BAC51KJ0");
    EXPECT_EQ(report.model, "Maxtor 96147H8");
    EXPECT_EQ(report.overall, SmartOverall::BadSector);
    EXPECT_EQ(report.badSectors, 71u); // 69 reallocated + 2 pending
    EXPECT_EQ(report.powerCycles, 1807u);
    EXPECT_FALSE(report.temperatureMilliKelvin.has_value());
    const auto* reallocated = report.attribute(5);
    ASSERT_NE(reallocated, nullptr);
    EXPECT_EQ(reallocated->name, "reallocated-sector-count");
    EXPECT_EQ(reallocated->prettyValue, 69u);
    EXPECT_EQ(reallocated->prettyUnit, SmartUnit::Sectors);
    EXPECT_EQ(reallocated->value, 226);
    EXPECT_EQ(reallocated->threshold, 63);
    EXPECT_TRUE(reallocated->prefailure);
    EXPECT_EQ(reallocated->rawValue(), 69u);
}

TEST(SmartFixtures, MaxtorCountsPowerOnInMinutes)
{
    // Quirk 9_POWERONMINUTES: raw 0x01d8b9 = 121017 minutes.
    const auto report = load("Maxtor_96147H8--BAC51KJ0");
    const auto* powerOn = report.attribute(9);
    ASSERT_NE(powerOn, nullptr);
    EXPECT_EQ(powerOn->name, "power-on-minutes");
    EXPECT_EQ(powerOn->rawValue(), 0x01d8b9u);
    EXPECT_EQ(powerOn->prettyValue, 0x01d8b9ull * 60 * 1000);
    EXPECT_EQ(report.powerOnMilliseconds, 0x01d8b9ull * 60 * 1000);
}

TEST(SmartFixtures, OldBlobWithoutSelfAssessmentHasNoVerdictButAllValues)
{
    const auto report = load("WDC_WD2500JB--00REA0-20.00K20");
    EXPECT_FALSE(report.selfAssessmentGood.has_value());
    EXPECT_FALSE(report.overall.has_value());
    EXPECT_EQ(report.badSectors, 1u);
    EXPECT_EQ(report.powerCycles, 204u);
    ASSERT_TRUE(report.temperatureMilliKelvin.has_value());
    EXPECT_EQ(formatSmartValue(*report.temperatureMilliKelvin, SmartUnit::MilliKelvin), "17.0 C");
}

TEST(SmartFixtures, SsdWithoutSectorAttributesHasNoBadSectorCount)
{
    const auto report = load("SAMSUNG_MMCQE28G8MUP--0VA_VAM08L1Q");
    EXPECT_FALSE(report.badSectors.has_value());
    EXPECT_EQ(report.overall, SmartOverall::Good);
    EXPECT_EQ(report.powerCycles, 521u);
}

TEST(SmartFixtures, BlobRoundTripsThroughTheReport)
{
    const auto report = load("ST320410A--3.39");
    ASSERT_FALSE(report.blob.empty());
    BlobSmartSource again{report.blob};
    auto reread = again.read();
    ASSERT_TRUE(reread.ok()) << reread.status().message();
    EXPECT_EQ(reread->attributes.size(), report.attributes.size());
    EXPECT_EQ(reread->badSectors, report.badSectors);
    EXPECT_EQ(reread->overall, report.overall);
}

TEST(SmartFixtures, SelfTestOnABlobIsNotSupported)
{
    auto source = BlobSmartSource::fromFile(smartDir / "ST320410A--3.39");
    ASSERT_TRUE(source.ok());
    EXPECT_EQ((*source)->runSelfTest(SmartSelfTest::Short).error(), Error::NotSupported);
}

TEST(SmartErrors, GarbageIsCorruptData)
{
    BlobSmartSource source{std::vector<std::uint8_t>(100, 0xAB)};
    EXPECT_EQ(source.read().error(), Error::CorruptData);
    BlobSmartSource empty{{}};
    EXPECT_EQ(empty.read().error(), Error::CorruptData);
}

TEST(SmartErrors, MissingFileIsNotFound)
{
    EXPECT_EQ(BlobSmartSource::fromFile(smartDir / "no-such-dump").error(), Error::NotFound);
    EXPECT_EQ(DeviceSmartSource{"/dev/no-such-disk"}.read().error(), Error::NotFound);
}

TEST(SmartErrors, NonBlockDeviceIsNotAvailable)
{
    EXPECT_EQ(DeviceSmartSource{"/dev/null"}.read().error(), Error::NotAvailable);
    EXPECT_EQ(DeviceSmartSource{(smartDir / "README.md").string()}.read().error(), Error::NotAvailable);
}
