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

std::string directory_of(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

// The kernel's protected_symlinks rule: a symbolic link in a sticky, world-writable folder
// (/tmp) is followed only by its owner or when the folder's owner owns it. Renaming or linking
// never follows a path's last link, so the kernel never applies its rule to the link named by
// -o: this program follows it itself, and applies the rule itself, --force or not. Otherwise
// another user's link in /tmp would have the victim's ~/.bashrc replaced with a calendar.
void refuse_untrusted_link(const std::string& link, const struct stat& info,
                           const std::string& path, const Language& lang) {
    struct stat folder {};
    if (::stat(directory_of(link).c_str(), &folder) != 0) {
        return; // the write itself will fail, and say why
    }
    const bool shared = (folder.st_mode & S_ISVTX) != 0 && (folder.st_mode & S_IWOTH) != 0;
    if (shared && info.st_uid != ::geteuid() && info.st_uid != folder.st_uid) {
        throw RuntimeError(lang.format(Msg::error_cannot_write, fmt::arg("path", path),
                                       fmt::arg("reason", lang.text(Msg::error_untrusted_link))));
    }
}

struct LinkEnd {
    std::string path; // the last link's target: a path whose last part is no link
    bool exists = false;
};

// Where the symbolic link `path` leads, following each link its last part names, as open()
// would (at most 40), each under the kernel's protected_symlinks rule. Unlike realpath(), this
// also ends where a link leads nowhere (the file --force then creates), and leaves the links of
// folders on the way to the kernel, which guards those itself.
LinkEnd follow_links(const std::string& path, const Language& lang) {
    std::string current = path;
    for (int hop = 0; hop < 40; ++hop) {
        struct stat info {};
        if (::lstat(current.c_str(), &info) != 0) {
            if (errno == ENOENT) {
                return {current, false};
            }
            fail(path, errno, lang);
        }
        if (!S_ISLNK(info.st_mode)) {
            return {current, true};
        }
        refuse_untrusted_link(current, info, path, lang);
        std::string target(PATH_MAX, '\0');
        const ssize_t length = ::readlink(current.c_str(), target.data(), target.size());
        if (length < 0) {
            fail(path, errno, lang);
        }
        target.resize(static_cast<std::size_t>(length));
        // A relative target is relative to the link's folder ("l.ics -> real.ics" is real.ics).
        const bool beside = target.starts_with('/') || current.find('/') == std::string::npos;
        current = beside ? target : directory_of(current) + "/" + target;
    }
    fail(path, ELOOP, lang);
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

// The mode of the new file: as readable and writable as the file it replaces, or as any other
// the user writes (0666 less the umask). Never more: a calendar is no program, so the old
// file's execute, setuid, setgid and sticky bits are dropped, as open() would drop them.
mode_t new_file_mode(const struct stat* replaced) {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return (replaced != nullptr ? replaced->st_mode & 0666 : 0666) & ~mask;
}

// --force on a file whose folder this user cannot write, though the file itself can be: no new
// file can be made beside it, so the file is written where it stands, as `> file` would. The
// text is complete in memory before the file is touched; it is written over the old from the
// start and the rest cut off after, so the old file is lost only if this write fails midway
// (and the error says so). Not atomic, and the only way: the folder refuses anything else.
void replace_in_place(const std::string& real, const struct stat& replaced,
                      std::string_view content, const std::string& path, const Language& lang) {
    // O_NOFOLLOW: the name was followed to its end before; a link put there since is refused.
    const int fd = ::open(real.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY);
    if (fd < 0) {
        fail(path, errno, lang);
    }
    struct stat opened {};
    if (::fstat(fd, &opened) != 0 || opened.st_dev != replaced.st_dev ||
        opened.st_ino != replaced.st_ino || !S_ISREG(opened.st_mode)) {
        ::close(fd);
        fail(path, EAGAIN, lang); // replaced by another file while this one was being written
    }
    int error = write_all(fd, content);
    if (error == 0 && ::ftruncate(fd, static_cast<off_t>(content.size())) != 0) {
        error = errno;
    }
    if (error == 0 && ::fsync(fd) != 0) {
        error = errno;
    }
    if (::close(fd) != 0 && error == 0) {
        error = errno;
    }
    if (error != 0) {
        fail(path, error, lang);
    }
}

// Whether a failure to make a file in a folder means only that the folder cannot be written.
bool folder_refused(int error) {
    return error == EACCES || error == EPERM;
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
    struct stat link {};
    const bool is_link = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
    // Before anything is opened through it: a link planted by another user is refused here.
    const LinkEnd end = is_link ? follow_links(path, lang) : LinkEnd{path, true};
    struct stat target {}; // what the path leads to, through links
    const bool exists = ::stat(end.path.c_str(), &target) == 0;
    if (exists && S_ISDIR(target.st_mode)) {
        fail(path, EISDIR, lang);
    }
    // Renaming over a device or FIFO would replace the node itself with a file (once, /dev/full
    // with a calendar): write into it instead. Nothing there can be overwritten, so no --force.
    if (exists && (S_ISCHR(target.st_mode) || S_ISFIFO(target.st_mode))) {
        write_in_place(end.path, content, lang);
        return;
    }
    if (exists && !S_ISREG(target.st_mode)) {
        throw RuntimeError(lang.format(Msg::error_cannot_write, fmt::arg("path", path),
                                       fmt::arg("reason", lang.text(Msg::error_not_regular_file))));
    }
    const auto refuse = [&] {
        throw UsageError(lang.format(Msg::error_file_exists, fmt::arg("path", path)));
    };
    // A link is named as one, with where it leads, so that --force is never the blind next
    // step: with it, the file the link leads to is replaced, or made where the link leads
    // nowhere, as `> LINK` would; the link itself stays.
    if (is_link && overwrite == Overwrite::refuse) {
        throw UsageError(lang.format(exists ? Msg::error_link_exists : Msg::error_dangling_link,
                                     fmt::arg("path", path), fmt::arg("target", end.path)));
    }
    if (exists && overwrite == Overwrite::refuse) {
        refuse();
    }
    const std::string& real = end.path;
    const std::string dir = directory_of(real);
    const mode_t mode = new_file_mode(exists ? &target : nullptr);
    const auto in_place_instead = [&](int error) {
        return folder_refused(error) && exists && overwrite == Overwrite::allow &&
               ::access(real.c_str(), W_OK) == 0;
    };

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
    } else if (in_place_instead(errno)) {
        replace_in_place(real, target, content, path, lang);
        return;
    } else if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT) {
        fail(path, errno, lang);
    }

    std::string pattern = temporary_name(dir);
    pattern.replace(pattern.size() - 6, 6, "XXXXXX");
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0 && in_place_instead(errno)) {
        replace_in_place(real, target, content, path, lang);
        return;
    }
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
