// dmremap-spare: formats and checks the dm-remap metadata on a spare device.
//
//   dmremap-spare format <main> <spare> [--unit BYTES] [--force]
//   dmremap-spare check <spare>... [--json]
//
// Exit status of check: 0 every copy valid, 1 usable but a copy is damaged
// (the kernel target repairs it on load), 2 no usable metadata, 64 usage.
#include "spare/spareformatter.h"
#include "spare/sparereader.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/stat.h>

using namespace dmremap;
using namespace dmremap::spare;

namespace {

int usage()
{
    std::cerr << "usage: dmremap-spare format <main> <spare> [--unit BYTES] [--force]\n"
                 "       dmremap-spare check <spare>... [--json]\n";
    return 64;
}

std::string uuidString(const std::uint8_t* u)
{
    char s[37];
    std::snprintf(s, sizeof(s), "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", u[0], u[1],
                  u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14], u[15]);
    return s;
}

std::string jsonString(const std::string& s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char b[8];
            std::snprintf(b, sizeof(b), "\\u%04x", c);
            out += b;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

int exitCode(const SpareReport& r)
{
    if (!r.usable)
        return 2;
    return r.validCopies() == r.copies.size() ? 0 : 1;
}

void printJson(const std::string& path, const SpareReport& r)
{
    std::ostringstream o;
    o << "{\"spare\":" << jsonString(path) << ",\"found\":" << (r.found ? "true" : "false")
      << ",\"usable\":" << (r.usable ? "true" : "false") << ",\"copies\":[";
    for (std::size_t i = 0; i < r.copies.size(); ++i) {
        const CopyReport& c = r.copies[i];
        o << (i ? "," : "") << "{\"index\":" << c.index << ",\"present\":" << (c.present ? "true" : "false")
          << ",\"valid\":" << (c.valid ? "true" : "false") << ",\"generation\":" << c.generation
          << ",\"problem\":" << (c.valid ? "null" : jsonString(c.problem)) << "}";
    }
    o << "]";
    if (r.usable) {
        const dmr_sb& sb = r.superblock;
        o << ",\"chosen_copy\":" << *r.chosenCopy << ",\"generation\":" << sb.generation
          << ",\"uuid\":" << jsonString(uuidString(sb.uuid)) << ",\"unit_bytes\":" << sb.layout.unit_bytes
          << ",\"main_sectors\":" << sb.main_sectors << ",\"main_id\":" << jsonString(sb.main_id)
          << ",\"spare_sectors\":" << sb.layout.spare_sectors
          << ",\"slot_offset_sectors\":" << sb.layout.slot_offset_sectors << ",\"nr_slots\":" << sb.layout.nr_slots
          << ",\"next_slot\":" << sb.next_slot << ",\"table_capacity\":" << sb.layout.table_capacity
          << ",\"remapped\":" << r.remapped << ",\"pending\":" << r.pending << ",\"entries\":[";
        for (std::size_t i = 0; i < r.entries.size(); ++i) {
            const SpareEntry& e = r.entries[i];
            o << (i ? "," : "") << "{\"main_unit\":" << e.mainUnit << ",\"slot\":";
            if (e.pending)
                o << "null";
            else
                o << e.slot;
            o << ",\"state\":\"" << (e.pending ? "pending" : "remapped") << "\",\"manual\":"
              << (e.manual ? "true" : "false") << "}";
        }
        o << "]";
    }
    o << "}\n";
    std::cout << o.str();
}

void printText(const std::string& path, const SpareReport& r)
{
    std::cout << "spare: " << path << "\n";
    if (!r.found) {
        std::cout << "no dm-remap metadata (blank or foreign device)\n";
        return;
    }
    for (const CopyReport& c : r.copies) {
        std::cout << "copy " << c.index << ": ";
        if (c.valid)
            std::cout << "valid, generation " << c.generation << "\n";
        else
            std::cout << "INVALID (" << c.problem << ")\n";
    }
    if (!r.usable) {
        std::cout << "no complete copy: the kernel target will refuse this spare\n";
        return;
    }
    const dmr_sb& sb = r.superblock;
    std::cout << "using copy " << *r.chosenCopy << ", generation " << sb.generation << "\n"
              << "uuid: " << uuidString(sb.uuid) << "\n"
              << "unit: " << sb.layout.unit_bytes << " bytes\n"
              << "main: " << sb.main_sectors << " sectors, id \"" << sb.main_id << "\"\n"
              << "slots: " << sb.next_slot << " used of " << sb.layout.nr_slots << " (slot area at sector "
              << sb.layout.slot_offset_sectors << ")\n"
              << "entries: " << r.remapped << " remapped, " << r.pending << " pending\n";
    for (const SpareEntry& e : r.entries) {
        std::cout << e.mainUnit << " ";
        if (e.pending)
            std::cout << "- pending\n";
        else
            std::cout << e.slot << " remapped" << (e.manual ? " manual" : "") << "\n";
    }
}

// check <spare>... [--json]: one report per spare, in order (with --json one
// JSON object per line); the exit status is the worst of them.
int check(const std::vector<std::string>& args)
{
    bool json = false;
    std::vector<std::string> paths;
    for (const std::string& a : args) {
        if (a == "--json")
            json = true;
        else if (!a.empty() && a[0] != '-')
            paths.push_back(a);
        else
            return usage();
    }
    if (paths.empty())
        return usage();
    int worst = 0;
    for (const std::string& path : paths) {
        auto dev = openBlockDevice(path, false);
        if (!dev) {
            std::cerr << "dmremap-spare: " << dev.status().message() << "\n";
            if (json)
                std::cout << "{\"spare\":" << jsonString(path) << ",\"found\":false,\"usable\":false,\"error\":"
                          << jsonString(dev.status().message()) << "}\n";
            worst = 2;
            continue;
        }
        const SpareReport r = readSpare(**dev);
        if (json)
            printJson(path, r);
        else
            printText(path, r);
        worst = std::max(worst, exitCode(r));
    }
    std::cout.flush();
    return worst;
}

bool sameDevice(const std::string& a, const std::string& b)
{
    struct stat sa {}, sb {};
    if (::stat(a.c_str(), &sa) || ::stat(b.c_str(), &sb))
        return false;
    if (S_ISBLK(sa.st_mode) && S_ISBLK(sb.st_mode))
        return sa.st_rdev == sb.st_rdev;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

int format(const std::vector<std::string>& args)
{
    FormatOptions opt;
    std::vector<std::string> paths;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--force") {
            opt.force = true;
        } else if (args[i] == "--unit" && i + 1 < args.size()) {
            char* end = nullptr;
            const unsigned long v = std::strtoul(args[++i].c_str(), &end, 10);
            if (!end || *end || v == 0 || v > DMR_UNIT_MAX_BYTES) {
                std::cerr << "dmremap-spare: invalid --unit\n";
                return 64;
            }
            opt.unitBytes = static_cast<std::uint32_t>(v);
        } else if (!args[i].empty() && args[i][0] != '-') {
            paths.push_back(args[i]);
        } else {
            return usage();
        }
    }
    if (paths.size() != 2)
        return usage();
    if (sameDevice(paths[0], paths[1])) {
        std::cerr << "dmremap-spare: the spare must differ from the main device\n";
        return 1;
    }
    auto main = openBlockDevice(paths[0], false);
    if (!main) {
        std::cerr << "dmremap-spare: " << main.status().message() << "\n";
        return 1;
    }
    auto spare = openBlockDevice(paths[1], true);
    if (!spare) {
        std::cerr << "dmremap-spare: " << spare.status().message() << "\n";
        return 1;
    }
    auto sb = formatSpare(**main, **spare, opt);
    if (!sb) {
        std::cerr << "dmremap-spare: " << sb.status().message() << "\n";
        return 1;
    }
    std::cout << "formatted " << paths[1] << " for " << paths[0] << ": uuid " << uuidString(sb->uuid) << ", unit "
              << sb->layout.unit_bytes << " bytes, " << sb->layout.nr_slots << " slots\n";
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2)
        return usage();
    const std::string cmd = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    if (cmd == "check")
        return check(args);
    if (cmd == "format")
        return format(args);
    return usage();
}
