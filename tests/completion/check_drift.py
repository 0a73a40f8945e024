#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when, for any command, the options the binary gives the completion scripts, the
options its `--help` shows and the options the man page lists for it are not the same.

For the whole program and for each command:
- `ntnu __complete commands` names the commands `ntnu --help` shows, and the man page's
  COMMANDS section describes the same ones;
- `ntnu __complete options [COMMAND]` reports the command's options and positionals with the
  global options, and `ntnu COMMAND --help` shows those of the command, each taking a value
  exactly when it does there;
- the man page lists the same options for the command, taking a value as it does: its GLOBAL
  OPTIONS, PROFILE OPTIONS for a command whose SYNOPSIS line has _PROFILE_, and every entry that
  names the command in a "(deadline, check)" remark; and its SYNOPSIS line uses no other;
- every kind of value reported is one `ntnu __complete KIND` answers, and an option whose
  --help names a value Tab can complete (COUNTRY, ZONE, FILE, ...) reports one.

Usage: check_drift.py NTNU_BINARY MAN_PAGE_SCD
"""
import re
import subprocess
import sys

HELP = {"-h", "--help"}  # every command's, and documented once, as a global option
# Values --help names that Tab completes: an option taking one must not report "text".
COMPLETABLE = {"COUNTRY", "ZONE", "FILE", "LEVEL", "CAMPUS", "GROUP", "ID", "WHEN", "LANG"}


def run(binary, *args):
    result = subprocess.run([binary, *args], capture_output=True, text=True)
    return result.returncode, result.stdout


def help_text(binary, *args):
    status, text = run(binary, *args, "--help")
    if status != 0:
        raise SystemExit("ntnu %s --help: exit %d" % (" ".join(args), status))
    return text


def help_section(text, heading):
    """The lines of one section of CLI11's help ("Options:"), up to the next blank line."""
    lines = text.split("\n")
    if heading not in lines:
        return []
    section = []
    for line in lines[lines.index(heading) + 1:]:
        if not line.strip():
            break
        section.append(line)
    return section


def help_metavars(text):
    """{name: the value it names, or None} for each option row of a --help ("  -o,--output FILE")."""
    options = {}
    for line in help_section(text, "Options:"):
        match = re.match(r"  (-[^\s,]+(?:,-[^\s,]+)*)(?: (\S+))?(?:\s\s|$)", line)
        if match:
            for name in match.group(1).split(","):
                options[name] = match.group(2)
    return options


def help_options(text):
    """{name: takes a value} for each option row of a --help."""
    return {name: metavar is not None for name, metavar in help_metavars(text).items()}


def help_positionals(text):
    return {m.group(1) for line in help_section(text, "Positionals:")
            if (m := re.match(r"  ([A-Z][A-Z_]*)\b", line))}


def help_commands(text):
    return {m.group(1) for line in help_section(text, "Subcommands:")
            if (m := re.match(r"  (\w[\w-]*)\s", line))}


def complete_options(binary, *command):
    """({name: kind}, {positional: kind}) from `ntnu __complete options [COMMAND]`."""
    status, text = run(binary, "__complete", "options", *command)
    if status != 0:
        raise SystemExit("ntnu __complete options %s: exit %d" % (" ".join(command), status))
    options, positionals = {}, {}
    for line in text.splitlines():
        names, kind, _summary = line.split("\t")
        names = names.lstrip("*")
        for name in names.split(","):
            (options if name.startswith("-") else positionals)[name] = kind
    return options, positionals


def man_sections(scd):
    sections, name = {}, None
    for line in scd.split("\n"):
        if line.startswith("# "):
            name = line[2:].strip()
            sections[name] = []
        elif name:
            sections[name].append(line)
    return sections


def man_entries(lines):
    """[(names, takes a value, body)] for each "*--name* _VALUE_" entry and its indented text."""
    entries = []
    for line in lines:
        match = re.fullmatch(r"(\*-[^*]+\*(?:, \*-[^*]+\*)*)( _[^_]+_)?", line)
        if match:
            entries.append((re.findall(r"\*(-[^*]+)\*", match.group(1)), bool(match.group(2)), []))
        elif entries and (line.startswith("\t") or not line.strip()):
            entries[-1][2].append(line)
        else:
            entries.append(([], False, []))  # anything else ends the entry
    return [e for e in entries if e[0]]


def named_commands(body, commands):
    """The commands an entry names in remarks such as "(deadline, check)"."""
    named = set()
    for remark in re.findall(r"\(([a-z, ]+)\)", " ".join(body)):
        words = [w.strip() for w in remark.split(",")]
        if all(w in commands for w in words):
            named.update(words)
    return named


def main():
    binary, man_path = sys.argv[1:3]
    with open(man_path, encoding="utf-8") as f:
        sections = man_sections(f.read())
    problems = []

    def compare(what, sides):
        """sides: [(source, {name: takes a value})]; each must equal the first."""
        first_source, first = sides[0]
        for source, other in sides[1:]:
            for name in sorted(set(first) | set(other)):
                if name not in other:
                    problems.append("%s: %s is in %s but not in %s" % (what, name, first_source, source))
                elif name not in first:
                    problems.append("%s: %s is in %s but not in %s" % (what, name, source, first_source))
                elif first[name] != other[name]:
                    problems.append("%s: %s takes a value in %s but not in %s" % (
                        what, name, *((first_source, source) if first[name] else (source, first_source))))

    # The commands.
    top = help_text(binary)
    commands = help_commands(top)
    status, listed = run(binary, "__complete", "commands")
    completed = {line.split("\t")[0] for line in listed.splitlines()} - {"help"}
    documented = {m.group(1) for line in sections.get("COMMANDS", [])
                  if (m := re.match(r"\*([\w-]+)\*", line))}
    compare("commands", [("ntnu --help", dict.fromkeys(commands, False)),
                         ("ntnu __complete commands", dict.fromkeys(completed, False)),
                         ("the man page's COMMANDS", dict.fromkeys(documented, False))])

    # The global options.
    global_help = help_options(top)
    global_completed, _ = complete_options(binary)
    global_man = {name: value for names, value, _ in man_entries(sections.get("GLOBAL OPTIONS", []))
                  for name in names}
    compare("global options", [("ntnu --help", global_help),
                               ("ntnu __complete options", {n: k != "flag" for n, k in global_completed.items()}),
                               ("the man page's GLOBAL OPTIONS", global_man)])

    def check_completable(command, metavars, completed):
        for name, metavar in metavars.items():
            if metavar in COMPLETABLE and completed.get(name) == "text":
                problems.append("%s: %s takes a %s, but __complete options gives Tab nothing to "
                                "complete it with" % (command, name, metavar))

    check_completable("ntnu", help_metavars(top), global_completed)

    # Each command's options.
    synopsis = {}
    for line in sections.get("SYNOPSIS", []):
        words = re.findall(r"\*([\w-]+)\*", line)
        command = next((w for w in words if w in commands), None)
        if command:
            synopsis[command] = line
    profile = man_entries(sections.get("PROFILE OPTIONS", []))
    command_entries = man_entries(sections.get("COMMAND OPTIONS", []))
    kinds = set()
    for command in sorted(commands):
        text = help_text(binary, command)
        own_help = {n: v for n, v in help_options(text).items() if n not in HELP}
        options, positionals = complete_options(binary, command)
        kinds.update(options.values(), positionals.values())
        check_completable("ntnu " + command, help_metavars(text), options)
        own_completed = {n: k != "flag" for n, k in options.items()
                         if n not in HELP and n not in global_completed}
        # A global option reported for the command must be the global one.
        for name in set(options) & set(global_completed):
            if options[name] != global_completed[name]:
                problems.append("%s: %s is not the global option" % (command, name))
        missing_globals = set(global_completed) - set(options)
        if missing_globals:
            problems.append("%s: __complete options lacks the global %s" % (
                command, ", ".join(sorted(missing_globals))))
        man = {}
        takes_profile = "_PROFILE_" in synopsis.get(command, "")
        for in_profile, (names, value, body) in [(True, e) for e in profile] + \
                [(False, e) for e in command_entries]:
            restricted = named_commands(body, commands)
            if command in restricted or (in_profile and takes_profile and not restricted):
                man.update(dict.fromkeys(names, value))
        compare("ntnu %s" % command, [("--help", own_help),
                                      ("__complete options", own_completed),
                                      ("the man page", man)])
        compare("ntnu %s positionals" % command, [
            ("--help", dict.fromkeys(help_positionals(text), True)),
            ("__complete options", dict.fromkeys(positionals, True))])
        for name in re.findall(r"\*(-[\w-]+)\*", synopsis.get(command, "")):
            if name not in man and name not in global_man:
                problems.append("ntnu %s: the man page's SYNOPSIS shows %s, which the command "
                                "does not take" % (command, name))
        if command not in synopsis:
            problems.append("ntnu %s: no SYNOPSIS line in the man page" % command)

    # Every kind of value is one the callback answers.
    for kind in sorted(kinds - {"flag", "text", "file"}):
        status, values = run(binary, "__complete", kind)
        if status != 0 or not values.strip():
            problems.append("__complete %s: exit %d, %d values; an option names it as its kind" % (
                kind, status, len(values.splitlines())))

    if problems:
        print("the command line, its completion and its documentation disagree:\n  " +
              "\n  ".join(problems))
        return 1
    print("%d commands: each one's options agree in __complete, --help and the man page" %
          len(commands))
    return 0


if __name__ == "__main__":
    sys.exit(main())
