#include "formatjob.h"

#include "spare/blockdevice.h"

namespace dmremap::helper {

Job::Work formatSpareWork(std::string mainPath, std::string sparePath, spare::FormatOptions options)
{
    return [=](JobControl& control) -> Status {
        control.report({0, 1, 0, -1, "writing", 0});
        auto main = spare::openBlockDevice(mainPath, false);
        if (!main)
            return main.status();
        auto spare = spare::openBlockDevice(sparePath, true);
        if (!spare)
            return spare.status();
        auto sb = spare::formatSpare(**main, **spare, options);
        if (!sb)
            return sb.status();
        control.report({1, 1, 0, 0, "done", 0});
        control.setMessage("formatted " + sparePath + " as the spare of " + mainPath + ": " +
                           std::to_string(sb->layout.nr_slots) + " slots of " +
                           std::to_string(sb->layout.unit_bytes) + " bytes");
        return {};
    };
}

} // namespace dmremap::helper
