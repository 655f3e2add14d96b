#include "error/result.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <set>

using namespace dmremap;

TEST(Error, EveryCodeHasADistinctNameAndAMessage)
{
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < errorCount; ++i) {
        const auto e = static_cast<Error>(i);
        EXPECT_FALSE(errorMessage(e).empty());
        EXPECT_TRUE(names.insert(errorName(e)).second) << errorName(e);
    }
    EXPECT_EQ(errorName(Error::Busy), "Busy");
    EXPECT_EQ(errorName(Error::InvalidArgument), "InvalidArgs");
    EXPECT_EQ(errorMessage(Error::NotAvailable), "The feature is not available on this device");
}

TEST(Error, ErrnoOfTheBlockLayerIsAMediumError)
{
    EXPECT_EQ(errorFromErrno(EIO), Error::MediumError);
    EXPECT_EQ(errorFromErrno(ENODATA), Error::MediumError); // BLK_STS_MEDIUM
    EXPECT_EQ(errorFromErrno(EBUSY), Error::Busy);
    EXPECT_EQ(errorFromErrno(ENOENT), Error::NotFound);
    EXPECT_EQ(errorFromErrno(ENOLINK), Error::IoError);
}

TEST(Error, StatusAndResultCarryTheContext)
{
    EXPECT_TRUE(Status{}.ok());
    const auto s = Status::fromErrno(EBUSY, "remove dmremap-sdb");
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(s.error(), Error::Busy);
    EXPECT_EQ(s.message().rfind("remove dmremap-sdb: ", 0), 0u) << s.message();

    Result<int> good{42};
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 42);
    EXPECT_TRUE(good.status().ok());
    Result<int> bad{Error::TimedOut, "read"};
    EXPECT_FALSE(bad.ok());
    EXPECT_EQ(bad.error(), Error::TimedOut);
    EXPECT_EQ(bad.status().message(), "read: The operation timed out");
}
