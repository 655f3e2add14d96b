#include "devicevalidator.h"

#include <gtest/gtest.h>

#include <map>

using namespace dmremap;
using namespace dmremap::helper;

namespace {

/// A system of block devices described in a table: the failures the
/// validator must catch are set up per test.
class FakeProbe : public SystemProbe
{
public:
    struct Dev {
        DevNo devno;
        std::string disk;
        std::uint64_t sectors = 2048;
        std::vector<std::string> holders, slaves;
        std::optional<DeviceNode> node; ///< defaults to a root-owned block node with devno
    };
    std::map<std::string, Dev> devs;
    std::vector<DevNo> mountedDevs, swapDevs;

    void add(const std::string& name, unsigned major, unsigned minor, const std::string& disk = {})
    {
        Dev d;
        d.devno = {major, minor};
        d.disk = disk.empty() ? name : disk;
        d.node = DeviceNode{true, 0, d.devno};
        devs[name] = d;
    }

    std::optional<DeviceNode> deviceNode(const std::string& n) const override
    {
        auto it = devs.find(n);
        return it == devs.end() ? std::nullopt : it->second.node;
    }
    bool exists(const std::string& n) const override { return devs.count(n) > 0; }
    std::optional<DevNo> devNo(const std::string& n) const override
    {
        auto it = devs.find(n);
        return it == devs.end() ? std::nullopt : std::optional<DevNo>(it->second.devno);
    }
    std::string nameOf(DevNo d) const override
    {
        for (const auto& [n, dev] : devs)
            if (dev.devno == d)
                return n;
        return {};
    }
    std::string diskOf(const std::string& n) const override { return devs.at(n).disk; }
    std::vector<std::string> partitionsOf(const std::string& disk) const override
    {
        std::vector<std::string> p;
        for (const auto& [n, dev] : devs)
            if (dev.disk == disk && n != disk)
                p.push_back(n);
        return p;
    }
    std::vector<std::string> holders(const std::string& n) const override { return devs.at(n).holders; }
    std::vector<std::string> slaves(const std::string& n) const override { return devs.at(n).slaves; }
    std::uint64_t sizeSectors(const std::string& n) const override { return devs.at(n).sectors; }
    std::vector<DevNo> mounted() const override { return mountedDevs; }
    std::vector<DevNo> swaps() const override { return swapDevs; }
    std::vector<std::string> disks() const override { return {}; }
};

class DeviceValidatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        probe.add("sda", 8, 0);
        probe.add("sda1", 8, 1, "sda");
        probe.add("sda2", 8, 2, "sda");
        probe.add("sdb", 8, 16);
        probe.add("sdc", 8, 32);
        probe.add("dm-0", 253, 0);
        probe.devs["dm-0"].slaves = {"sdc"};
    }
    FakeProbe probe;
    DeviceValidator v{probe};
};

} // namespace

TEST(DeviceValidatorNames, OnlyKernelNamesPass)
{
    for (const char* ok : {"sda", "sdb1", "nvme0n1p2", "dm-0", "nullb0", "mmcblk0p1", "md127"})
        EXPECT_TRUE(DeviceValidator::validName(ok)) << ok;
    for (const char* bad : {"", "/dev/sda", "../sda", "sda/..", ".hidden", "-sda", "sd a", "sda;rm", "sda\n",
                            "a..b", "sda$(x)"})
        EXPECT_FALSE(DeviceValidator::validName(bad)) << bad;
    EXPECT_FALSE(DeviceValidator::validName(std::string(65, 'a')));
    EXPECT_FALSE(DeviceValidator::validDmName("a:b"));
    EXPECT_TRUE(DeviceValidator::validDmName("remap-sdb"));
}

TEST_F(DeviceValidatorTest, ResolveBuildsTheNodeAndChecksIt)
{
    auto d = v.resolve("sda1");
    ASSERT_TRUE(d.ok()) << d.status().message();
    EXPECT_EQ(d->path, "/dev/sda1");
    EXPECT_EQ(d->disk, "sda");
    EXPECT_EQ(v.resolve("sdz").error(), Error::NotFound);
    EXPECT_EQ(v.resolve("../sda").error(), Error::InvalidArgument);
}

TEST_F(DeviceValidatorTest, ASymlinkAForeignOwnerOrAnotherDeviceNumberIsRefused)
{
    probe.devs["sdb"].node = DeviceNode{false, 0, {8, 16}}; // lstat: a symlink, not a block node
    EXPECT_EQ(v.resolve("sdb").error(), Error::InvalidArgument);
    probe.devs["sdb"].node = DeviceNode{true, 1000, {8, 16}}; // owned by a user
    EXPECT_EQ(v.resolve("sdb").error(), Error::InvalidArgument);
    probe.devs["sdb"].node = DeviceNode{true, 0, {8, 0}}; // node of another device
    EXPECT_EQ(v.resolve("sdb").error(), Error::InvalidArgument);
    probe.devs["sdb"].node.reset(); // no node
    EXPECT_EQ(v.resolve("sdb").error(), Error::NotFound);
    probe.devs["sdc"].sectors = 0; // no media
    EXPECT_EQ(v.resolve("sdc").error(), Error::InvalidArgument);
}

TEST_F(DeviceValidatorTest, SpareEqualToOrOnTheSameDiskAsMainIsRefused)
{
    const auto sda = *v.resolve("sda"), sda1 = *v.resolve("sda1"), sda2 = *v.resolve("sda2"), sdb = *v.resolve("sdb"),
               sdc = *v.resolve("sdc"), dm0 = *v.resolve("dm-0");
    EXPECT_EQ(v.checkDistinct(sda, sda).error(), Error::InvalidArgument);
    EXPECT_EQ(v.checkDistinct(sda1, sda2).error(), Error::InvalidArgument); // partitions of one disk
    EXPECT_EQ(v.checkDistinct(sda, sda1).error(), Error::InvalidArgument); // disk and its partition
    EXPECT_EQ(v.checkDistinct(sdc, dm0).error(), Error::InvalidArgument); // dm-0 sits on sdc
    EXPECT_TRUE(v.checkDistinct(sda, sdb).ok());
    EXPECT_TRUE(v.checkDistinct(sdb, dm0).ok());
}

TEST_F(DeviceValidatorTest, MountedSwapOrHeldDevicesAreBusy)
{
    const auto sda = *v.resolve("sda"), sda1 = *v.resolve("sda1"), sdb = *v.resolve("sdb"), sdc = *v.resolve("sdc");
    EXPECT_TRUE(v.checkNotInUse(sda).ok());
    probe.mountedDevs = {{8, 2}}; // sda2 mounted: the whole disk sda is in use, sda1 is not
    EXPECT_EQ(v.checkNotInUse(sda).error(), Error::Busy);
    EXPECT_TRUE(v.checkNotInUse(sda1).ok());
    probe.swapDevs = {{8, 16}};
    EXPECT_EQ(v.checkNotInUse(sdb).error(), Error::Busy);
    probe.devs["sdc"].holders = {"dm-0"};
    const Status s = v.checkNotInUse(sdc);
    EXPECT_EQ(s.error(), Error::Busy);
    EXPECT_NE(s.message().find("dm-0"), std::string::npos);
}
