#include "healthmapfile.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <unistd.h>

namespace dmremap {

namespace {

constexpr std::array<char, 8> magic{'D', 'M', 'R', 'H', 'M', 'A', 'P', '\0'};

class Writer
{
public:
    void u8(std::uint8_t v) { m_out.push_back(v); }
    void u32(std::uint32_t v)
    {
        for (int i = 0; i < 4; ++i)
            m_out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    }
    void u64(std::uint64_t v)
    {
        for (int i = 0; i < 8; ++i)
            m_out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    }
    void set(const UnitRangeSet& s)
    {
        u64(s.ranges().size());
        for (const auto& r : s.ranges()) {
            u64(r.first);
            u64(r.count);
        }
    }
    std::vector<std::uint8_t> m_out;
};

class Reader
{
public:
    explicit Reader(std::span<const std::uint8_t> in)
        : m_in(in)
    {
    }
    bool ok() const { return m_ok; }
    std::uint64_t take(int bytes)
    {
        if (m_pos + static_cast<std::size_t>(bytes) > m_in.size()) {
            m_ok = false;
            return 0;
        }
        std::uint64_t v = 0;
        for (int i = 0; i < bytes; ++i)
            v |= static_cast<std::uint64_t>(m_in[m_pos++]) << (8 * i);
        return v;
    }
    std::uint8_t u8() { return static_cast<std::uint8_t>(take(1)); }
    std::uint32_t u32() { return static_cast<std::uint32_t>(take(4)); }
    std::uint64_t u64() { return take(8); }
    bool set(UnitRangeSet& s, std::uint64_t unitLimit)
    {
        const std::uint64_t n = u64();
        if (!m_ok || n > remaining() / 16)
            return m_ok = false;
        std::uint64_t lastEnd = 0;
        for (std::uint64_t i = 0; i < n; ++i) {
            const std::uint64_t first = u64(), count = u64();
            if (count == 0 || first < lastEnd || first + count > unitLimit || first + count < first)
                return m_ok = false;
            s.insert(first, count);
            lastEnd = first + count;
        }
        return m_ok;
    }
    std::size_t remaining() const { return m_in.size() - m_pos; }
    std::size_t position() const { return m_pos; }

private:
    std::span<const std::uint8_t> m_in;
    std::size_t m_pos = 0;
    bool m_ok = true;
};

// Run-length encoding of the region bytes. Runs are long (a disk is mostly
// one latency bucket), so the bytes are compared eight at a time.
std::vector<std::pair<std::uint32_t, std::uint8_t>> regionRuns(const std::vector<std::uint8_t>& regions)
{
    std::vector<std::pair<std::uint32_t, std::uint8_t>> runs;
    const std::size_t n = regions.size();
    std::size_t i = 0;
    while (i < n) {
        const std::uint8_t byte = regions[i];
        const std::uint64_t pattern = 0x0101010101010101ull * byte;
        const std::size_t limit = std::min<std::size_t>(n, i + UINT32_MAX);
        std::size_t j = i + 1;
        for (std::uint64_t word; j + 8 <= limit; j += 8) {
            std::memcpy(&word, regions.data() + j, sizeof word);
            if (word != pattern)
                break;
        }
        while (j < limit && regions[j] == byte)
            ++j;
        runs.emplace_back(static_cast<std::uint32_t>(j - i), byte);
        i = j;
    }
    return runs;
}

constexpr std::array<std::uint32_t, 256> crcTable = [] {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}();

} // namespace

std::uint32_t crc32Ieee(std::span<const std::uint8_t> bytes, std::uint32_t crc)
{
    crc = ~crc;
    for (const auto b : bytes)
        crc = crcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

std::vector<std::uint8_t> HealthMapFile::serialize(const HealthMap& map)
{
    Writer w;
    for (char c : magic)
        w.u8(static_cast<std::uint8_t>(c));
    w.u32(version);
    w.u32(0);
    const auto& g = map.geometry();
    w.u64(g.deviceBytes);
    w.u32(g.regionBytes);
    w.u32(g.unitBytes);
    w.u32(static_cast<std::uint32_t>(map.buckets().limits().size()));
    for (const auto limit : map.buckets().limits())
        w.u64(static_cast<std::uint64_t>(limit.count()));
    const auto& regions = map.regionCodes();
    w.u64(regions.size());
    const std::vector<std::pair<std::uint32_t, std::uint8_t>> runs = regionRuns(regions);
    w.u64(runs.size());
    w.m_out.reserve(w.m_out.size() + runs.size() * 5 + 64);
    for (const auto& [length, byte] : runs) {
        w.u32(length);
        w.u8(byte);
    }
    w.set(map.badUnits());
    w.set(map.suspectUnits());
    w.set(map.pendingUnits());
    w.set(map.remappedUnits());
    w.u32(crc32Ieee(w.m_out));
    return std::move(w.m_out);
}

Result<HealthMap> HealthMapFile::deserialize(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < magic.size() + 8 || std::memcmp(bytes.data(), magic.data(), magic.size()) != 0)
        return Status{Error::CorruptData, "not a dm-remap health map"};
    Reader r{bytes};
    r.take(8);
    if (const auto v = r.u32(); v != version)
        return Status{Error::UnsupportedVersion, "health map version " + std::to_string(v)};
    if (bytes.size() < 4 || crc32Ieee(bytes.first(bytes.size() - 4))
            != Reader{bytes.subspan(bytes.size() - 4)}.u32())
        return Status{Error::CorruptData, "health map checksum mismatch"};
    r.u32(); // flags
    HealthMapGeometry g;
    g.deviceBytes = r.u64();
    g.regionBytes = r.u32();
    g.unitBytes = r.u32();
    if (!r.ok() || !g.validate())
        return Status{Error::CorruptData, "health map geometry"};
    const std::uint32_t limitCount = r.u32();
    if (limitCount > LatencyBuckets::maxLimits)
        return Status{Error::CorruptData, "health map bucket limits"};
    std::vector<std::chrono::microseconds> limits;
    for (std::uint32_t i = 0; i < limitCount; ++i)
        limits.emplace_back(static_cast<std::int64_t>(r.u64()));
    auto buckets = LatencyBuckets::fromLimits(limits);
    if (!r.ok() || !buckets)
        return Status{Error::CorruptData, "health map bucket limits"};
    const std::uint64_t regionCount = r.u64();
    if (regionCount != g.regionCount())
        return Status{Error::CorruptData, "health map region count"};
    const std::uint64_t runCount = r.u64();
    if (!r.ok() || runCount > r.remaining() / 5)
        return Status{Error::CorruptData, "health map runs"};
    std::vector<std::uint8_t> regions;
    regions.reserve(regionCount);
    for (std::uint64_t i = 0; i < runCount; ++i) {
        const std::uint32_t length = r.u32();
        const std::uint8_t byte = r.u8();
        if (!r.ok() || regions.size() + length > regionCount)
            return Status{Error::CorruptData, "health map runs"};
        regions.insert(regions.end(), length, byte);
    }
    if (regions.size() != regionCount)
        return Status{Error::CorruptData, "health map runs"};
    UnitRangeSet bad, suspect, pending, remapped;
    const std::uint64_t units = g.unitCount();
    if (!r.set(bad, units) || !r.set(suspect, units) || !r.set(pending, units) || !r.set(remapped, units))
        return Status{Error::CorruptData, "health map unit lists"};
    if (r.remaining() != 4)
        return Status{Error::CorruptData, "health map trailing data"};
    HealthMap map{g, *buckets};
    map.restore(std::move(regions), std::move(bad), std::move(suspect), std::move(pending), std::move(remapped));
    return map;
}

Status HealthMapFile::save(const HealthMap& map, const std::filesystem::path& path)
{
    std::error_code ec;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    if (ec)
        return Status::fromErrno(ec.value(), "create " + path.parent_path().string());
    const auto bytes = serialize(map);
    const std::string tmp = path.string() + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return Status::fromErrno(errno, "create " + tmp);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            return Status::fromErrno(err, "write " + tmp);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return Status::fromErrno(err, "fsync " + tmp);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return Status::fromErrno(err, "rename " + tmp);
    }
    // The rename is durable only once the directory is on disk too.
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path{"."};
    if (const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return {};
}

Result<HealthMap> HealthMapFile::load(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Status::fromErrno(errno ? errno : ENOENT, "open " + path.string());
    std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto map = deserialize(bytes);
    if (!map)
        return Status{map.error(), path.string() + ": " + map.status().context()};
    return map;
}

} // namespace dmremap
