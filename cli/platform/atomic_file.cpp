// SPDX-License-Identifier: MIT
#include "atomic_file.hpp"

#include "errors.hpp"
#include "input_errors.hpp"

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <optional>
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

// Writes all of `content` to `fd`; 0, or the errno of the write that failed.
int write_all(int fd, std::string_view content) {
    std::string_view rest = content;
    while (!rest.empty()) {
        const ssize_t n = ::write(fd, rest.data(), rest.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return errno;
        }
        rest.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

// The descriptor a path names when it names one of this process's own open descriptors:
// /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N. Opening such a name again would
// follow it to the file behind the descriptor (`>> log.txt`), and renaming over it would
// replace that file and lose its append mode, so the descriptor is written to as it is.
std::optional<int> own_descriptor(const std::string& path) {
    if (path == "/dev/stdout") {
        return STDOUT_FILENO;
    }
    if (path == "/dev/stderr") {
        return STDERR_FILENO;
    }
    for (const std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
        if (!path.starts_with(prefix) || path.size() == prefix.size() ||
            path.size() > prefix.size() + 9) {
            continue;
        }
        int fd = 0;
        for (const char c : std::string_view(path).substr(prefix.size())) {
            if (c < '0' || c > '9') {
                return std::nullopt;
            }
            fd = fd * 10 + (c - '0');
        }
        return fd;
    }
    return std::nullopt;
}

// Writes into a device or FIFO that already exists (/dev/null, a named pipe). O_NONBLOCK keeps
// open() from waiting for a reader that may never come; the writes themselves then block again.
void write_in_place(const std::string& path, std::string_view content, const Language& lang) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        fail(path, errno, lang);
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) {
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    }
    if (const int error = write_all(fd, content); error != 0) {
        ::close(fd);
        fail(path, error, lang);
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

// The name of a temporary file that has one, for the signal handler to remove. Only what is
// async-signal-safe happens there: a fixed buffer, unlink(), and the signal again.
std::array<char, PATH_MAX + 1> pending_name{};
volatile std::sig_atomic_t pending = 0;

extern "C" void remove_pending_and_die(int signal) {
    if (pending != 0) {
        ::unlink(pending_name.data());
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// While it lives, SIGINT, SIGTERM and SIGHUP remove the named temporary file before they end
// the process (mkstemp's file, where the file system has no O_TMPFILE).
class RemovedOnSignal {
public:
    explicit RemovedOnSignal(const std::string& name) {
        if (name.size() >= pending_name.size()) {
            return;
        }
        std::memcpy(pending_name.data(), name.c_str(), name.size() + 1);
        pending = 1;
        struct sigaction action {};
        action.sa_handler = remove_pending_and_die;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < signals.size(); ++i) {
            ::sigaction(signals[i], &action, &old_[i]);
        }
        armed_ = true;
    }
    RemovedOnSignal(const RemovedOnSignal&) = delete;
    RemovedOnSignal& operator=(const RemovedOnSignal&) = delete;
    ~RemovedOnSignal() {
        if (!armed_) {
            return;
        }
        for (std::size_t i = 0; i < signals.size(); ++i) {
            ::sigaction(signals[i], &old_[i], nullptr);
        }
        pending = 0;
    }

private:
    static constexpr std::array<int, 3> signals{SIGINT, SIGTERM, SIGHUP};
    std::array<struct sigaction, 3> old_{};
    bool armed_ = false;
};

// Holds SIGINT, SIGTERM and SIGHUP back while it lives: between giving an O_TMPFILE file a
// temporary name and renaming it, a signal would leave that name behind.
class SignalsHeld {
public:
    SignalsHeld() {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGINT);
        sigaddset(&set, SIGTERM);
        sigaddset(&set, SIGHUP);
        ::sigprocmask(SIG_BLOCK, &set, &old_);
    }
    SignalsHeld(const SignalsHeld&) = delete;
    SignalsHeld& operator=(const SignalsHeld&) = delete;
    ~SignalsHeld() { ::sigprocmask(SIG_SETMASK, &old_, nullptr); }

private:
    sigset_t old_{};
};

// "DIR/.ntnu-XXXXXX" with six fresh characters.
std::string temporary_name(const std::string& dir) {
    static unsigned counter = 0;
    constexpr std::string_view letters =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    unsigned long long seed = static_cast<unsigned long long>(::getpid()) * 2654435761ULL +
                              static_cast<unsigned long long>(++counter) * 40503ULL +
                              static_cast<unsigned long long>(::time(nullptr));
    std::string name = (dir == "/" ? std::string("/") : dir + "/") + ".ntnu-";
    for (int i = 0; i < 6; ++i) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        name += letters[(seed >> 33) % letters.size()];
    }
    return name;
}

enum class Published { done, exists };

// Gives the unnamed O_TMPFILE file `fd` the name `target`. Refusing to overwrite, linkat()
// itself refuses an existing name, so a file made since the check is never replaced. Allowed
// to overwrite, the file is linked under a temporary name and renamed over the target.
// Returns nullopt when linking through /proc is not possible here (no /proc).
std::optional<Published> publish_unnamed(int fd, const std::string& dir, const std::string& target,
                                         Overwrite overwrite, const std::string& path,
                                         const Language& lang) {
    const std::string self = fmt::format("/proc/self/fd/{}", fd);
    if (overwrite == Overwrite::refuse) {
        if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, target.c_str(), AT_SYMLINK_FOLLOW) == 0) {
            return Published::done;
        }
        if (errno == EEXIST) {
            return Published::exists;
        }
        if (errno == ENOENT && ::access("/proc/self/fd", F_OK) != 0) {
            return std::nullopt;
        }
        fail(path, errno, lang);
    }
    const SignalsHeld held;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::string temp = temporary_name(dir);
        if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) != 0) {
            if (errno == EEXIST) {
                continue;
            }
            if (errno == ENOENT && ::access("/proc/self/fd", F_OK) != 0) {
                return std::nullopt;
            }
            fail(path, errno, lang);
        }
        if (::rename(temp.c_str(), target.c_str()) != 0) {
            const int error = errno;
            ::unlink(temp.c_str());
            fail(path, error, lang);
        }
        return Published::done;
    }
    fail(path, EEXIST, lang);
}

// Renames the named temporary file `temp` to `target`; refusing to overwrite, with
// renameat2(RENAME_NOREPLACE), or link() and unlink() where the file system lacks it.
Published publish_named(const std::string& temp, const std::string& target, Overwrite overwrite,
                        const std::string& path, const Language& lang) {
    const auto give_up = [&](int error) {
        ::unlink(temp.c_str());
        fail(path, error, lang);
    };
    if (overwrite == Overwrite::allow) {
        if (::rename(temp.c_str(), target.c_str()) != 0) {
            give_up(errno);
        }
        return Published::done;
    }
    if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0) {
        return Published::done;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        if (errno == EEXIST) {
            ::unlink(temp.c_str());
            return Published::exists;
        }
        give_up(errno);
    }
    if (::link(temp.c_str(), target.c_str()) != 0) {
        if (errno == EEXIST) {
            ::unlink(temp.c_str());
            return Published::exists;
        }
        give_up(errno);
    }
    ::unlink(temp.c_str());
    return Published::done;
}

// Writes, flushes and closes the new file's descriptor; the errno of the step that failed.
int fill(int fd, std::string_view content, mode_t mode) {
    // A new file is as readable as any other the user writes; a replaced one keeps its mode.
    if (::fchmod(fd, mode) != 0) {
        return errno;
    }
    if (const int error = write_all(fd, content); error != 0) {
        return error;
    }
    if (::fsync(fd) != 0) {
        return errno;
    }
    return 0;
}

} // namespace

void write_file_atomically(const std::string& path, std::string_view content, Overwrite overwrite,
                           const Language& lang) {
    if (path.empty()) {
        throw UsageError(std::string(lang.text(Msg::error_calendar_empty_output)));
    }
    if (const auto fd = own_descriptor(path)) {
        if (const int error = write_all(*fd, content); error != 0) {
            fail(path, error, lang);
        }
        return;
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
    const auto refuse = [&] {
        throw UsageError(lang.format(Msg::error_file_exists, fmt::arg("path", path)));
    };
    if ((exists || is_link) && overwrite == Overwrite::refuse) {
        refuse();
    }
    const std::string real = is_link && exists ? followed(path) : path;
    const std::string dir = directory_of(real);
    mode_t mode = 0;
    if (exists) {
        mode = target.st_mode & 07777;
    } else {
        mode = ::umask(0);
        ::umask(mode);
        mode = 0666 & ~mode;
    }

    // An unnamed file (O_TMPFILE) has nothing to leave behind, whatever kills the process.
    const int unnamed = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (unnamed >= 0) {
        if (const int error = fill(unnamed, content, mode); error != 0) {
            ::close(unnamed);
            fail(path, error, lang);
        }
        const auto published = publish_unnamed(unnamed, dir, real, overwrite, path, lang);
        ::close(unnamed);
        if (published == Published::exists) {
            refuse();
        }
        if (published) {
            return;
        }
    } else if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT) {
        fail(path, errno, lang);
    }

    std::string pattern = temporary_name(dir);
    pattern.replace(pattern.size() - 6, 6, "XXXXXX");
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        fail(path, errno, lang);
    }
    const std::string temp(name.data());
    const RemovedOnSignal named(temp);
    if (const int error = fill(fd, content, mode); error != 0) {
        ::close(fd);
        ::unlink(temp.c_str());
        fail(path, error, lang);
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        fail(path, error, lang);
    }
    if (publish_named(temp, real, overwrite, path, lang) == Published::exists) {
        refuse();
    }
}

} // namespace ntnu
