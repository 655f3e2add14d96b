#include "options.h"

#include <QDBusVariant>

#include <gtest/gtest.h>

using namespace dmremap;
using namespace dmremap::helper;

TEST(Options, KnownKeysOfTheRightTypeAreAccepted)
{
    auto o = Options::parse({{QStringLiteral("auth.no_user_interaction"), true},
                             {QStringLiteral("retries"), QVariant::fromValue(uint(3))}},
                            {{"retries", QMetaType::UInt}, {"zero_fill", QMetaType::Bool}});
    ASSERT_TRUE(o.ok());
    EXPECT_TRUE(o->noUserInteraction());
    EXPECT_EQ(o->u32("retries", 8), 3u);
    EXPECT_FALSE(o->boolean("zero_fill", false));
    EXPECT_FALSE(o->has("zero_fill"));
}

TEST(Options, UnknownKeysAndWrongTypesAreInvalidArgs)
{
    auto unknown = Options::parse({{QStringLiteral("retires"), QVariant::fromValue(uint(3))}},
                                  {{"retries", QMetaType::UInt}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error(), Error::InvalidArgument);
    EXPECT_NE(unknown.status().message().find("retires"), std::string::npos);

    // int (i) is not uint32 (u); a string is not a bool.
    EXPECT_FALSE(Options::parse({{QStringLiteral("retries"), QVariant::fromValue(3)}}, {{"retries", QMetaType::UInt}}).ok());
    EXPECT_FALSE(Options::parse({{QStringLiteral("auth.no_user_interaction"), QStringLiteral("yes")}}).ok());
    EXPECT_FALSE(Options::parse({{QStringLiteral("x"), QVariant()}}).ok());
}

TEST(Options, AValueWrappedTwiceIsUnwrapped)
{
    auto o = Options::parse({{QStringLiteral("auth.no_user_interaction"), QVariant::fromValue(QDBusVariant(true))}});
    ASSERT_TRUE(o.ok());
    EXPECT_TRUE(o->noUserInteraction());
}
