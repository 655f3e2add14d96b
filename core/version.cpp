#include "version.h"

#include "dmremap/config.h"

namespace dmremap {

std::string_view version()
{
    return DMREMAP_VERSION;
}

} // namespace dmremap
