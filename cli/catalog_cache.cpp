#include "catalog_cache.hpp"

#include "catalog_binary.hpp"
#include "descriptor.hpp"
#include "environment.hpp"
#include "program_build_id.hpp"
#include "version.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <memory>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

namespace ntnu {
namespace {

constexpr std::string_view header_magic = "NTNUDATA";
// Far above what a data file under the 4 MiB limit encodes to: a bigger entry is not ours.
constexpr off_t max_entry_bytes = 64 * 1024 * 1024;

// FNV-1a: names a cache file after a path, and fingerprints the build.
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 0xcbf29ce484222325ULL) {
    for (const char c : bytes) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    return hash;
}

void append_u64(std::string& out, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) {
        out.push_back(static_cast<char>(v >> (8 * i)));
    }
}

std::int64_t nanoseconds(const struct timespec& t) {
    return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// This program build: its version, the encoding's version and the executable's build ID, so
// that a rebuilt or upgraded program (whose parser may read the same file differently) never
// takes an entry another build wrote.
std::uint64_t build_identity(std::string_view build_id) {
    std::uint64_t id = fnv1a(ntnu_version);
    id = fnv1a(std::to_string(catalog_binary_version), id);
    return fnv1a(build_id, id);
}

// $XDG_CACHE_HOME/ntnu, else ~/.cache/ntnu; relative or empty values are ignored, as the XDG
// base directory specification asks. nullopt: no cache (NTNU_CACHE=0 or off, or no home).
std::optional<std::string> cache_directory() {
    if (const auto setting = env("NTNU_CACHE"); setting && (*setting == "0" || *setting == "off")) {
        return std::nullopt;
    }
    if (const auto xdg = env("XDG_CACHE_HOME"); xdg && xdg->starts_with('/')) {
        return *xdg + "/ntnu";
    }
    if (const auto home = env("HOME"); home && home->starts_with('/')) {
        return *home + "/.cache/ntnu";
    }
    return std::nullopt;
}

std::optional<std::string> real_path(const std::string& path) {
    char* resolved = ::realpath(path.c_str(), nullptr);
    if (resolved == nullptr) {
        return std::nullopt;
    }
    std::string out(resolved);
    std::free(resolved);
    return out;
}

// Under /dev or /proc: /dev/stdin and /dev/fd/N reopen whatever the standard input is at the
// moment, even a regular file, so they are never cached, whatever they lead to.
bool is_system_path(std::string_view real) {
    return real == "/dev" || real.starts_with("/dev/") || real == "/proc" ||
           real.starts_with("/proc/");
}

std::string directory_of(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

// mkdir -p, private to the user as the XDG specification asks; false if it does not exist after.
bool make_directories(const std::string& directory) {
    for (std::size_t slash = directory.find('/', 1); slash != std::string::npos;
         slash = directory.find('/', slash + 1)) {
        ::mkdir(directory.substr(0, slash).c_str(), 0700);
    }
    return ::mkdir(directory.c_str(), 0700) == 0 || errno == EEXIST;
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

} // namespace

CatalogCache::CatalogCache(std::string directory, std::string file, std::string header,
                           struct timespec changed)
    : directory_(std::move(directory)), file_(std::move(file)), header_(std::move(header)),
      changed_(changed) {}

std::optional<CatalogCache> CatalogCache::for_file(const std::string& path,
                                                   const struct stat& data) {
    if (!S_ISREG(data.st_mode)) {
        return std::nullopt;
    }
    // Without a build ID, entries of two builds could not be told apart: no cache.
    const std::string_view build_id = program_build_id();
    auto directory = cache_directory();
    if (build_id.empty() || !directory) {
        return std::nullopt;
    }
    const auto real = real_path(path);
    const auto real_directory = real_path(directory_of(path));
    if (!real || !real_directory || is_system_path(*real) || is_system_path(*real_directory)) {
        return std::nullopt;
    }
    std::string header(header_magic);
    append_u64(header, build_identity(build_id));
    append_u64(header, static_cast<std::uint64_t>(data.st_dev));
    append_u64(header, static_cast<std::uint64_t>(data.st_ino));
    append_u64(header, static_cast<std::uint64_t>(data.st_size));
    append_u64(header, static_cast<std::uint64_t>(nanoseconds(data.st_mtim)));
    append_u64(header, static_cast<std::uint64_t>(nanoseconds(data.st_ctim)));
    std::string file = fmt::format("{}/{:016x}.catalog", *directory, fnv1a(*real));
    return CatalogCache(std::move(*directory), std::move(file), std::move(header), data.st_ctim);
}

namespace {

// A buffer the kernel fills with pages up front (MAP_POPULATE): a 2 MiB entry read into fresh
// memory would otherwise take 540 page faults as the read touches it, a millisecond here.
// Reading, rather than mapping the file itself, which would save more: a file cut short under
// the mapping kills the process with SIGBUS; a read only sees it short.
class Buffer {
public:
    explicit Buffer(std::size_t size)
        : size_(size),
          data_(size == 0 ? nullptr
                          : ::mmap(nullptr, size, PROT_READ | PROT_WRITE,
                                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0)) {}
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    ~Buffer() {
        if (data_ != MAP_FAILED && data_ != nullptr) {
            ::munmap(data_, size_);
        }
    }
    bool ok() const { return data_ != MAP_FAILED; }
    char* data() const { return static_cast<char*>(data_); }

private:
    std::size_t size_;
    void* data_;
};

bool pread_all(int fd, char* out, std::size_t size, off_t offset) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, out + done, size - done, offset + static_cast<off_t>(done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// An open entry file, if it is one to trust; closed on every way out.
class EntryFile {
public:
    explicit EntryFile(const std::string& file, std::size_t header_size)
        : fd_(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) {
        struct stat info {};
        // Only the user's own entry is trusted: another user who can write to the directory
        // could otherwise plant answers.
        usable_ = fd_.get() >= 0 && ::fstat(fd_.get(), &info) == 0 && S_ISREG(info.st_mode) &&
                  info.st_uid == ::geteuid() && info.st_size >= static_cast<off_t>(header_size) &&
                  info.st_size <= max_entry_bytes;
        size_ = usable_ ? static_cast<std::size_t>(info.st_size) : 0;
    }
    bool usable() const { return usable_; }
    std::size_t size() const { return size_; }
    int fd() const { return fd_.get(); }

private:
    Descriptor fd_;
    bool usable_ = false;
    std::size_t size_ = 0;
};

} // namespace

std::optional<Catalog> CatalogCache::load() const {
    const EntryFile entry(file_, header_.size());
    if (!entry.usable()) {
        return std::nullopt;
    }
    const Buffer buffer(entry.size());
    if (!buffer.ok() || !pread_all(entry.fd(), buffer.data(), entry.size(), 0)) {
        return std::nullopt;
    }
    const std::string_view bytes(buffer.data(), entry.size());
    if (!bytes.starts_with(header_)) {
        return std::nullopt;
    }
    return deserialize_catalog(bytes.substr(header_.size()));
}

std::optional<SearchedCatalog> CatalogCache::load_matching(std::string_view search) const {
    const EntryFile entry(file_, header_.size());
    if (!entry.usable()) {
        return std::nullopt;
    }
    std::string header(header_.size(), '\0');
    if (!pread_all(entry.fd(), header.data(), header.size(), 0) || header != header_) {
        return std::nullopt;
    }
    // Each piece read lives until the catalog is built from it.
    std::vector<std::unique_ptr<Buffer>> pieces;
    const std::size_t blob_size = entry.size() - header_.size();
    const BlobReader read = [&](std::size_t offset,
                                std::size_t size) -> std::optional<std::string_view> {
        if (offset > blob_size || size > blob_size - offset) {
            return std::nullopt;
        }
        auto& piece = pieces.emplace_back(std::make_unique<Buffer>(size));
        if (!piece->ok() || !pread_all(entry.fd(), piece->data(), size,
                                       static_cast<off_t>(header_.size() + offset))) {
            return std::nullopt;
        }
        return std::string_view(piece->data(), size);
    };
    return deserialize_matching(search, blob_size, read);
}

void CatalogCache::store(const Catalog& catalog) const {
    // File times come from a clock that ticks every few milliseconds: a write later in the tick
    // the file last changed in would leave its times as they are, and the entry would outlive
    // the change. So a file changed in the current tick is not stored; the next run will.
    struct timespec now {};
    if (::clock_gettime(CLOCK_REALTIME_COARSE, &now) != 0 ||
        nanoseconds(now) <= nanoseconds(changed_)) {
        return;
    }
    if (!make_directories(directory_)) {
        return;
    }
    std::string temp = directory_ + "/.entry-XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        return;
    }
    // No fsync: an entry torn by a crash fails its size or checksum and is only a miss.
    const bool written = write_all(fd, header_) && write_all(fd, serialize_catalog(catalog));
    if (::close(fd) != 0 || !written || ::rename(temp.c_str(), file_.c_str()) != 0) {
        ::unlink(temp.c_str());
    }
}

} // namespace ntnu
