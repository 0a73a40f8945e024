// SPDX-License-Identifier: MIT
#pragma once
// An open file descriptor that is closed on every way out of its scope.

#include <unistd.h>

namespace ntnu {

class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    int get() const { return fd_; }

private:
    int fd_;
};

} // namespace ntnu
