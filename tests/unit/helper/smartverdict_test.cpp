// Drive.SmartVerdictChanged on real SMART dumps (testdata/smart): one signal
// per change of a drive's verdict, none for the first read, none for a read
// that repeats the verdict, and a change between two helper runs (the helper
// exits when idle) is still signalled once.
#include "drive.h"
#include "manager.h"

#include "smart/blobsmartsource.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

using namespace dmremap;
using namespace dmremap::helper;

namespace {

const std::filesystem::path smartDir = std::filesystem::path{DMREMAP_TESTDATA_DIR} / "smart";

/// One root-owned block device "sdz" (a device number no real disk has, so
/// the drive's identity comes from its name).
class OneDiskProbe : public SystemProbe
{
public:
    const DevNo devno{240, 77};
    std::optional<DeviceNode> deviceNode(const std::string& n) const override
    {
        return n == "sdz" ? std::optional<DeviceNode>(DeviceNode{true, 0, devno}) : std::nullopt;
    }
    bool exists(const std::string& n) const override { return n == "sdz"; }
    std::optional<DevNo> devNo(const std::string& n) const override
    {
        return n == "sdz" ? std::optional<DevNo>(devno) : std::nullopt;
    }
    std::string nameOf(DevNo d) const override { return d == devno ? "sdz" : ""; }
    std::string diskOf(const std::string& n) const override { return n; }
    std::vector<std::string> partitionsOf(const std::string&) const override { return {}; }
    std::vector<std::string> holders(const std::string&) const override { return {}; }
    std::vector<std::string> slaves(const std::string&) const override { return {}; }
    std::uint64_t sizeSectors(const std::string&) const override { return 1 << 20; }
    std::vector<DevNo> mounted() const override { return {}; }
    std::vector<DevNo> swaps() const override { return {}; }
    std::vector<std::string> disks() const override { return {"sdz"}; }
};

/// A helper run: its own context, manager and drive object for sdz, over a
/// state folder that outlives it. SmartUpdate reads the dump named in `dump`.
struct HelperRun {
    HelperContext context;
    std::string dump;
    std::unique_ptr<Manager> manager;
    Drive* drive = nullptr;

    explicit HelperRun(const std::filesystem::path& stateDir)
    {
        context.probe = std::make_unique<OneDiskProbe>();
        context.stateDir = stateDir;
        context.idleTimeout = std::chrono::seconds(0);
        context.smartSource = [this](const std::string& path, bool) -> std::unique_ptr<SmartSource> {
            EXPECT_EQ(path, "/dev/sdz");
            auto blob = BlobSmartSource::fromFile(smartDir / dump);
            EXPECT_TRUE(blob.ok()) << dump;
            return std::move(*blob);
        };
        manager = std::make_unique<Manager>(context);
        auto device = manager->validator().resolve("sdz");
        EXPECT_TRUE(device.ok());
        drive = manager->drive(*device);
    }

    /// SmartUpdate in process (authorized, no reply); the verdict after it.
    QString update(const std::string& fixture)
    {
        dump = fixture;
        drive->SmartUpdate({});
        return drive->smartOverall();
    }
};

int argc = 1;
char arg0[] = "smartverdict_test";
char* argv[] = {arg0, nullptr};

class SmartVerdictTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!QCoreApplication::instance())
            new QCoreApplication(argc, argv);
    }
    QTemporaryDir state;
};

} // namespace

TEST_F(SmartVerdictTest, FirstReadIsTheBaselineNotAChange)
{
    HelperRun run(state.path().toStdString());
    QSignalSpy spy(run.drive, &Drive::SmartVerdictChanged);
    EXPECT_EQ(run.update("FUJITSU_MHY2120BH--0085000B"), QStringLiteral("GOOD"));
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(run.update("FUJITSU_MHY2120BH--0085000B"), QStringLiteral("GOOD"));
    EXPECT_EQ(spy.count(), 0);
}

TEST_F(SmartVerdictTest, OneSignalPerChange)
{
    HelperRun run(state.path().toStdString());
    QSignalSpy spy(run.drive, &Drive::SmartVerdictChanged);
    run.update("FUJITSU_MHY2120BH--0085000B");
    // The Maxtor's two dumps: reallocated and pending sectors, then a
    // failing SMART status.
    EXPECT_EQ(run.update("Maxtor_96147H8--BAC51KJ0"), QStringLiteral("BAD_SECTOR"));
    EXPECT_EQ(run.update("Maxtor_96147H8--BAC51KJ0"), QStringLiteral("BAD_SECTOR"));
    EXPECT_EQ(run.update("Maxtor_96147H8--BAC51KJ0--2"), QStringLiteral("BAD_STATUS"));
    EXPECT_EQ(run.update("Maxtor_96147H8--BAC51KJ0--2"), QStringLiteral("BAD_STATUS"));
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("GOOD"));
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("BAD_SECTOR"));
    EXPECT_EQ(spy.at(1).at(0).toString(), QStringLiteral("BAD_SECTOR"));
    EXPECT_EQ(spy.at(1).at(1).toString(), QStringLiteral("BAD_STATUS"));
}

TEST_F(SmartVerdictTest, ChangeBetweenTwoHelperRunsIsSignalledOnce)
{
    {
        HelperRun first(state.path().toStdString());
        QSignalSpy spy(first.drive, &Drive::SmartVerdictChanged);
        first.update("FUJITSU_MHY2120BH--0085000B");
        EXPECT_EQ(spy.count(), 0);
    }
    // A new run (the helper exited when idle) on the same state folder.
    HelperRun second(state.path().toStdString());
    QSignalSpy spy(second.drive, &Drive::SmartVerdictChanged);
    EXPECT_EQ(second.update("ST320410A--3.39"), QStringLiteral("BAD_SECTOR"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("GOOD"));
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("BAD_SECTOR"));
    // The same verdict again in a third run: nothing.
    HelperRun third(state.path().toStdString());
    QSignalSpy spy3(third.drive, &Drive::SmartVerdictChanged);
    third.update("ST320410A--3.39");
    EXPECT_EQ(spy3.count(), 0);
}

TEST_F(SmartVerdictTest, ReadWithoutVerdictChangesNothing)
{
    HelperRun run(state.path().toStdString());
    QSignalSpy spy(run.drive, &Drive::SmartVerdictChanged);
    run.update("FUJITSU_MHY2120BH--0085000B");
    // This dump has no overall verdict libatasmart can give.
    EXPECT_EQ(run.update("WDC_WD2500JB--00REA0-20.00K20"), QString());
    EXPECT_EQ(run.update("FUJITSU_MHY2120BH--0085000B"), QStringLiteral("GOOD"));
    EXPECT_EQ(spy.count(), 0);
}
