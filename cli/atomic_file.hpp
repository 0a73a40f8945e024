#pragma once
// Writing a whole file so readers see either the old content or the new, never half of it.

#include "language.hpp"

#include <string>
#include <string_view>

namespace ntnu {

enum class Overwrite { refuse, allow };

// Writes `content` to a temporary file in `path`'s directory, then renames it over `path` (over
// the file a symbolic link leads to, keeping the link). An existing character device or FIFO
// (/dev/stdout, a named pipe) is written into directly instead.
// Throws UsageError if `path` is an existing file and overwrite is refused (exit 2),
// RuntimeError with the path and the reason on any write failure (exit 1), both in `lang`; no
// temporary file is left behind.
void write_file_atomically(const std::string& path, std::string_view content, Overwrite overwrite,
                           const Language& lang);

} // namespace ntnu
