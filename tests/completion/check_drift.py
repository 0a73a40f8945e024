#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a command or option in any `--help` is missing from a shell's completion script.

Usage: check_drift.py NTNU_BINARY SCRIPT...
"""
import re
import subprocess
import sys


def help_text(binary, *args):
    return subprocess.run([binary, *args, "--help"], capture_output=True, text=True,
                          check=True).stdout


def main():
    binary, scripts = sys.argv[1], sys.argv[2:]
    top = help_text(binary)
    section = top.split("Subcommands:", 1)
    commands = re.findall(r"^  (\w[\w-]*)\s", section[1], re.M) if len(section) > 1 else []
    wanted = set(commands)
    for args in [()] + [(c,) for c in commands]:
        text = help_text(binary, *args)
        part = text.split("Options:", 1)[1] if "Options:" in text else ""
        part = part.split("Subcommands:", 1)[0]
        wanted |= set(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", part))
    missing = []
    for path in scripts:
        with open(path, encoding="utf-8") as f:
            script = f.read()
        for word in sorted(wanted):
            bare = word.lstrip("-")
            # fish writes options as `-l NAME` / `-s X`; bash and zsh spell them out.
            forms = [re.escape(word)]
            if word.startswith("--"):
                forms.append(r"-l %s" % re.escape(bare))
            elif word.startswith("-"):
                forms.append(r"-s %s" % re.escape(bare))
            if not any(re.search(r"(?<![\w-])%s(?![\w-])" % f, script) for f in forms):
                missing.append("%s: %s" % (path, word))
    if missing:
        print("missing from the completion scripts:\n  " + "\n  ".join(missing))
        return 1
    print("%d scripts complete %d commands and options" % (len(scripts), len(wanted)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
