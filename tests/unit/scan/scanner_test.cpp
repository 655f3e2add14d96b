#include "faultyreader.h"
#include "scan/devicereader.h"
#include "scan/scanner.h"
#include "scan/verifywriter.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace dmremap;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t KiB = 1024, MiB = 1024 * KiB;

// A sparse file under the build tree (O_DIRECT works there, unlike on tmpfs).
class SparseFile
{
public:
    explicit SparseFile(std::uint64_t size)
        : m_path(fs::current_path() / ("scan-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++)))
    {
        std::ofstream{m_path};
        fs::resize_file(m_path, size);
    }
    ~SparseFile() { fs::remove(m_path); }
    std::string path() const { return m_path.string(); }

private:
    static inline int counter = 0;
    fs::path m_path;
};

std::unique_ptr<FaultyReader> faulty(const SparseFile& file, DeviceReader::Access access = DeviceReader::Access::ReadOnly)
{
    auto reader = DeviceReader::open(file.path(), access);
    EXPECT_TRUE(reader.ok()) << reader.status().message();
    return std::make_unique<FaultyReader>(std::move(reader.value()));
}

ScanOptions quick()
{
    ScanOptions o;
    o.unitBytes = 4096;
    o.errorBackoff = 0ms;
    return o;
}

std::vector<std::uint64_t> unitsOf(std::initializer_list<std::pair<std::uint64_t, std::uint64_t>> byteRanges)
{
    std::vector<std::uint64_t> units;
    for (const auto& [first, length] : byteRanges) {
        for (std::uint64_t u = first / 4096; u < (first + length + 4095) / 4096; ++u)
            units.push_back(u);
    }
    return units;
}

} // namespace

TEST(DeviceReader, ReadsAFileAndRefusesNonsense)
{
    SparseFile file{3 * MiB + 512};
    auto reader = DeviceReader::open(file.path());
    ASSERT_TRUE(reader.ok()) << reader.status().message();
    EXPECT_EQ((*reader)->sizeBytes(), 3 * MiB + 512);
    EXPECT_EQ((*reader)->logicalBlockBytes(), 512u);
    // The last, partial unit reads short and that is fine.
    alignas(4096) static std::byte buffer[4096];
    EXPECT_TRUE((*reader)->read(3 * MiB, buffer).ok());
    EXPECT_EQ((*reader)->write(0, buffer).error(), Error::NotSupported);
    EXPECT_EQ(DeviceReader::open("/nonexistent").error(), Error::NotFound);
    EXPECT_EQ(DeviceReader::open("/dev/null").error(), Error::InvalidArgument);
}

TEST(Scanner, HealthySparseFileIsAllFastAndClean)
{
    SparseFile file{64 * MiB};
    auto reader = DeviceReader::open(file.path());
    ASSERT_TRUE(reader.ok());
    Scanner scanner{std::move(reader.value()), quick()};
    auto result = scanner.run();
    ASSERT_TRUE(result.ok()) << result.status().message();
    const auto& map = result->map;
    EXPECT_FALSE(result->cancelled);
    EXPECT_EQ(map.regionCount(), 64u);
    EXPECT_EQ(map.scannedRegions(), 64u);
    EXPECT_TRUE(map.badUnits().empty());
    EXPECT_TRUE(map.suspectUnits().empty());
    EXPECT_EQ(result->progress.bytesDone, 64 * MiB);
    EXPECT_EQ(result->progress.bytesTotal, 64 * MiB);
    EXPECT_EQ(result->progress.phase, ScanProgress::Phase::Done);
    for (std::uint64_t r = 0; r < map.regionCount(); ++r)
        EXPECT_LE(map.region(r).bucket.value_or(99), 1u) << r; // page-cache-free reads of holes are fast
}

TEST(Scanner, ReadsThroughKernelAioWhenTheReaderHasAnODirectDescriptor)
{
    SparseFile file{8 * MiB + 512}; // a partial last unit: a short read that is fine
    std::vector<HealthMap> maps;
    for (const auto engine : {ScanOptions::Engine::Auto, ScanOptions::Engine::Threads}) {
        auto reader = DeviceReader::open(file.path());
        ASSERT_TRUE(reader.ok());
        ASSERT_GE((*reader)->directFd(), 0) << "O_DIRECT refused under " << fs::current_path();
        ScanOptions o = quick();
        o.engine = engine;
        o.inFlight = 3;
        o.requestBytes = 256 * KiB;
        Scanner scanner{std::move(reader.value()), o};
        auto result = scanner.run();
        ASSERT_TRUE(result.ok()) << result.status().message();
        EXPECT_EQ(result->kernelAio, engine == ScanOptions::Engine::Auto);
        EXPECT_EQ(result->map.scannedRegions(), 9u);
        EXPECT_TRUE(result->map.badUnits().empty());
        EXPECT_TRUE(result->map.suspectUnits().empty());
        EXPECT_EQ(result->progress.bytesDone, 8 * MiB + 512);
        EXPECT_EQ(result->progress.failedRequests, 0u);
        maps.push_back(result->map);
    }
    // A reader without a descriptor (the tests' fault seam) reads with threads.
    Scanner viaSeam{faulty(file), quick()};
    auto seam = viaSeam.run();
    ASSERT_TRUE(seam.ok());
    EXPECT_FALSE(seam->kernelAio);
}

TEST(Scanner, FindsExactlyTheBadUnits)
{
    SparseFile file{40 * MiB + 8192}; // last unit partial region
    auto reader = faulty(file);
    const std::initializer_list<std::pair<std::uint64_t, std::uint64_t>> bad{
        {0, 4096}, // the very first unit
        {5 * MiB + 8192, 4096},
        {5 * MiB + 3 * 4096, 100}, // part of a unit: the whole unit is bad
        {17 * MiB - 4096, 8192}, // across a request boundary
        {40 * MiB + 4096, 4096}, // the very last unit
    };
    for (const auto& [first, length] : bad)
        reader->addBad(first, length);
    auto* seam = reader.get();
    Scanner scanner{std::move(reader), quick()};
    auto result = scanner.run();
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->map.badUnits().units(), unitsOf(bad));
    EXPECT_TRUE(result->map.suspectUnits().empty());
    EXPECT_TRUE(result->map.region(5).readError);
    EXPECT_FALSE(result->map.region(6).readError);
    EXPECT_EQ(result->progress.badUnits, 6u);
    // Narrowing reads the 4 failed 1 MiB requests in 64 KiB chunks, then unit
    // by unit only the chunks that failed (one in each request: the bad units
    // of 5 MiB share a chunk) and the failed 8 KiB tail (no smaller than a chunk).
    std::size_t unitReads = 0, chunkReads = 0;
    for (const auto& call : seam->calls()) {
        unitReads += call.length <= 4096 ? 1 : 0;
        chunkReads += call.length == 64 * KiB ? 1 : 0;
    }
    EXPECT_EQ(chunkReads, 4u * 16);
    EXPECT_EQ(unitReads, 4u * 16 + 2);
}

TEST(Scanner, NarrowsUnitByUnitWhenTheChunkIsTheUnit)
{
    SparseFile file{8 * MiB};
    auto reader = faulty(file);
    reader->addBad(3 * MiB + 5 * 4096, 4096);
    reader->addBad(6 * MiB, 64 * KiB + 1); // 17 units: across a 64 KiB chunk boundary
    auto* seam = reader.get();
    auto options = quick();
    options.narrowingChunkBytes = 4096;
    Scanner scanner{std::move(reader), options};
    auto result = scanner.run();
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->map.badUnits().unitCount(), 18u);
    EXPECT_TRUE(result->map.suspectUnits().empty());
    std::size_t unitReads = 0, otherSmallReads = 0;
    for (const auto& call : seam->calls()) {
        unitReads += call.length == 4096 ? 1 : 0;
        otherSmallReads += call.length > 4096 && call.length < MiB ? 1 : 0;
    }
    EXPECT_EQ(unitReads, 2u * 256);
    EXPECT_EQ(otherSmallReads, 0u);
}

TEST(Scanner, ChunksOfAFailedRequestThatReadAreNotReadUnitByUnit)
{
    SparseFile file{8 * MiB};
    auto reader = faulty(file);
    reader->addBad(6 * MiB + 60 * KiB, 8 * KiB); // units 15 and 16 of the request: two chunks fail
    auto* seam = reader.get();
    Scanner scanner{std::move(reader), quick()};
    auto result = scanner.run();
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->map.badUnits().units(), unitsOf({{6 * MiB + 60 * KiB, 8 * KiB}}));
    EXPECT_TRUE(result->map.suspectUnits().empty());
    EXPECT_FALSE(result->map.region(5).readError);
    EXPECT_TRUE(result->map.region(6).readError);
    std::vector<std::uint64_t> unitReads;
    for (const auto& call : seam->calls()) {
        if (call.length == 4096)
            unitReads.push_back(call.offset);
    }
    ASSERT_EQ(unitReads.size(), 32u); // the chunks at 6 MiB + 0 and + 64 KiB
    // Even units first, then odd ones: adjacent reads are never in flight
    // together (the block layer would merge them, and fail them together).
    for (std::size_t i = 0; i < unitReads.size(); ++i)
        EXPECT_EQ(unitReads[i] / 4096 % 2, i < 16 ? 0u : 1u) << i;
    std::sort(unitReads.begin(), unitReads.end());
    EXPECT_EQ(unitReads.front(), 6 * MiB);
    EXPECT_EQ(unitReads.back(), 6 * MiB + 128 * KiB - 4096);
}

TEST(Scanner, SkipsAheadOverAnErrorClusterThenComesBack)
{
    SparseFile file{64 * MiB};
    auto reader = faulty(file);
    reader->addBad(10 * MiB, 6 * MiB); // a dying area of 6 MiB
    auto* seam = reader.get();
    auto options = quick();
    options.inFlight = 1; // a strict order to check
    options.minSkipBytes = 2 * MiB;
    options.maxSkipBytes = 8 * MiB;
    Scanner scanner{std::move(reader), options};
    auto result = scanner.run();
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->map.badUnits().unitCount(), 6 * MiB / 4096);
    EXPECT_EQ(result->map.badUnits().ranges().front().first, 10 * MiB / 4096);
    EXPECT_TRUE(result->map.suspectUnits().empty());
    EXPECT_EQ(result->map.scannedRegions(), 64u);

    const auto calls = seam->calls();
    // Forward pass: 10 MiB fails, skip 2 MiB (11,12 not read), 13 MiB fails,
    // skip 4 MiB (14..17), 18 MiB reads fine and the pass goes on.
    std::vector<std::uint64_t> forward;
    for (const auto& c : calls) {
        if (c.length == MiB)
            forward.push_back(c.offset / MiB);
    }
    ASSERT_GE(forward.size(), 15u);
    EXPECT_EQ(std::vector<std::uint64_t>(forward.begin() + 9, forward.begin() + 13),
              (std::vector<std::uint64_t>{9, 10, 13, 18}));
    // The skipped areas come back afterwards, backwards: 17, 16, 15, 14, 12, 11.
    const auto firstSkippedRead = std::find(forward.begin() + 13, forward.end(), 17u);
    ASSERT_NE(firstSkippedRead, forward.end());
    EXPECT_EQ(std::vector<std::uint64_t>(firstSkippedRead, firstSkippedRead + 6),
              (std::vector<std::uint64_t>{17, 16, 15, 14, 12, 11}));
    EXPECT_EQ(*std::max_element(forward.begin(), firstSkippedRead), 63u); // the forward pass finished first
    EXPECT_EQ(result->progress.failedRequests, 6u);
}

TEST(Scanner, SlowRegionLandsInASlowBucketOnly)
{
    SparseFile file{24 * MiB};
    auto reader = faulty(file);
    reader->addSlow(7 * MiB, MiB, 25ms); // 20..50 ms: bucket 2
    auto options = quick();
    options.inFlight = 2;
    Scanner scanner{std::move(reader), options};
    auto result = scanner.run();
    ASSERT_TRUE(result.ok());
    for (std::uint64_t r = 0; r < 24; ++r) {
        if (r == 7)
            EXPECT_EQ(result->map.region(r).bucket, 2u);
        else
            EXPECT_LE(result->map.region(r).bucket.value_or(99), 1u) << r;
    }
}

TEST(Scanner, GivesUpOnARequestOverTheTimeLimit)
{
    SparseFile file{16 * MiB};
    auto reader = faulty(file);
    reader->addSlow(4 * MiB, MiB, 1500ms);
    auto options = quick();
    options.requestTimeLimit = 200ms;
    options.inFlight = 2;
    Scanner scanner{std::move(reader), options};
    const auto t0 = std::chrono::steady_clock::now();
    auto result = scanner.run();
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_TRUE(result->map.region(4).timedOut);
    EXPECT_TRUE(result->map.region(4).readError); // suspect, not narrowed
    EXPECT_EQ(result->map.suspectUnits().unitCount(), 256u);
    EXPECT_TRUE(result->map.badUnits().empty());
    EXPECT_EQ(result->progress.timedOutRequests, 1u);
    EXPECT_EQ(result->map.scannedRegions(), 16u); // everything else was read meanwhile
    (void)t0;
}

TEST(Scanner, PausesResumesAndCancels)
{
    SparseFile file{256 * MiB};
    auto reader = faulty(file);
    reader->addSlow(0, 256 * MiB, 2ms);
    auto options = quick();
    options.inFlight = 2;
    Scanner scanner{std::move(reader), options};
    std::atomic<int> callbacks{0};
    scanner.setProgressCallback([&](const ScanProgress&) { ++callbacks; }, 0ms);
    std::optional<Result<ScanResult>> result;
    std::thread worker([&] { result.emplace(scanner.run()); });
    while (scanner.progress().bytesDone < 8 * MiB)
        std::this_thread::sleep_for(1ms);
    scanner.pause();
    std::this_thread::sleep_for(50ms); // in-flight requests drain
    const auto paused = scanner.progress().bytesDone;
    std::this_thread::sleep_for(100ms);
    EXPECT_EQ(scanner.progress().bytesDone, paused);
    EXPECT_TRUE(scanner.progress().paused);
    scanner.resume();
    while (scanner.progress().bytesDone < paused + 8 * MiB)
        std::this_thread::sleep_for(1ms);
    EXPECT_FALSE(scanner.progress().paused);
    const auto progress = scanner.progress();
    EXPECT_GT(progress.bytesPerSecond, 0u);
    EXPECT_TRUE(progress.eta.has_value());
    scanner.cancel();
    worker.join();
    ASSERT_TRUE(result && result->ok());
    EXPECT_TRUE((*result)->cancelled);
    EXPECT_LT((*result)->map.scannedRegions(), 256u);
    EXPECT_GE((*result)->map.scannedRegions(), 16u);
    EXPECT_GT(callbacks.load(), 10);
}

TEST(Scanner, ThrottleCapsTheRate)
{
    SparseFile file{16 * MiB};
    auto options = quick();
    options.maxBytesPerSecond = 40 * MiB;
    auto reader = DeviceReader::open(file.path());
    Scanner scanner{std::move(reader.value()), options};
    const auto t0 = std::chrono::steady_clock::now();
    auto result = scanner.run();
    const auto took = std::chrono::steady_clock::now() - t0;
    ASSERT_TRUE(result.ok());
    // 16 MiB at 40 MiB/s: the last request may start after 15/40 s.
    EXPECT_GE(took, 350ms);
    EXPECT_LE(result->progress.bytesPerSecond, 48 * MiB);
}

TEST(Scanner, BacksOffWhenErrorsGrow)
{
    SparseFile file{8 * MiB};
    auto reader = faulty(file);
    reader->addBad(0, 8 * MiB);
    auto options = quick();
    options.errorBackoff = 2ms;
    options.errorBackoffMax = 4ms;
    options.inFlight = 1;
    options.requestBytes = MiB;
    options.regionBytes = MiB;
    Scanner scanner{std::move(reader), options};
    const auto t0 = std::chrono::steady_clock::now();
    auto result = scanner.run();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->map.badUnits().unitCount(), 2048u);
    // ~2056 failed reads, nearly all waiting the 4 ms cap.
    EXPECT_GE(std::chrono::steady_clock::now() - t0, 2000 * 3ms);
}

TEST(Scanner, StopsOnAFatalError)
{
    SparseFile file{8 * MiB};
    auto reader = faulty(file);
    reader->failFatally(Error::NotFound);
    Scanner scanner{std::move(reader), quick()};
    EXPECT_EQ(scanner.run().error(), Error::NotFound);
}

TEST(Scanner, RejectsAUnitThatIsNoBlockMultiple)
{
    SparseFile file{8 * MiB};
    auto options = quick();
    options.unitBytes = 3000;
    Scanner scanner{std::move(DeviceReader::open(file.path()).value()), options};
    EXPECT_EQ(scanner.run().error(), Error::InvalidArgument);
    options.unitBytes = 4096;
    options.startBytes = 9 * MiB;
    Scanner outside{std::move(DeviceReader::open(file.path()).value()), options};
    EXPECT_EQ(outside.run().error(), Error::InvalidArgument);
}

TEST(Scanner, ScansOnlyTheRangeAsked)
{
    SparseFile file{16 * MiB};
    auto options = quick();
    options.startBytes = 4 * MiB;
    options.endBytes = 6 * MiB + 1;
    Scanner scanner{std::move(DeviceReader::open(file.path()).value()), options};
    auto result = scanner.run();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->map.scannedRegions(), 3u);
    EXPECT_TRUE(result->map.region(6).scanned);
    EXPECT_FALSE(result->map.region(3).scanned);
    EXPECT_EQ(result->progress.bytesDone, 2 * MiB + 4096);
}

TEST(VerifyWriter, RewritesPickedUnitsWithoutChangingThem)
{
    SparseFile file{4 * MiB};
    {
        std::ofstream out(file.path(), std::ios::binary | std::ios::in | std::ios::out);
        out.seekp(8192);
        out << std::string(4096, 'd');
    }
    auto reader = faulty(file, DeviceReader::Access::ReadWrite);
    reader->addBad(5 * 4096, 4096);
    VerifyWriter writer{*reader, 4096};
    auto results = writer.run({2, 5, 7});
    ASSERT_TRUE(results.ok()) << results.status().message();
    ASSERT_EQ(results->size(), 3u);
    EXPECT_EQ((*results)[0].outcome, VerifyWriter::Outcome::Verified);
    EXPECT_EQ((*results)[1].outcome, VerifyWriter::Outcome::Unreadable);
    EXPECT_EQ((*results)[2].outcome, VerifyWriter::Outcome::Verified);
    EXPECT_EQ(reader->writes(), 2); // never the unreadable one
    std::ifstream in(file.path(), std::ios::binary);
    in.seekg(8192);
    std::string back(4096, '\0');
    in.read(back.data(), 4096);
    EXPECT_EQ(back, std::string(4096, 'd'));
    EXPECT_EQ(writer.run({1024}).error(), Error::InvalidArgument);
}

TEST(VerifyWriter, NeedsAWritableDevice)
{
    SparseFile file{MiB};
    auto reader = faulty(file);
    VerifyWriter writer{*reader, 4096};
    EXPECT_EQ(writer.run({1}).error(), Error::NotSupported);
    EXPECT_EQ(reader->writes(), 0);
}
