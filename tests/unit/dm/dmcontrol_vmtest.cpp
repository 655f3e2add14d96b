// dmremap-dm-vmtest: LibDevmapperControl end to end against the real remap
// target, run as root in the VM by tests/vm/30-core-dm.sh (not by ctest: it
// needs root, the module and block devices). The script prepares the devices
// and passes them in the environment:
//
//   DMREMAP_DM_MAIN        main device (a null_blk), e.g. /dev/cdmmain
//   DMREMAP_DM_MAIN_NULLB  its configfs name (bad ranges, power off)
//   DMREMAP_DM_SPARE       spare: a dm-linear device over DMREMAP_DM_SPARE_BACKING,
//                          formatted for the main device, so tests can make it fail
//   DMREMAP_DM_SPARE_BACKING   the spare's backing device
//   DMREMAP_DM_SPARE_SECTORS   the spare's size (a prefix of the backing device)
//   DMREMAP_DM_SPARE_TOOL      dmremap-spare, to format the spare afresh for each test
//   DMREMAP_DM_SLOT_OFFSET     first sector of the spare's slot area
//   DMREMAP_DM_SLOTS           number of slots
//   DMREMAP_DM_EXPECT_UDEV     1 when udev runs (cookies waited for), else 0
//   DMREMAP_DM_STATUS_LOG      file to append "<state> <status line>" to
//
// Suites: Control.* (create, reload, suspend/resume, remove, messages,
// status, list, events, udev) leave the devices as they found them;
// States.* walks one device through every state and breaks the main device.
#include "dm/libdevmappercontrol.h"

#include <libdevmapper.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <future>
#include <sstream>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

using namespace dmremap;
using namespace dmremap::dm;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace dmremap::dm {
void PrintTo(const RemapEntry& e, std::ostream* os)
{
    *os << e.mainUnit << ' ' << (e.pending ? std::string{"-"} : std::to_string(e.slot)) << (e.pending ? " pending" : " remapped");
}
} // namespace dmremap::dm

namespace {

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    if (!v || !*v)
        throw std::runtime_error(std::string("environment variable ") + name + " not set (run by tests/vm/30-core-dm.sh)");
    return v;
}

std::uint64_t sectorsOf(const std::string& dev)
{
    const int fd = ::open(dev.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    const off_t bytes = ::lseek(fd, 0, SEEK_END);
    ::close(fd);
    return bytes > 0 ? static_cast<std::uint64_t>(bytes) / 512 : 0;
}

// "maj:min" of a block device node, as the kernel prints table devices.
std::string devNumber(const std::string& node)
{
    struct stat st {};
    if (::stat(node.c_str(), &st) != 0 || !S_ISBLK(st.st_mode))
        return {};
    return std::to_string(major(st.st_rdev)) + ":" + std::to_string(minor(st.st_rdev));
}

bool nodeMatches(const std::string& name, const DmDevice& d)
{
    struct stat st {};
    return ::stat(("/dev/mapper/" + name).c_str(), &st) == 0 && S_ISBLK(st.st_mode) && major(st.st_rdev) == d.major
        && minor(st.st_rdev) == d.minor;
}

bool nodeExists(const std::string& name)
{
    struct stat st {};
    return ::lstat(("/dev/mapper/" + name).c_str(), &st) == 0;
}

// Fixture plumbing (not the code under test): shell commands and sysfs writes.
void sh(const std::string& command)
{
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
}

void writeFile(const std::string& path, const std::string& text)
{
    std::ofstream f(path);
    f << text;
    f.close();
    ASSERT_TRUE(f.good()) << "write '" << text << "' to " << path;
}

// Sets bad sectors [first, last] of the main null_blk (reads and writes fail).
void mainBad(std::uint64_t first, std::uint64_t last)
{
    writeFile("/sys/kernel/config/nullb/" + env("DMREMAP_DM_MAIN_NULLB") + "/badblocks",
              "+" + std::to_string(first) + "-" + std::to_string(last));
}

// The spare's dm-linear table: segments "START COUNT error" replace the
// linear mapping over those sectors; none restores the healthy spare.
void setSpareErrors(const std::vector<std::pair<std::uint64_t, std::uint64_t>>& bad)
{
    const std::string spare = env("DMREMAP_DM_SPARE");
    const std::string backing = env("DMREMAP_DM_SPARE_BACKING");
    const std::uint64_t total = std::stoull(env("DMREMAP_DM_SPARE_SECTORS"));
    std::ostringstream table;
    std::uint64_t pos = 0;
    for (const auto& [first, count] : bad) {
        if (first > pos)
            table << pos << ' ' << first - pos << " linear " << backing << ' ' << pos << '\n';
        table << first << ' ' << count << " error\n";
        pos = first + count;
    }
    if (pos < total)
        table << pos << ' ' << total - pos << " linear " << backing << ' ' << pos << '\n';
    const std::string name = spare.substr(spare.rfind('/') + 1);
    sh("printf '" + table.str() + "' | dmsetup load " + name + " && dmsetup resume " + name);
}

std::string message(DmControl& dm, const std::string& name, const std::string& text)
{
    auto reply = dm.message(name, text);
    EXPECT_TRUE(reply.ok()) << text << ": " << reply.status().message();
    return reply ? *reply : std::string{};
}

// No libdevmapper cookie semaphore (key 0x0d4dXXXX, DM_COOKIE_MAGIC) is left
// behind: every cookie set was waited for and released.
int leakedCookies()
{
    std::ifstream sem("/proc/sysvipc/sem");
    std::string line;
    std::getline(sem, line); // header
    int n = 0;
    while (std::getline(sem, line)) {
        std::istringstream fields(line);
        long long key = 0;
        fields >> key;
        if ((static_cast<unsigned long long>(key) >> 16) == 0x0d4d)
            ++n;
    }
    return n;
}

class Control : public ::testing::Test
{
protected:
    void SetUp() override
    {
        main = env("DMREMAP_DM_MAIN");
        spare = env("DMREMAP_DM_SPARE");
        table.mainDevice = main;
        table.spareDevice = spare;
        table.lengthSectors = sectorsOf(main);
        ASSERT_GT(table.lengthSectors, 0u);
        ASSERT_FALSE(dm.info(name).ok()) << name << " left over by an earlier test";
        // Remaps live on the spare: each test starts from an empty one.
        sh(env("DMREMAP_DM_SPARE_TOOL") + " format " + main + " " + spare + " --unit 4096 --force >/dev/null");
    }
    void TearDown() override
    {
        if (dm.info(name).ok()) {
            EXPECT_TRUE(dm.remove(name).ok());
        }
        EXPECT_EQ(leakedCookies(), 0);
    }
    LibDevmapperControl dm;
    std::string main, spare;
    RemapTable table;
    const std::string name = "cdm-ctl";
};

TEST(Udev, CookiesAreUsedExactlyWhenUdevRuns)
{
    LibDevmapperControl dm; // installs the log handler first
    EXPECT_EQ(dm_udev_get_sync_support() != 0, env("DMREMAP_DM_EXPECT_UDEV") == "1")
        << "libdevmapper's view of udev differs from the script's";
}

TEST_F(Control, TargetVersion)
{
    auto v = dm.targetVersion("remap");
    ASSERT_TRUE(v.ok()) << v.status().message();
    ASSERT_TRUE(v->has_value());
    EXPECT_EQ(**v, "1.0.0");
    auto none = dm.targetVersion("no-such-target");
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
}

TEST_F(Control, CreateListStatusRemove)
{
    ASSERT_TRUE(dm.createRemap(name, table).ok());
    auto d = dm.info(name);
    ASSERT_TRUE(d.ok()) << d.status().message();
    EXPECT_EQ(d->targetType, "remap");
    EXPECT_EQ(d->lengthSectors, table.lengthSectors);
    EXPECT_EQ(d->params, devNumber(main) + " " + devNumber(spare)); // the kernel prints maj:min
    EXPECT_FALSE(d->suspended);
    EXPECT_TRUE(nodeMatches(name, *d)) << "/dev/mapper/" << name << " missing or another device";

    // Listed among the remap devices; the spare's dm-linear is not.
    auto remaps = dm.remapDevices();
    ASSERT_TRUE(remaps.ok());
    ASSERT_EQ(remaps->size(), 1u);
    EXPECT_EQ(remaps->front().name, name);
    auto all = dm.list();
    ASSERT_TRUE(all.ok());
    const std::string spareName = spare.substr(spare.rfind('/') + 1);
    EXPECT_TRUE(std::any_of(all->begin(), all->end(),
                            [&](const DmDevice& x) { return x.name == spareName && x.targetType == "linear"; }));

    auto st = dm.status(name);
    ASSERT_TRUE(st.ok()) << st.status().message();
    EXPECT_EQ(st->version, "1.0.0");
    EXPECT_EQ(st->state, "ok");
    EXPECT_EQ(st->unitBytes, 4096u);
    EXPECT_EQ(st->remapped, 0u);
    EXPECT_EQ(st->capacity, std::stoull(env("DMREMAP_DM_SLOTS")));
    EXPECT_EQ(st->validCopies, 2u);
    EXPECT_EQ(st->copies, 2u);
    EXPECT_EQ(dm.status(spareName).error(), Error::NotSupported) << "a linear device has no remap status";

    EXPECT_EQ(dm.createRemap(name, table).error(), Error::AlreadyExists);

    ASSERT_TRUE(dm.remove(name).ok());
    EXPECT_EQ(dm.info(name).error(), Error::NotFound);
    EXPECT_FALSE(nodeExists(name)) << "/dev/mapper/" << name << " left behind";
    EXPECT_EQ(dm.remove(name).error(), Error::NotFound);
    EXPECT_EQ(dm.status(name).error(), Error::NotFound);
}

TEST_F(Control, RefusedTableLeavesNothingBehind)
{
    RemapTable blank = table;
    blank.spareDevice = main; // no dm-remap metadata there
    const Status s = dm.createRemap(name, blank);
    EXPECT_EQ(s.error(), Error::InvalidArgument) << s.message();
    EXPECT_FALSE(dm.info(name).ok());
    EXPECT_FALSE(nodeExists(name));
    RemapTable tooLong = table;
    tooLong.lengthSectors += 8;
    EXPECT_FALSE(dm.createRemap(name, tooLong).ok());
    EXPECT_FALSE(dm.info(name).ok());
}

TEST_F(Control, MessagesAndReplies)
{
    ASSERT_TRUE(dm.createRemap(name, table).ok());
    EXPECT_EQ(message(dm, name, "remap 800"), "remapped 100 0\n");
    EXPECT_EQ(message(dm, name, "remap 16"), "remapped 2 1\n");
    EXPECT_EQ(message(dm, name, "remap 807"), "remapped 100 0\n") << "same unit again";
    auto entries = dm.listRemaps(name, 0, 10);
    ASSERT_TRUE(entries.ok()) << entries.status().message();
    EXPECT_EQ(*entries, (std::vector<RemapEntry>{{2, 1, false}, {100, 0, false}}));
    auto paged = dm.listRemaps(name, 1, 10);
    ASSERT_TRUE(paged.ok());
    EXPECT_EQ(*paged, (std::vector<RemapEntry>{{100, 0, false}}));
    const std::string stats = message(dm, name, "stats");
    EXPECT_NE(stats.find("manual_remaps=2"), std::string::npos) << stats;
    auto st = dm.status(name);
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(st->remapped, 2u);
    EXPECT_EQ(st->manualRemaps, 2u);
    for (const char* bad : {"bogus", "remap", "remap x", "clear_pending 800"}) {
        auto r = dm.message(name, bad);
        EXPECT_EQ(r.error(), Error::InvalidArgument) << bad << ": " << (r ? *r : r.status().message());
    }
    EXPECT_EQ(dm.message("cdm-none", "stats").error(), Error::NotFound);
}

TEST_F(Control, ReloadSuspendResumeKeepRemaps)
{
    ASSERT_TRUE(dm.createRemap(name, table).ok());
    message(dm, name, "remap 4000");
    RemapTable tuned = table;
    tuned.readRetries = 3;
    tuned.noAutoRemap = true;
    ASSERT_TRUE(dm.reloadRemap(name, tuned).ok());
    auto d = dm.info(name);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->params, devNumber(main) + " " + devNumber(spare)) << "the loaded table is not live before resume";

    ASSERT_TRUE(dm.suspend(name).ok());
    d = dm.info(name);
    ASSERT_TRUE(d.ok());
    EXPECT_TRUE(d->suspended);
    // I/O waits while suspended and completes after resume.
    const int fd = ::open(("/dev/mapper/" + name).c_str(), O_RDONLY | O_DIRECT | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    alignas(4096) static char buf[4096];
    auto read = std::async(std::launch::async, [fd] { return ::pread(fd, buf, sizeof buf, 4000 * 512); });
    EXPECT_EQ(read.wait_for(300ms), std::future_status::timeout) << "a read went through a suspended device";

    ASSERT_TRUE(dm.resume(name).ok());
    EXPECT_EQ(read.get(), 4096);
    ::close(fd);
    d = dm.info(name);
    ASSERT_TRUE(d.ok());
    EXPECT_FALSE(d->suspended);
    EXPECT_EQ(d->params, devNumber(main) + " " + devNumber(spare) + " 3 no_auto_remap read_retries 3");
    auto entries = dm.listRemaps(name, 0, 10);
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(*entries, (std::vector<RemapEntry>{{500, 0, false}})) << "remaps kept over reload";
    EXPECT_TRUE(dm.resume(name).ok()) << "resume of a running device is a no-op";

    RemapTable wrong = table;
    wrong.spareDevice = main;
    EXPECT_EQ(dm.reloadRemap(name, wrong).error(), Error::InvalidArgument);
    EXPECT_EQ(dm.reloadRemap("cdm-none", table).error(), Error::NotFound);
    EXPECT_EQ(dm.suspend("cdm-none").error(), Error::NotFound);
    EXPECT_EQ(dm.resume("cdm-none").error(), Error::NotFound);
}

TEST_F(Control, RemoveRetriesWhileBrieflyBusyAndRefusesWhenOpen)
{
    ASSERT_TRUE(dm.createRemap(name, table).ok());
    const std::string node = "/dev/mapper/" + name;

    int fd = ::open(node.c_str(), O_RDONLY | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    auto t0 = Clock::now();
    const Status open = dm.remove(name);
    const auto waited = Clock::now() - t0;
    EXPECT_EQ(open.error(), Error::Busy) << open.message();
    EXPECT_NE(open.message().find("the device is open ("), std::string::npos) << open.message();
    EXPECT_LT(waited, 10s);
    EXPECT_TRUE(dm.info(name).ok()) << "removed while open";

    // Closed 500 ms into the remove: the retry succeeds.
    auto closer = std::async(std::launch::async, [&fd] {
        std::this_thread::sleep_for(500ms);
        ::close(fd);
        fd = -1;
    });
    t0 = Clock::now();
    const Status brief = dm.remove(name);
    closer.get();
    EXPECT_TRUE(brief.ok()) << brief.message();
    EXPECT_GE(Clock::now() - t0, 400ms) << "the device was open: the first try cannot have worked";
    EXPECT_EQ(dm.info(name).error(), Error::NotFound);
}

TEST_F(Control, WaitsForTheNextEventWithoutPolling)
{
    ASSERT_TRUE(dm.createRemap(name, table).ok());
    auto d = dm.info(name);
    ASSERT_TRUE(d.ok());
    const std::uint32_t before = d->eventNr;
    std::atomic<bool> returned{false};
    auto waiter = std::async(std::launch::async, [&] {
        auto r = dm.waitEvent(name, before);
        returned = true;
        return r;
    });
    std::this_thread::sleep_for(300ms);
    EXPECT_FALSE(returned) << "waitEvent returned without an event";
    // The thread sleeps in the kernel: it used (almost) no CPU meanwhile.
    message(dm, name, "remap 80"); // a commit that adds a remap raises an event
    ASSERT_EQ(waiter.wait_for(10s), std::future_status::ready);
    auto after = waiter.get();
    ASSERT_TRUE(after.ok()) << after.status().message();
    EXPECT_GT(*after, before);

    // Removing the device wakes a waiter too.
    auto gone = std::async(std::launch::async, [&, nr = *after] { return dm.waitEvent(name, nr); });
    std::this_thread::sleep_for(200ms);
    ASSERT_TRUE(dm.remove(name).ok());
    EXPECT_EQ(gone.wait_for(10s), std::future_status::ready) << "a waiter outlived its device";
    EXPECT_EQ(dm.waitEvent("cdm-none", 0).error(), Error::NotFound);
}

// Every state of the target on one device, each status line parsed and
// appended to DMREMAP_DM_STATUS_LOG (the source of the recorded fixtures in
// tests/unit/dm/status-lines.txt).
class States : public Control
{
protected:
    RemapStatus expectState(const std::string& state)
    {
        auto line = dm.statusLine(name);
        EXPECT_TRUE(line.ok()) << line.status().message();
        if (!line)
            return {};
        std::ofstream(env("DMREMAP_DM_STATUS_LOG"), std::ios::app) << state << ' ' << *line << '\n';
        auto st = RemapStatus::parse(*line);
        EXPECT_TRUE(st.ok()) << *line;
        if (!st)
            return {};
        EXPECT_EQ(st->state, state) << *line;
        return *st;
    }
    void TearDown() override
    {
        Control::TearDown();
        setSpareErrors({});
    }
};

TEST_F(States, OkDegradedSpareFullReadOnlyFailed)
{
    const std::uint64_t slotOffset = std::stoull(env("DMREMAP_DM_SLOT_OFFSET"));
    const std::uint64_t slots = std::stoull(env("DMREMAP_DM_SLOTS"));
    ASSERT_GE(slots, 4u);
    ASSERT_LE(slots, 64u) << "a small spare keeps filling it short";
    ASSERT_TRUE(dm.createRemap(name, table).ok());
    expectState("ok");

    // Two pending units (unreadable on the main device) for later.
    mainBad(8000, 8015);
    EXPECT_EQ(message(dm, name, "remap 8000"), "pending 1000\n");
    EXPECT_EQ(message(dm, name, "remap 8008"), "pending 1001\n");

    // Slot 0 fails to write: the remap goes to slot 1, the target degrades.
    setSpareErrors({{slotOffset, 8}});
    auto d = dm.info(name);
    ASSERT_TRUE(d.ok());
    auto event = std::async(std::launch::async, [&, nr = d->eventNr] { return dm.waitEvent(name, nr); });
    EXPECT_EQ(message(dm, name, "remap 0"), "remapped 0 1\n");
    EXPECT_EQ(event.wait_for(10s), std::future_status::ready);
    RemapStatus st = expectState("degraded");
    EXPECT_EQ(st.remapped, 1u);
    EXPECT_EQ(st.pending, 2u);
    setSpareErrors({});

    // Fill every slot left (slot 0 stays lost).
    for (std::uint64_t unit = 1; unit + 1 < slots; ++unit)
        EXPECT_EQ(message(dm, name, "remap " + std::to_string(unit * 8)),
                  "remapped " + std::to_string(unit) + " " + std::to_string(unit + 1) + "\n");
    st = expectState("spare_full");
    EXPECT_EQ(st.remapped, slots - 1);
    EXPECT_EQ(st.capacity, slots);
    EXPECT_EQ(dm.message(name, "remap " + std::to_string(slots * 8)).error(), Error::NoSpace);

    // Metadata cannot be written: read-only.
    setSpareErrors({{0, std::stoull(env("DMREMAP_DM_SPARE_SECTORS"))}});
    EXPECT_FALSE(dm.message(name, "clear_pending 8000").ok());
    expectState("read_only");

    // The main device goes away: a write to the pending unit finds it dead.
    writeFile("/sys/kernel/config/nullb/" + env("DMREMAP_DM_MAIN_NULLB") + "/power", "0");
    const int fd = ::open(("/dev/mapper/" + name).c_str(), O_WRONLY | O_DIRECT | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    alignas(4096) static char buf[4096];
    EXPECT_LT(::pwrite(fd, buf, sizeof buf, 8008 * 512), 0) << "a write to a dead main device succeeded";
    ::close(fd);
    expectState("failed");
}

} // namespace
