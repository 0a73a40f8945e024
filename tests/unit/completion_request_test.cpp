// SPDX-License-Identifier: MIT
// The completion callback's fast path takes only the exact shapes the completion scripts send;
// anything else must go through the full parser, which owns every error message.

#include "cmd_completion.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace ntnu {
namespace {

std::optional<CompletionRequest> request(std::vector<const char*> args) {
    args.insert(args.begin(), "ntnu");
    return plain_completion_request(static_cast<int>(args.size()), args.data());
}

TEST(CompletionRequest, TakesTheShapesTheScriptsSend) {
    const auto plain = request({"__complete", "programmes"});
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->kind, "programmes");
    EXPECT_EQ(plain->data, "");
    const auto with_data = request({"__complete", "programmes", "--data", "my.toml"});
    ASSERT_TRUE(with_data);
    EXPECT_EQ(with_data->kind, "programmes");
    EXPECT_EQ(with_data->data, "my.toml");
}

TEST(CompletionRequest, LeavesEverythingElseToTheParser) {
    EXPECT_FALSE(request({}));
    EXPECT_FALSE(request({"__complete"}));
    EXPECT_FALSE(request({"__complete", "--help"}));
    EXPECT_FALSE(request({"__complete", ""}));
    EXPECT_FALSE(request({"__complete", "programmes", "--data", ""}));
    EXPECT_FALSE(request({"__complete", "programmes", "extra"}));
    EXPECT_FALSE(request({"__complete", "programmes", "--data"}));
    EXPECT_FALSE(request({"__complete", "programmes", "--data=my.toml", "x"}));
    EXPECT_FALSE(request({"__complete", "programmes", "--now", "2026-11-27"}));
    EXPECT_FALSE(request({"__complete", "programmes", "--data", "-x"}));
    EXPECT_FALSE(request({"--data", "my.toml", "__complete", "programmes"}));
    EXPECT_FALSE(request({"deadline", "programmes"}));
}

} // namespace
} // namespace ntnu
