#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when an option or command in `--help` is missing from the man page, so they cannot drift.

Usage: check_man_options.py NTNU_BINARY MAN_PAGE
"""
import re
import subprocess
import sys


def help_text(binary, *args):
    result = subprocess.run([binary, *args, "--help"], capture_output=True, text=True, check=True)
    return result.stdout


def main():
    binary, man_path = sys.argv[1:3]
    with open(man_path, encoding="utf-8") as f:
        man = f.read()
    # roff escapes the hyphens of options as \- or \-\-
    man_plain = man.replace("\\-", "-").replace("\\fB", "").replace("\\fR", "").replace("\\fI", "")

    top = help_text(binary)
    section = top.split("Subcommands:", 1)
    commands = re.findall(r"^  (\w[\w-]*)\s", section[1], re.M) if len(section) > 1 else []
    missing = []
    for command in commands:
        if not re.search(r"\b%s\b" % re.escape(command), man_plain):
            missing.append("command " + command)
    for args in [()] + [(c,) for c in commands]:
        text = help_text(binary, *args)
        options_part = text.split("Options:", 1)[1] if "Options:" in text else ""
        options_part = options_part.split("Subcommands:", 1)[0]
        for option in sorted(set(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", options_part))):
            if not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(option), man_plain):
                missing.append("option %s (from ntnu %s --help)" % (option, " ".join(args)))
    if missing:
        print("missing from the man page:\n  " + "\n  ".join(missing))
        return 1
    print("man page documents %d commands and every option in --help" % len(commands))
    return 0


if __name__ == "__main__":
    sys.exit(main())
