#include "assembler.h"

#include "helperlog.h"

#include "spare/blockdevice.h"
#include "spare/sparereader.h"

#include <map>

namespace dmremap::helper {

namespace {

struct Candidate {
    CheckedDevice device;
    std::string identity;
};

bool skipName(const std::string& n)
{
    return n.rfind("ram", 0) == 0 || n.rfind("zram", 0) == 0 || n.rfind("loop", 0) == 0 || n.rfind("sr", 0) == 0;
}

} // namespace

Assembler::Assembler(HelperContext& context, const DeviceValidator& validator)
    : m_context(context)
    , m_validator(validator)
{
}

Assembler::Outcome Assembler::run()
{
    Outcome out;
    std::vector<Candidate> devices;
    for (const std::string& disk : m_context.probe->disks()) {
        if (skipName(disk))
            continue;
        std::vector<std::string> names{disk};
        for (const auto& p : m_context.probe->partitionsOf(disk))
            names.push_back(p);
        for (const auto& n : names) {
            auto d = m_validator.resolve(n);
            if (!d || !m_context.probe->holders(n).empty())
                continue; // in use already (assembled, mounted through LVM, ...)
            devices.push_back({*d, spare::sysfsIdentity(d->devno.major, d->devno.minor)});
        }
    }
    bool needModule = true;
    for (const Candidate& c : devices) {
        auto dev = spare::openBlockDevice(c.device.path, false);
        if (!dev)
            continue;
        const spare::SpareReport report = spare::readSpare(**dev);
        if (!report.found)
            continue;
        if (!report.usable) {
            out.failed.push_back(c.device.name + ": dm-remap metadata found but no copy is complete");
            continue;
        }
        const std::string id = report.superblock.main_id;
        if (id.empty()) {
            out.skipped.push_back(c.device.name + ": the spare recorded no identity of its main device");
            continue;
        }
        std::vector<const Candidate*> mains;
        for (const Candidate& m : devices) {
            if (&m != &c && m.identity == id && m.device.sizeSectors == report.superblock.main_sectors)
                mains.push_back(&m);
        }
        if (mains.size() != 1) {
            out.skipped.push_back(c.device.name + ": " + std::to_string(mains.size()) +
                                  " devices match the main identity '" + id + "'");
            continue;
        }
        const CheckedDevice& main = mains.front()->device;
        if (auto s = m_validator.checkDistinct(main, c.device); !s) {
            out.skipped.push_back(c.device.name + ": " + s.message());
            continue;
        }
        if (needModule) {
            auto v = m_context.dm->targetVersion("remap");
            if (!(v && v->has_value())) {
                if (auto s = m_context.moduleLoader->load("dm-remap"); !s) {
                    out.failed.push_back(s.message());
                    return out;
                }
            }
            needModule = false;
        }
        const std::string name = "remap-" + main.name;
        dm::RemapTable table;
        table.mainDevice = main.path;
        table.spareDevice = c.device.path;
        table.lengthSectors = main.sizeSectors;
        if (auto s = m_context.dm->createRemap(name, table); !s) {
            out.failed.push_back(name + ": " + s.message());
            continue;
        }
        out.assembled.push_back(name);
    }
    for (const auto& n : out.assembled)
        qCInfo(dmremapHelper, "assembled %s", n.c_str());
    for (const auto& n : out.skipped)
        qCInfo(dmremapHelper, "not assembled: %s", n.c_str());
    for (const auto& n : out.failed)
        qCWarning(dmremapHelper, "assembly failed: %s", n.c_str());
    return out;
}

} // namespace dmremap::helper
