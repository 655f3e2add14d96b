#pragma once

#include <string_view>

namespace dmremap {

/// The project version, "MAJOR.MINOR.PATCH", as set in the top CMakeLists.txt.
std::string_view version();

} // namespace dmremap
