#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Puts `SPDX-License-Identifier: MIT` at the head of every tracked source file that lacks it.

    tools/add_spdx.py [SOURCE_DIR]           add the line where it is missing (re-runnable)
    tools/add_spdx.py --check [SOURCE_DIR]   list the files without it; exit 1 if there are any

Source files are the C++ (`//`), CMake, shell, Python and make files (`#`) that git tracks
(in a tree without git: that are in it). The line goes first, or after a first line that
must stay first (`#!`, zsh's `#compdef`). A file that already names an SPDX licence in its
first lines is left as it is. third_party/ keeps its own notices, except our CMakeLists.txt.
"""

import os
import subprocess
import sys

LICENCE = "MIT"
TAG = "SPDX-License-Identifier:"
# How far down an existing SPDX line still counts as "at the head".
HEAD_LINES = 5
NOT_OURS = ("third_party/",)
OURS_ANYWAY = ("third_party/date/CMakeLists.txt",)
SKIPPED_DIRS = {".git", "build", "out"}


def comment_of(path):
    """The line-comment marker for a source file, or None when it is not one."""
    name = os.path.basename(path)
    if path.endswith((".cpp", ".hpp", ".h", ".cc", ".hpp.in", ".cpp.in")):
        return "//"
    if name in ("CMakeLists.txt", "Makefile") or name.endswith((".cmake", ".py", ".sh")):
        return "#"
    if path.startswith("completions/") and name in ("ntnu.bash", "_ntnu", "ntnu.fish"):
        return "#"
    if path == ".ci/run":
        return "#"
    return None


def listed_files(root):
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "-z"], capture_output=True,
                             check=True).stdout
        return [p for p in out.decode().split("\0") if p]
    except (OSError, subprocess.CalledProcessError):
        found = []
        for directory, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs
                       if d not in SKIPPED_DIRS and not d.startswith(("build-", "."))]
            found += [os.path.relpath(os.path.join(directory, f), root) for f in files]
        return found


def source_files(root):
    for path in sorted(listed_files(root)):
        if path.startswith(NOT_OURS) and path not in OURS_ANYWAY:
            continue
        marker = comment_of(path)
        if marker and os.path.isfile(os.path.join(root, path)):
            yield path, marker


def has_line(lines):
    return any(TAG in line for line in lines[:HEAD_LINES])


def with_line(text, marker):
    lines = text.splitlines(keepends=True)
    at = 1 if lines and lines[0].startswith(("#!", "#compdef")) else 0
    lines.insert(at, f"{marker} {TAG} {LICENCE}\n")
    return "".join(lines)


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    root = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

    missing = []
    for path, marker in source_files(root):
        full = os.path.join(root, path)
        with open(full, encoding="utf-8", newline="") as f:
            text = f.read()
        if has_line(text.splitlines()):
            continue
        missing.append(path)
        if not check:
            with open(full, "w", encoding="utf-8", newline="") as f:
                f.write(with_line(text, marker))
    if check:
        for path in missing:
            print(f"{path}: no '{TAG} {LICENCE}' line in its first {HEAD_LINES} lines "
                  "(tools/add_spdx.py adds it)")
        sys.exit(1 if missing else 0)
    for path in missing:
        print(f"added: {path}")


if __name__ == "__main__":
    main()
