// The catalog cache tells builds apart by the program's build ID: without one it would take
// an entry an older build wrote (and turns itself off), so the build must have one.

#include "program_build_id.hpp"

#include <gtest/gtest.h>

namespace ntnu {
namespace {

TEST(ProgramBuildId, TheProgramHasOneAndItIsStable) {
    const std::string_view id = program_build_id();
    EXPECT_GE(id.size(), 8U); // GNU ld writes 20 bytes (SHA-1) by default
    EXPECT_EQ(program_build_id(), id);
}

} // namespace
} // namespace ntnu
