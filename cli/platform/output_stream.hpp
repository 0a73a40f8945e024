// SPDX-License-Identifier: MIT
#pragma once
// Standard output as a stream that remembers why a write failed, so a closed pipe can end the
// program quietly and any other failure can say what it was (ENOSPC, EBADF).

#include <array>
#include <ostream>
#include <streambuf>

namespace ntnu {

// A buffer writing to a file descriptor. After the first failed write it drops the rest, and
// error() tells the errno of that write.
class DescriptorBuffer : public std::streambuf {
public:
    explicit DescriptorBuffer(int fd);
    DescriptorBuffer(const DescriptorBuffer&) = delete;
    DescriptorBuffer& operator=(const DescriptorBuffer&) = delete;
    ~DescriptorBuffer() override;

    // 0 while every write succeeded; else the errno of the first that failed.
    int error() const { return error_; }

protected:
    int_type overflow(int_type c) override;
    int sync() override;

private:
    // Writes out what is buffered; false once a write has failed.
    bool drain();

    int fd_;
    int error_ = 0;
    std::array<char, 16 * 1024> buffer_{};
};

} // namespace ntnu
