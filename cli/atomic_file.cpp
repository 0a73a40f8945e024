#include "atomic_file.hpp"

#include "errors.hpp"
#include "input_errors.hpp"

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

[[noreturn]] void fail(const std::string& path, int error, const Language& lang) {
    throw RuntimeError(lang.format(Msg::error_cannot_write, fmt::arg("path", path),
                                   fmt::arg("reason", system_error_text(error, lang))));
}

// Writes into a device or FIFO that already exists (/dev/stdout, /dev/null, a named pipe).
void write_in_place(const std::string& path, std::string_view content, const Language& lang) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        fail(path, errno, lang);
    }
    std::string_view rest = content;
    while (!rest.empty()) {
        const ssize_t n = ::write(fd, rest.data(), rest.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            fail(path, error, lang);
        }
        rest.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::close(fd) != 0) {
        fail(path, errno, lang);
    }
}

// The file a path names, through a symbolic link, so that renaming replaces the file and keeps
// the link; the path itself when it is no link or the link leads nowhere.
std::string followed(const std::string& path) {
    char* resolved = ::realpath(path.c_str(), nullptr);
    if (resolved == nullptr) {
        return path;
    }
    std::string out(resolved);
    std::free(resolved);
    return out;
}

std::string directory_of(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

} // namespace

void write_file_atomically(const std::string& path, std::string_view content, Overwrite overwrite,
                           const Language& lang) {
    if (path.empty()) {
        throw UsageError(std::string(lang.text(Msg::error_calendar_empty_output)));
    }
    struct stat target {}; // what the path leads to, through links
    const bool exists = ::stat(path.c_str(), &target) == 0;
    struct stat link {};
    const bool is_link = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
    if (exists && S_ISDIR(target.st_mode)) {
        fail(path, EISDIR, lang);
    }
    // Renaming over a device or FIFO would replace the node itself with a file (once, /dev/full
    // with a calendar): write into it instead. Nothing there can be overwritten, so no --force.
    if (exists && (S_ISCHR(target.st_mode) || S_ISFIFO(target.st_mode))) {
        write_in_place(path, content, lang);
        return;
    }
    if (exists && !S_ISREG(target.st_mode)) {
        throw RuntimeError(lang.format(Msg::error_cannot_write, fmt::arg("path", path),
                                       fmt::arg("reason", lang.text(Msg::error_not_regular_file))));
    }
    if ((exists || is_link) && overwrite == Overwrite::refuse) {
        throw UsageError(lang.format(Msg::error_file_exists, fmt::arg("path", path)));
    }
    const std::string real = is_link && exists ? followed(path) : path;
    const std::string dir = directory_of(real);
    std::string pattern = (dir == "/" ? std::string("/") : dir + "/") + ".ntnu-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        fail(path, errno, lang);
    }
    const std::string temp(name.data());
    const auto abandon = [&](int error) {
        ::close(fd);
        ::unlink(temp.c_str());
        fail(path, error, lang);
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
        fail(path, error, lang);
    }
    if (::rename(temp.c_str(), real.c_str()) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        fail(path, error, lang);
    }
}

} // namespace ntnu
