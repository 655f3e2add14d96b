#include "devicevalidator.h"

#include <algorithm>
#include <cstring>

namespace dmremap::helper {

namespace {

bool validChars(const std::string& name, const char* extra)
{
    if (name.empty() || name.size() > 64 || name.find("..") != std::string::npos)
        return false;
    const auto alnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    if (!alnum(name[0]))
        return false;
    return std::all_of(name.begin(), name.end(),
                       [&](char c) { return alnum(c) || (c != '\0' && std::strchr(extra, c) != nullptr); });
}

} // namespace

DeviceValidator::DeviceValidator(const SystemProbe& probe)
    : m_probe(probe)
{
}

bool DeviceValidator::validName(const std::string& name)
{
    return validChars(name, "_.+:-");
}

bool DeviceValidator::validDmName(const std::string& name)
{
    return validChars(name, "_.+-");
}

Result<CheckedDevice> DeviceValidator::resolve(const std::string& name) const
{
    if (!validName(name))
        return Status{Error::InvalidArgument, "'" + name + "' is not a kernel block device name"};
    if (!m_probe.exists(name))
        return Status{Error::NotFound, "no block device '" + name + "'"};
    const auto devno = m_probe.devNo(name);
    const auto node = m_probe.deviceNode(name);
    if (!devno || !node)
        return Status{Error::NotFound, "no device node /dev/" + name};
    if (!node->blockDevice)
        return Status{Error::InvalidArgument, "/dev/" + name + " is not a block device node"};
    if (node->uid != 0)
        return Status{Error::InvalidArgument, "/dev/" + name + " is not owned by root"};
    if (!(node->rdev == *devno))
        return Status{Error::InvalidArgument, "/dev/" + name + " does not match the kernel's device " + name};
    CheckedDevice d;
    d.name = name;
    d.path = "/dev/" + name;
    d.devno = *devno;
    d.disk = m_probe.diskOf(name);
    d.sizeSectors = m_probe.sizeSectors(name);
    if (d.sizeSectors == 0)
        return Status{Error::InvalidArgument, name + " has no media (size 0)"};
    return d;
}

Status DeviceValidator::checkNotInUse(const CheckedDevice& device) const
{
    std::vector<std::string> names{device.name};
    if (device.disk == device.name) {
        const auto parts = m_probe.partitionsOf(device.name);
        names.insert(names.end(), parts.begin(), parts.end());
    }
    const auto mounted = m_probe.mounted();
    const auto swaps = m_probe.swaps();
    for (const auto& n : names) {
        const auto devno = m_probe.devNo(n);
        if (devno && std::find(mounted.begin(), mounted.end(), *devno) != mounted.end())
            return Status{Error::Busy, n + " is mounted"};
        if (devno && std::find(swaps.begin(), swaps.end(), *devno) != swaps.end())
            return Status{Error::Busy, n + " is in use as swap"};
        const auto h = m_probe.holders(n);
        if (!h.empty())
            return Status{Error::Busy, n + " is in use by " + h.front()};
    }
    return {};
}

std::set<std::string> DeviceValidator::underlyingDisks(const std::string& name) const
{
    std::set<std::string> disks;
    std::vector<std::string> todo{name};
    std::set<std::string> seen;
    while (!todo.empty()) {
        const std::string n = todo.back();
        todo.pop_back();
        if (!seen.insert(n).second || seen.size() > 256)
            continue;
        const auto s = m_probe.slaves(n);
        if (s.empty())
            disks.insert(m_probe.diskOf(n));
        todo.insert(todo.end(), s.begin(), s.end());
    }
    return disks;
}

Status DeviceValidator::checkDistinct(const CheckedDevice& main, const CheckedDevice& spare) const
{
    if (main.devno == spare.devno)
        return Status{Error::InvalidArgument, "the spare device is the main device"};
    const auto a = underlyingDisks(main.name);
    for (const auto& d : underlyingDisks(spare.name)) {
        if (a.count(d))
            return Status{Error::InvalidArgument,
                          "the spare " + spare.name + " and the main device " + main.name + " share the disk " + d};
    }
    return {};
}

} // namespace dmremap::helper
