#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the package's Debian changelog (changelog.gz) from CHANGELOG.md.

A native package's /usr/share/doc/PACKAGE/changelog.gz must be in Debian's changelog format
(lintian parses it), so each `## [VERSION] - YYYY-MM-DD` section of the Keep a Changelog file
becomes one entry, and a non-empty `## [Unreleased]` section becomes the entry of the version
being built, for distribution UNRELEASED. The entries are signed by the packager (the CMake
cache variable NTNU_MAINTAINER); the project names no maintainer of its own.

usage: debian_changelog.py CHANGELOG.md OUT.gz --package ntnu --version 0.1.0
                           --maintainer 'Name <address>' [--date EPOCH]

The unreleased entry is dated SOURCE_DATE_EPOCH, else --date, else the last commit of the
checkout, else now; the output is gzip -9n (no name, no time stamp), so it is reproducible.
"""

import argparse
import calendar
import email.utils
import gzip
import os
import re
import subprocess
import sys
import textwrap
import time

SECTION = re.compile(r"^## \[(?P<version>[^\]]+)\](?:\s+-\s+(?P<date>\d{4}-\d{2}-\d{2}))?\s*$")
LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
WIDTH = 78


def fail(message):
    print(f"debian_changelog.py: {message}", file=sys.stderr)
    sys.exit(1)


def sections(text):
    """(version, date or None, body lines) for each `## [...]` section, in file order."""
    found = []
    for line in text.splitlines():
        match = SECTION.match(line)
        if match:
            found.append((match["version"], match["date"], []))
        elif line.startswith("## "):
            fail(f"a section heading that is not '## [VERSION] - YYYY-MM-DD': {line!r}")
        elif found:
            found[-1][2].append(line)
    return found


def items(body):
    """The body as (group, item text) pairs: `### Added` names the group of the bullets below."""
    group = ""
    result = []
    for line in body:
        stripped = line.strip()
        if line.startswith("### "):
            group = line[4:].strip()
        elif stripped.startswith("- "):
            result.append([group, stripped[2:]])
        elif stripped and result:
            result[-1][1] += " " + stripped
    return [(g, LINK.sub(r"\1", t)) for g, t in result]


def entry(package, version, distribution, changes, maintainer, when):
    lines = [f"{package} ({version}) {distribution}; urgency=medium", ""]
    group = None
    for item_group, text in changes:
        if item_group != group:
            if group is not None:
                lines.append("")
            group = item_group
            if group:
                lines.append(f"  [ {group} ]")
        lines.extend(
            textwrap.wrap(text, WIDTH, initial_indent="  * ", subsequent_indent="    ",
                          break_on_hyphens=False, break_long_words=False))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    t = time.gmtime(when)
    stamp = (f"{days[t.tm_wday]}, {t.tm_mday:02d} {months[t.tm_mon - 1]} {t.tm_year} "
             f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} +0000")
    lines += ["", f" -- {maintainer}  {stamp}", ""]
    return "\n".join(lines)


def build_time(source_dir, given):
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    if given is not None:
        return given
    try:
        out = subprocess.run(["git", "-C", source_dir, "log", "-1", "--format=%ct"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return int(time.time())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("changelog")
    parser.add_argument("output")
    parser.add_argument("--package", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--maintainer", required=True)
    parser.add_argument("--date", type=int)
    args = parser.parse_args()

    name, address = email.utils.parseaddr(args.maintainer)
    if not name or "@" not in address:
        fail(f"the maintainer must be 'Name <address>', not {args.maintainer!r} "
             "(set the CMake cache variable NTNU_MAINTAINER)")

    with open(args.changelog, encoding="utf-8") as f:
        found = sections(f.read())
    if not found:
        fail(f"{args.changelog} has no '## [...]' section")

    entries = []
    released = [s for s in found if s[0] != "Unreleased"]
    for version, date, body in found:
        changes = items(body)
        if version == "Unreleased":
            if not changes:
                continue
            if any(v == args.version for v, _, _ in released):
                fail(f"{args.changelog} has unreleased changes, but {args.version} is already "
                     "released: raise the version in CMakeLists.txt's project()")
            when = build_time(os.path.dirname(os.path.abspath(args.changelog)), args.date)
            entries.append(entry(args.package, args.version, "UNRELEASED", changes,
                                 args.maintainer, when))
            continue
        if date is None:
            fail(f"release {version} in {args.changelog} has no date")
        if not changes:
            fail(f"release {version} in {args.changelog} lists no change")
        when = calendar.timegm(time.strptime(date + " 12:00:00", "%Y-%m-%d %H:%M:%S"))
        entries.append(entry(args.package, version, "unstable", changes, args.maintainer, when))
    if not entries:
        fail(f"{args.changelog} has no change to list")
    top = entries[0].split(" ", 2)[1].strip("()")
    if top != args.version:
        fail(f"the newest entry of {args.changelog} is {top}, but the package is "
             f"{args.version}: add an [Unreleased] section or a [{args.version}] release")

    text = "\n".join(entries).encode("utf-8")
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    # gzip -9n: level 9 (lintian wants "max compression"), no file name and a zero time stamp.
    with open(args.output, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(text)


if __name__ == "__main__":
    main()
