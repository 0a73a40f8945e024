#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every human output fits COLUMNS from 60 to 80, in English and in bokmål (issues 27, 32).

Runs every output of human_outputs.py at 60 and 80 columns in both languages, stdout and
stderr, and fails on a line wider than COLUMNS in terminal cells (a wide character fills two,
a combining mark none), but for a line whose overflow is a URL at its end: a URL is never
wrapped, so it can be clicked and copied whole, and what comes before it must fit. `check`'s
verdict is one line by design (for scripts and logs, which grep it), so its stdout is not
measured; its help is. For the same reason a diagnostic on stderr ("ntnu: error: …",
"ntnu: warning: …", in either language) is one line, as every Unix tool writes them.

Usage: check_widths.py NTNU_BINARY
"""
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from human_outputs import human_outputs, run  # noqa: E402

WIDTHS = (60, 80)
LANGUAGES = ("en", "nb")
URL_AT_END = re.compile(r"(https?://\S+)$")


def cells(text):
    n = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        n += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return n


def too_wide(line, width):
    if cells(line) <= width:
        return False
    url = URL_AT_END.search(line.rstrip())
    return not (url and cells(line[:url.start()].rstrip()) < width)


def main():
    binary = sys.argv[1]
    failures = []
    runs = 0
    for args in human_outputs(binary):
        if args[:1] == ["calendar"] and "--help" not in args:
            continue  # iCalendar text: RFC 5545 folds its own lines
        for lang in LANGUAGES:
            for width in WIDTHS:
                out, err = run(binary, lang, args, width)
                runs += 1
                if "check" in args and "--help" not in args:
                    out = ""
                err = "\n".join(line for line in err.splitlines()
                                 if not line.startswith("ntnu: "))
                for stream, text in (("stdout", out), ("stderr", err)):
                    for n, line in enumerate(text.splitlines(), 1):
                        if too_wide(line, width):
                            failures.append(f"ntnu --lang {lang} {' '.join(args)} at {width} "
                                            f"columns, {stream} line {n} is {cells(line)} "
                                            f"wide: {line}")
    for f in failures:
        print("FAIL:", f)
    print(f"{runs} runs, {len(failures)} lines too wide")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
