#include "version.h"

#include "dmremap/config.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>

TEST(Version, IsSemanticVersionOfTheProject)
{
    const std::string v{dmremap::version()};
    EXPECT_TRUE(std::regex_match(v, std::regex{R"(\d+\.\d+\.\d+)"})) << v;
    EXPECT_EQ(v, DMREMAP_VERSION);
}
