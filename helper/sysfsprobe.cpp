#include "sysfsprobe.h"

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace dmremap::helper {

namespace {

const fs::path classBlock{"/sys/class/block"};

std::string readLine(const fs::path& p)
{
    std::ifstream in(p);
    std::string line;
    std::getline(in, line);
    return line;
}

std::optional<DevNo> parseDevNo(const std::string& s)
{
    unsigned ma = 0, mi = 0;
    char colon = 0;
    std::istringstream in(s);
    if (!(in >> ma >> colon >> mi) || colon != ':')
        return std::nullopt;
    return DevNo{ma, mi};
}

std::vector<std::string> listDir(const fs::path& dir)
{
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        names.push_back(e.path().filename().string());
    return names;
}

} // namespace

std::optional<DeviceNode> SysfsProbe::deviceNode(const std::string& name) const
{
    struct stat st {};
    if (::lstat(("/dev/" + name).c_str(), &st) != 0)
        return std::nullopt;
    DeviceNode n;
    n.blockDevice = S_ISBLK(st.st_mode);
    n.uid = st.st_uid;
    n.rdev = {::major(st.st_rdev), ::minor(st.st_rdev)};
    return n;
}

bool SysfsProbe::exists(const std::string& name) const
{
    std::error_code ec;
    return fs::exists(classBlock / name / "dev", ec);
}

std::optional<DevNo> SysfsProbe::devNo(const std::string& name) const
{
    return parseDevNo(readLine(classBlock / name / "dev"));
}

std::string SysfsProbe::nameOf(DevNo devno) const
{
    std::error_code ec;
    const fs::path link = fs::read_symlink(
        "/sys/dev/block/" + std::to_string(devno.major) + ":" + std::to_string(devno.minor), ec);
    return ec ? std::string{} : link.filename().string();
}

std::string SysfsProbe::diskOf(const std::string& name) const
{
    std::error_code ec;
    if (!fs::exists(classBlock / name / "partition", ec))
        return name;
    const fs::path real = fs::canonical(classBlock / name, ec);
    return ec ? name : real.parent_path().filename().string();
}

std::vector<std::string> SysfsProbe::partitionsOf(const std::string& disk) const
{
    std::vector<std::string> parts;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(fs::path("/sys/block") / disk, ec)) {
        if (fs::exists(e.path() / "partition", ec))
            parts.push_back(e.path().filename().string());
    }
    return parts;
}

std::vector<std::string> SysfsProbe::holders(const std::string& name) const
{
    return listDir(classBlock / name / "holders");
}

std::vector<std::string> SysfsProbe::slaves(const std::string& name) const
{
    return listDir(classBlock / name / "slaves");
}

std::uint64_t SysfsProbe::sizeSectors(const std::string& name) const
{
    const std::string s = readLine(classBlock / name / "size");
    try {
        return s.empty() ? 0 : std::stoull(s);
    } catch (...) {
        return 0;
    }
}

std::vector<DevNo> SysfsProbe::mounted() const
{
    // mountinfo(5): field 3 is major:minor of st_dev of the mount's source.
    std::vector<DevNo> out;
    std::ifstream in("/proc/self/mountinfo");
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string id, parent, devno;
        if (fields >> id >> parent >> devno) {
            if (auto d = parseDevNo(devno))
                out.push_back(*d);
        }
    }
    return out;
}

std::vector<DevNo> SysfsProbe::swaps() const
{
    std::vector<DevNo> out;
    std::ifstream in("/proc/swaps");
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string path;
        struct stat st {};
        // The kernel escapes blanks in the path as \040; device paths have none.
        if (fields >> path && ::stat(path.c_str(), &st) == 0 && S_ISBLK(st.st_mode))
            out.push_back({::major(st.st_rdev), ::minor(st.st_rdev)});
    }
    return out;
}

std::vector<std::string> SysfsProbe::disks() const
{
    return listDir("/sys/block");
}

} // namespace dmremap::helper
