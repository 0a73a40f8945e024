#include "atomic_file.hpp"

#include "errors.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace ntnu {
namespace {

[[noreturn]] void fail(const std::string& path, int error) {
    throw RuntimeError(fmt::format("cannot write {}: {}", path, std::strerror(error)));
}

std::string directory_of(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

} // namespace

void write_file_atomically(const std::string& path, std::string_view content, Overwrite overwrite) {
    if (path.empty()) {
        throw UsageError("-o needs a file name");
    }
    struct stat existing {};
    if (::lstat(path.c_str(), &existing) == 0) {
        if (S_ISDIR(existing.st_mode)) {
            throw RuntimeError(fmt::format("cannot write {}: {}", path, std::strerror(EISDIR)));
        }
        if (overwrite == Overwrite::refuse) {
            throw UsageError(fmt::format("{} already exists; add --force to overwrite it", path));
        }
    }
    const std::string dir = directory_of(path);
    std::string pattern = (dir == "/" ? std::string("/") : dir + "/") + ".ntnu-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        fail(path, errno);
    }
    const std::string temp(name.data());
    const auto abandon = [&](int error) {
        ::close(fd);
        ::unlink(temp.c_str());
        fail(path, error);
    };
    // mkstemp creates 0600; a calendar file is as readable as any other the user writes.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(fd, 0666 & ~mask) != 0) {
        abandon(errno);
    }
    std::string_view rest = content;
    while (!rest.empty()) {
        const ssize_t n = ::write(fd, rest.data(), rest.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            abandon(errno);
        }
        rest.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::fsync(fd) != 0) {
        abandon(errno);
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        fail(path, error);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        fail(path, error);
    }
}

} // namespace ntnu
