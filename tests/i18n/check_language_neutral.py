#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Switching the language changes no byte of what scripts read, and the locale variables pick
the language as documented.

1. Every golden case whose args hold --json, --format or __complete is run again with
   `--lang nb`, and again with LANG=nb_NO.UTF-8: stdout and the exit status must equal the
   case's expected English ones byte for byte.
2. A table of environments (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) and --lang values, each with
   the language it must choose, read from the error prefix ("ntnu: error:" / "ntnu: feil:").

Usage: check_language_neutral.py NTNU_BINARY GOLDEN_CASES_DIR
"""
import os
import subprocess
import sys
from pathlib import Path

BASE_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin"}
SCRIPT_FLAGS = ("--json", "--format", "__complete")


def read_args(case):
    text = (case / "args").read_text(encoding="utf-8")
    if text == "":
        return []
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")


def case_env(case):
    env = dict(BASE_ENV, LANG="C.UTF-8")
    path = case / "env"
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            if line.startswith("-"):
                env.pop(line[1:], None)
            else:
                key, _, value = line.partition("=")
                env[key] = value
    return env


def run(binary, args, env, cwd, stdin=b""):
    return subprocess.run([binary, *args], env=env, cwd=cwd, input=stdin, capture_output=True,
                          timeout=30)


def check_goldens(binary, cases_dir):
    failures = []
    checked = 0
    for case in sorted(p for p in Path(cases_dir).iterdir() if p.is_dir()):
        args = read_args(case)
        if not any(flag in args for flag in SCRIPT_FLAGS):
            continue
        expected_out = (case / "stdout").read_bytes()
        expected_status = int((case / "status").read_text().strip())
        stdin = (case / "stdin").read_bytes() if (case / "stdin").is_file() else b""
        base = case_env(case)
        # After "--" an argument is not an option; no case uses it, but stay correct if one does.
        with_lang = args + ["--lang", "nb"] if "--" not in args else args
        variants = {
            "--lang nb": (with_lang, base),
            "LANG=nb_NO.UTF-8": (args, dict(base, LANG="nb_NO.UTF-8")),
            "LC_ALL=nb_NO.UTF-8": (args, dict(base, LC_ALL="nb_NO.UTF-8")),
        }
        for name, (variant_args, env) in variants.items():
            result = run(binary, variant_args, env, case, stdin)
            checked += 1
            if result.stdout != expected_out or result.returncode != expected_status:
                failures.append("%s with %s: stdout or status differs from the English run"
                                % (case.name, name))
    return checked, failures


# (environment, extra args, expected language)
LOCALE_TABLE = [
    ({}, [], "en"),
    ({"LANG": "nb_NO.UTF-8"}, [], "nb"),
    ({"LANG": "no_NO.UTF-8"}, [], "nb"),
    ({"LANG": "nn_NO.UTF-8"}, [], "nb"),
    ({"LANG": "de_DE.UTF-8"}, [], "en"),
    ({"LANG": "C"}, [], "en"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "nb"}, [], "en"),       # a C locale ignores LANGUAGE
    ({"LANG": "en_GB.UTF-8", "LANGUAGE": "nb:en"}, [], "nb"),  # LANGUAGE first otherwise
    ({"LANG": "nb_NO.UTF-8", "LANGUAGE": "sv:en"}, [], "en"),  # its first known entry wins
    ({"LANG": "nb_NO.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, [], "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "nb_NO.UTF-8"}, [], "nb"),
    ({"LC_MESSAGES": "en_US.UTF-8", "LC_ALL": "nb_NO.UTF-8"}, [], "nb"),
    ({"LC_ALL": "", "LANG": "nb_NO"}, [], "nb"),              # empty means unset
    ({"LANG": "nb_NO.UTF-8"}, ["--lang", "en"], "en"),
    ({"LANG": "en_US.UTF-8"}, ["--lang=nb"], "nb"),
    ({}, ["--lang", "NO"], "nb"),
    ({}, ["--lang", "nb", "--lang", "en"], "en"),              # the last one wins
]

PREFIX = {"en": b"ntnu: error: ", "nb": b"ntnu: feil: "}


def check_locale_table(binary):
    failures = []
    for env, extra, want in LOCALE_TABLE:
        # An unknown option fails at once, in the chosen language.
        result = run(binary, extra + ["--no-such-option"], dict(BASE_ENV, **env), "/")
        if not result.stderr.startswith(PREFIX[want]) or result.returncode != 2:
            failures.append("env %s args %s: expected %s, got %r (exit %d)"
                            % (env, extra, want, result.stderr[:40], result.returncode))
    # An explicit unknown --lang is a usage error, said in the environment's language.
    result = run(binary, ["--lang", "de"], dict(BASE_ENV, LANG="nb_NO.UTF-8"), "/")
    if result.returncode != 2 or not result.stderr.startswith(PREFIX["nb"] + b"ugyldig --lang"):
        failures.append("--lang de: expected exit 2 and a bokmål error, got %r (exit %d)"
                        % (result.stderr[:60], result.returncode))
    return len(LOCALE_TABLE) + 1, failures


def main():
    binary, cases_dir = sys.argv[1:3]
    binary = os.path.abspath(binary)
    n1, f1 = check_goldens(binary, cases_dir)
    n2, f2 = check_locale_table(binary)
    failures = f1 + f2
    if failures:
        print("\n".join(failures))
        return 1
    if n1 == 0:
        print("no golden case with --json, --format or __complete: nothing was compared")
        return 1
    print("%d runs of script output identical in bokmål; %d locale choices right" % (n1, n2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
