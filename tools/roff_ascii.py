#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turns the non-ASCII characters of a roff file into groff's \\[uXXXX] escapes.

groff reads its input as Latin-1 unless told otherwise (-k), so Gjøvik or Ålesund written
as UTF-8 would draw warnings; escaped, the page renders cleanly everywhere.
"""
import sys


def main():
    source, target = sys.argv[1:3]
    with open(source, encoding="utf-8") as f:
        text = f.read()
    escaped = "".join(c if ord(c) < 128 else "\\[u%04X]" % ord(c) for c in text)
    with open(target, "w", encoding="ascii") as f:
        f.write(escaped)


if __name__ == "__main__":
    main()
