#include "remapstatus.h"

#include "dm-remap-parse.h"

#include <charconv>

namespace dmremap::dm {

Result<RemapStatus> RemapStatus::parse(std::string_view line)
{
    while (!line.empty() && (line.back() == '\n' || line.back() == ' '))
        line.remove_suffix(1);
    const std::string copy{line};
    dmr_status s{};
    if (dmr_parse_status(copy.c_str(), &s) != 0)
        return Status{Error::CorruptData, "remap status line '" + copy + "'"};
    RemapStatus r;
    r.version = s.version;
    r.state = dmr_state_name(s.state);
    r.unitBytes = s.unit_bytes;
    r.remapped = s.remapped;
    r.capacity = s.nr_slots;
    r.pending = s.pending;
    r.readErrors = s.read_errors;
    r.writeErrors = s.write_errors;
    r.autoRemaps = s.auto_remaps;
    r.manualRemaps = s.manual_remaps;
    r.generation = s.generation;
    r.validCopies = s.valid_copies;
    r.copies = s.nr_copies;
    return r;
}

namespace {

template<typename T>
bool number(std::string_view s, T& out)
{
    if (s.empty())
        return false;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size();
}

} // namespace

Result<std::vector<RemapEntry>> RemapEntry::parseList(std::string_view reply)
{
    std::vector<RemapEntry> entries;
    std::size_t lineNo = 0;
    while (!reply.empty()) {
        const auto nl = reply.find('\n');
        std::string_view line = reply.substr(0, nl);
        reply = nl == std::string_view::npos ? std::string_view{} : reply.substr(nl + 1);
        ++lineNo;
        if (line.empty())
            continue;
        std::string_view f[3];
        std::size_t n = 0;
        while (!line.empty() && n < 3) {
            const auto sp = line.find(' ');
            f[n++] = line.substr(0, sp);
            line = sp == std::string_view::npos ? std::string_view{} : line.substr(sp + 1);
        }
        RemapEntry e;
        bool ok = n == 3 && line.empty() && number(f[0], e.mainUnit);
        if (ok && f[2] == "pending")
            ok = f[1] == "-", e.pending = true;
        else if (ok && f[2] == "remapped")
            ok = number(f[1], e.slot) && e.slot != noSlot;
        else
            ok = false;
        if (!ok)
            return Status{Error::CorruptData, "remap list line " + std::to_string(lineNo)};
        entries.push_back(e);
    }
    return entries;
}

} // namespace dmremap::dm
