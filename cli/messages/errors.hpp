// SPDX-License-Identifier: MIT
#pragma once
// The two ways a command fails, each with its documented exit status; only main.cpp catches.

#include <stdexcept>
#include <string>

namespace ntnu {

enum ExitStatus : int {
    exit_ok = 0,
    exit_runtime = 1,
    exit_usage = 2,
    exit_within_window = 3,
    exit_closed = 4,
    exit_cannot_apply = 5, // the programme is closed to the group, or its intake is paused
};

// Bad command-line or environment input: exit 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Data or system trouble (unreadable data, no zone database): exit 1. May carry several lines.
class RuntimeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace ntnu
