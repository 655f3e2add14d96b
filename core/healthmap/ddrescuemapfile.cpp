#include "ddrescuemapfile.h"

#include "version.h"

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace dmremap {

namespace {

bool isBlockStatus(char c)
{
    return c == '?' || c == '*' || c == '/' || c == '-' || c == '+';
}

bool isCurrentStatus(char c)
{
    return isBlockStatus(c) || c == 'F' || c == 'G';
}

std::vector<std::string_view> fields(std::string_view line)
{
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
            ++i;
        if (i > start)
            out.push_back(line.substr(start, i - start));
    }
    return out;
}

std::optional<std::uint64_t> number(std::string_view text)
{
    if (text.empty() || text[0] == '-' || text[0] == '+')
        return std::nullopt;
    const std::string s{text};
    char* end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(s.c_str(), &end, 0); // 0x.., 0.., decimal, as ddrescue
    if (errno != 0 || end != s.c_str() + s.size())
        return std::nullopt;
    return v;
}

std::string hex(std::uint64_t v, int width)
{
    char text[32];
    std::snprintf(text, sizeof text, "0x%0*" PRIX64, width, v);
    return text;
}

Status lineError(std::size_t line, const char* what)
{
    return Status{Error::CorruptData, "mapfile line " + std::to_string(line) + ": " + what};
}

} // namespace

Result<DdrescueMapfile> DdrescueMapfile::parse(std::string_view text)
{
    DdrescueMapfile map;
    bool haveStatusLine = false;
    std::size_t lineNumber = 0;
    while (!text.empty()) {
        const auto eol = text.find('\n');
        const std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
        ++lineNumber;
        if (!line.empty() && line[0] == '#') {
            if (!haveStatusLine) {
                auto comment = line.substr(1);
                if (!comment.empty() && comment[0] == ' ')
                    comment.remove_prefix(1);
                map.comments.emplace_back(comment);
            }
            continue;
        }
        const auto f = fields(line);
        if (f.empty())
            continue;
        if (!haveStatusLine) {
            // current_pos current_status [current_pass]
            const auto pos = number(f[0]);
            if (!pos || f.size() < 2 || f.size() > 3 || f[1].size() != 1 || !isCurrentStatus(f[1][0]))
                return lineError(lineNumber, "bad status line");
            map.currentPosBytes = *pos;
            map.currentStatus = f[1][0];
            map.currentPass = 0;
            if (f.size() == 3) {
                const auto pass = number(f[2]);
                if (!pass || *pass < 1 || *pass > 5)
                    return lineError(lineNumber, "bad current_pass");
                map.currentPass = static_cast<int>(*pass);
            }
            haveStatusLine = true;
            continue;
        }
        const auto pos = f.size() == 3 ? number(f[0]) : std::nullopt;
        const auto size = f.size() == 3 ? number(f[1]) : std::nullopt;
        if (!pos || !size || *size == 0 || f[2].size() != 1 || !isBlockStatus(f[2][0]))
            return lineError(lineNumber, "bad block line");
        if (!map.blocks.empty() && *pos < map.blocks.back().endBytes())
            return lineError(lineNumber, "blocks overlap or are not sorted");
        if (*pos + *size < *pos)
            return lineError(lineNumber, "block overflows");
        map.blocks.push_back({*pos, *size, f[2][0]});
    }
    if (!haveStatusLine)
        return Status{Error::CorruptData, "mapfile without status line"};
    return map;
}

std::string DdrescueMapfile::serialize() const
{
    std::ostringstream out;
    for (const auto& comment : comments)
        out << "# " << comment << '\n';
    // Column layout of ddrescue's own mapfiles (mapbook.cc), so tools that
    // diff mapfiles see no difference.
    out << hex(currentPosBytes, 8) << "     " << currentStatus;
    if (currentPass > 0)
        out << "               " << currentPass;
    out << '\n';
    out << "#      pos        size  status\n";
    for (const auto& b : blocks)
        out << hex(b.posBytes, 8) << "  " << hex(b.sizeBytes, 8) << "  " << b.status << '\n';
    return out.str();
}

Result<DdrescueMapfile> DdrescueMapfile::load(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        return Status::fromErrno(errno ? errno : ENOENT, "open " + path);
    std::stringstream text;
    text << in.rdbuf();
    auto map = parse(text.str());
    if (!map)
        return Status{map.error(), path + ": " + map.status().context()};
    return map;
}

Status DdrescueMapfile::save(const std::string& path) const
{
    std::ofstream out(path, std::ios::trunc);
    if (!out)
        return Status::fromErrno(errno ? errno : EACCES, "create " + path);
    out << serialize();
    out.close();
    if (!out)
        return Status{Error::IoError, "write " + path};
    return {};
}

DdrescueMapfile DdrescueMapfile::fromHealthMap(const HealthMap& map)
{
    DdrescueMapfile out;
    const auto& g = map.geometry();
    out.comments = {"Mapfile. Created by dm-remap version " + std::string{version()},
                    "Command line: dm-remap health map export"};
    auto append = [&out](std::uint64_t pos, std::uint64_t size, char status) {
        if (size == 0)
            return;
        if (!out.blocks.empty() && out.blocks.back().status == status && out.blocks.back().endBytes() == pos)
            out.blocks.back().sizeBytes += size;
        else
            out.blocks.push_back({pos, size, status});
    };
    std::optional<std::uint64_t> firstUnscanned;
    const std::uint64_t perRegion = g.unitsPerRegion();
    for (std::uint64_t r = 0; r < map.regionCount(); ++r) {
        const std::uint64_t start = r * g.regionBytes;
        const std::uint64_t end = std::min<std::uint64_t>(start + g.regionBytes, g.deviceBytes);
        if (!map.region(r).scanned) {
            if (!firstUnscanned)
                firstUnscanned = start;
            append(start, end - start, '?');
            continue;
        }
        // Walk the region's bad and suspect units in order; the gaps are good.
        std::uint64_t pos = start;
        const auto bad = map.badUnits().slice(r * perRegion, perRegion);
        const auto suspect = map.suspectUnits().slice(r * perRegion, perRegion);
        auto b = bad.ranges().begin();
        auto s = suspect.ranges().begin();
        while (b != bad.ranges().end() || s != suspect.ranges().end()) {
            const bool takeBad = s == suspect.ranges().end() || (b != bad.ranges().end() && b->first < s->first);
            const auto& range = takeBad ? *b++ : *s++;
            const std::uint64_t from = range.first * g.unitBytes;
            const std::uint64_t to = std::min<std::uint64_t>(range.end() * g.unitBytes, end);
            append(pos, from - pos, '+');
            append(from, to - from, takeBad ? '-' : '*');
            pos = to;
        }
        append(pos, end - pos, '+');
    }
    out.currentStatus = firstUnscanned ? '?' : '+';
    out.currentPosBytes = firstUnscanned.value_or(g.deviceBytes);
    out.currentPass = 1;
    out.comments.push_back(firstUnscanned ? "Copying non-tried blocks... Pass 1 (forwards)" : "Finished");
    out.comments.push_back("current_pos  current_status  current_pass");
    return out;
}

Result<HealthMap> DdrescueMapfile::toHealthMap(HealthMapGeometry geometry, LatencyBuckets buckets) const
{
    if (geometry.deviceBytes == 0)
        geometry.deviceBytes = coveredBytes();
    if (coveredBytes() > geometry.deviceBytes)
        return Status{Error::InvalidArgument, "the mapfile covers more than the device"};
    auto created = HealthMap::create(geometry, std::move(buckets));
    if (!created)
        return created;
    HealthMap& map = created.value();
    const std::uint64_t unit = geometry.unitBytes;
    for (const auto& b : blocks) {
        const std::uint64_t firstUnit = b.posBytes / unit;
        const std::uint64_t unitCount = (b.endBytes() + unit - 1) / unit - firstUnit;
        switch (b.status) {
        case '+':
            map.recordReadOk(b.posBytes, b.sizeBytes);
            break;
        case '-':
            map.markBad(firstUnit, unitCount);
            break;
        case '*':
        case '/':
            map.markSuspect(firstUnit, unitCount);
            break;
        default:
            break;
        }
    }
    return created;
}

} // namespace dmremap
