// SPDX-License-Identifier: MIT
#pragma once
// Writing a whole file so readers see either the old content or the new, never half of it.

#include "language.hpp"

#include <string>
#include <string_view>

namespace ntnu {

enum class Overwrite { refuse, allow };

// Writes `content` to a new file in `path`'s directory (unnamed with O_TMPFILE where the file
// system allows, else a `.ntnu-XXXXXX` file that SIGINT, SIGTERM and SIGHUP remove), then gives
// it the name `path`: refusing to overwrite, with linkat() or renameat2(RENAME_NOREPLACE), so
// the kernel refuses a name that exists by then; allowed to, by rename(), keeping the old
// file's read and write bits (never execute, setuid or setgid: 0666 before the umask), and
// replacing the file a symbolic link leads to (or making it, where the link leads nowhere), not
// the link. A symbolic link in a sticky, world-writable folder is followed only when this user
// or the folder's owner owns it, as the kernel's protected_symlinks rule has it, --force or
// not. Allowed to overwrite a file whose folder cannot be written, it writes the file in place,
// the new text complete in memory first. /dev/stdout,
// /dev/stderr, /dev/fd/N and /proc/self/fd/N are written to through the descriptor already
// open (keeping its append mode); another existing character device or FIFO (a named pipe) is
// opened without waiting for a reader and written into.
// Throws UsageError if `path` is an existing file or a symbolic link and overwrite is refused
// (exit 2; the message says where a link leads, and whether anything is there),
// RuntimeError with the path and the reason on any write failure (exit 1), both in `lang`; no
// temporary file is left behind.
void write_file_atomically(const std::string& path, std::string_view content, Overwrite overwrite,
                           const Language& lang);

} // namespace ntnu
