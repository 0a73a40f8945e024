#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Bad input that a golden case cannot hold: huge arguments, raw bytes that are not UTF-8, a
pipe that never ends, and file permissions, checked as a user who is not root (root ignores
file modes, and CI runs as root: setpriv runs the binary as nobody).

Usage: check_limits.py NTNU_BINARY

Each check runs the binary and looks at its exit status, its standard error and its standard
output: one clear `ntnu: error: ...` line first, valid UTF-8 with no control characters on
either stream (nor bidirectional overrides on stdout), no line longer than
the 400 characters printable() allows (after "ntnu: error: ", plus an ellipsis), never a signal, never a hang.
Exit 0 when every check holds, 1 otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TIMEOUT_SECONDS = 30
FIXED = ["--now", "2026-11-27T12:00:00Z", "--tz", "UTC", "--color", "never"]
# Linux refuses to exec an argument or environment string of more than 128 KiB
# (MAX_ARG_STRLEN), so "huge" is the largest single string it allows; eight of them make 1 MB.
HUGE = 128 * 1024 - 1
failures: list[str] = []


def run(binary: str, args: list[bytes | str], env: dict[str, str | bytes] | None = None,
        stdin=subprocess.DEVNULL, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    environment = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **(env or {})}
    command = [*(prefix or []), binary, *args]
    try:
        return subprocess.run(command, env=environment, stdin=stdin, capture_output=True,
                              timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        # A hang is a failure like any other: report it and go on with the next check.
        return subprocess.CompletedProcess(command, -1, b"", f"timed out after "
                                           f"{TIMEOUT_SECONDS} s".encode())


def check(what: str, proc: subprocess.CompletedProcess, status: int, first_line: str) -> None:
    problems = []
    if proc.returncode != status:
        problems.append(f"exit status {proc.returncode}, expected {status}")
    try:
        text = proc.stderr.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"stderr is not UTF-8: {e}")
        text = proc.stderr.decode("utf-8", "replace")
    lines = text.split("\n")
    if not lines[0].startswith(first_line):
        problems.append(f"stderr starts {lines[0][:120]!r}, expected {first_line!r}")
    if any(ord(c) < 0x20 and c != "\n" or 0x7f <= ord(c) <= 0x9f for c in text):
        problems.append("stderr holds control characters")
    # What reaches the terminal on stdout is checked as strictly as stderr.
    output = proc.stdout.decode("utf-8", "replace")
    if any(ord(c) < 0x20 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f or
           0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069 for c in output):
        problems.append("stdout holds control characters")
    # "ntnu: error: " is 13 characters, then at most 400 of the message and an ellipsis.
    if any(len(line) > 414 for line in lines):
        problems.append(f"a stderr line has {max(map(len, lines))} characters")
    print(("ok    " if not problems else "FAIL  ") + what)
    for problem in problems:
        print("      " + problem)
    if problems:
        failures.append(what)


def huge_arguments(binary: str) -> None:
    big = "a" * (HUGE - 2)  # room for "{}" or "--" around it
    check("a 128 KiB --tz", run(binary, [*FIXED, "--tz", big]), 2,
          "ntnu: error: unknown time zone 'aaaa")
    check("a 128 KiB --now", run(binary, [*FIXED, "--now", big]), 2,
          "ntnu: error: invalid time 'aaaa")
    # The limit counts "NTNU_NOW=" too. The environment's value fails no command (issue 25):
    # a warning, cut short, and the clock (`countries` shows no time).
    check("a 128 KiB NTNU_NOW", run(binary, [*FIXED[2:], "countries"],
                                    env={"NTNU_NOW": big[:-16]}), 0,
          "ntnu: warning: invalid time 'aaaa")
    check("a 128 KiB --citizenship", run(binary, [*FIXED, "deadline", "--citizenship", big]), 2,
          "ntnu: error: unknown country 'aaaa")
    check("a 128 KiB --programme", run(binary, [*FIXED, "deadline", "--programme", big]), 2,
          "ntnu: error: unknown programme 'aaaa")
    check("a 128 KiB --format field", run(binary, [*FIXED, "deadline", "--format",
                                                   "{" + big + "}"]), 2,
          "ntnu: error: unknown field 'aaaa")
    check("a 128 KiB option name", run(binary, [*FIXED, "--" + big]), 2,
          "ntnu: error: unknown option '--aaaa")
    check("a 128 KiB command", run(binary, [*FIXED, big]), 2,
          "ntnu: error: unexpected argument 'aaaa")
    check("a 128 KiB --data name", run(binary, [*FIXED, "--data", big]), 1,
          "ntnu: error: cannot read data file 'aaaa")
    check("a 128 KiB validate FILE", run(binary, [*FIXED, "validate", big]), 1, "aaaa")
    eight = [arg for _ in range(8) for arg in ("--citizenship", big)]
    check("1 MB of --citizenship values", run(binary, [*FIXED, "deadline", *eight]), 2,
          "ntnu: error: unknown country 'aaaa")


def raw_bytes(binary: str) -> None:
    every_byte = bytes(range(1, 256))
    check("every byte but NUL in --citizenship",
          run(binary, [*FIXED, "deadline", "--citizenship", every_byte]), 2,
          "ntnu: error: unknown country '")
    check("every byte but NUL in --tz", run(binary, [*FIXED, "--tz", every_byte]), 2,
          "ntnu: error: unknown time zone '")
    for name, value in (("a stray continuation byte", b"N\x80O"), ("a truncated sequence", b"\xc3"),
                        ("an overlong '/'", b"\xc0\xaf"), ("Latin-1", b"Norv\xe8ge")):
        check(f"{name} in --citizenship",
              run(binary, [*FIXED, "deadline", "--citizenship", value]), 2,
              "ntnu: error: unknown country '")
    check("invalid UTF-8 in --programme",
          run(binary, [*FIXED, "deadline", "--programme", b"\xffmixd"]), 2,
          "ntnu: error: unknown programme '")
    check("invalid UTF-8 in --format", run(binary, [*FIXED, "deadline", "--format", b"{\xff}"]), 2,
          "ntnu: error: unknown field '")
    check("invalid UTF-8 in TZ", run(binary, FIXED[:2] + FIXED[4:], env={"TZ": b"Europe/\xff"}), 0,
          "ntnu: warning: unknown time zone 'Europe/?' in TZ")
    check("invalid UTF-8 in a --data name", run(binary, [*FIXED, "--data", b"\xff.toml"]), 1,
          "ntnu: error: cannot read data file '?.toml': No such file or directory")
    proc = run(binary, [*FIXED, "validate", "--json", b"\xff.toml"])
    try:
        document = json.loads(proc.stdout.decode("utf-8"))
        named = document["files"][0]["file"] == "\ufffd.toml"
    except (ValueError, KeyError, IndexError):
        named = False
    ok = proc.returncode == 1 and named
    print(("ok    " if ok else "FAIL  ") + "validate --json names a file that is not UTF-8 as U+FFFD")
    if not ok:
        failures.append("validate --json with a name that is not UTF-8")


def endless_pipe(binary: str) -> None:
    # `yes` never ends: the loader must stop one byte past the limit, not read until it runs out.
    producer = subprocess.Popen(["yes", "x = 1"], stdout=subprocess.PIPE)
    try:
        check("--data /dev/stdin fed by yes", run(binary, [*FIXED, "--data", "/dev/stdin"],
                                                   stdin=producer.stdout), 1,
              "ntnu: error: cannot read data file '/dev/stdin': it is over the limit")
    finally:
        producer.kill()
        producer.wait()


def unprivileged(binary: str) -> list[str] | None:
    """The prefix that runs the binary as nobody when this runs as root, who ignores file
    modes; [] when already unprivileged; None when that cannot be done here."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        return None
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    if subprocess.run([*prefix, "test", "-x", binary]).returncode != 0:
        return None
    return prefix


def reachable_by_nobody(binary: str, folder: Path) -> str:
    """The binary, or a copy of it in `folder` when nobody cannot reach it where it is (a
    checkout under /root, as CI's may be): the permission checks must not depend on where the
    build tree lies."""
    if os.geteuid() != 0 or subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "test", "-x",
             binary]).returncode == 0:
        return binary
    copy = folder / "ntnu"
    shutil.copy2(binary, copy)
    os.chmod(folder, 0o755)
    os.chmod(copy, 0o755)
    return str(copy)


def ignore_file_size_signal() -> None:
    # Ignored signals stay ignored across exec: the write then fails with EFBIG instead.
    import resource
    import signal
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))


def read_only_directory(binary: str) -> None:
    # Root writes anywhere, whatever the mode says; so as root, run the binary as nobody.
    prefix = unprivileged(binary)
    if prefix is None:
        print("FAIL  permission checks: cannot run the binary as a user who is not root")
        failures.append("permission checks")
        return
    with tempfile.TemporaryDirectory(prefix="ntnu-limits-") as temp:
        os.chmod(temp, 0o755)
        read_only = Path(temp) / "read-only"
        read_only.mkdir()
        os.chmod(read_only, 0o555)
        target = read_only / "ntnu.ics"
        proc = run(binary, [*FIXED, "calendar", "--citizenship", "IN", "-o", str(target)],
                   prefix=prefix)
        check("-o into a read-only directory, as a user who is not root", proc, 1,
              f"ntnu: error: cannot write {target}: Permission denied")

        # A write that fails after the new file was begun, in a folder the user may write to:
        # only here could a temporary file be left behind. (In the read-only folder above
        # nothing can ever be left, so a check there could not fail.)
        writable = Path(temp) / "writable"
        writable.mkdir()
        os.chown(writable, 65534 if prefix else os.getuid(), 65534 if prefix else os.getgid())
        target = writable / "ntnu.ics"
        environment = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        proc = subprocess.run([*prefix, binary, *FIXED, "calendar", "--citizenship", "IN", "-o",
                               str(target)], env=environment, capture_output=True,
                              timeout=TIMEOUT_SECONDS, preexec_fn=ignore_file_size_signal)
        check("-o where the write fails half-way (a 100-byte file size limit)", proc, 1,
              f"ntnu: error: cannot write {target}: File too large")
        left = sorted(p.name for p in writable.iterdir())
        print(("ok    " if not left else "FAIL  ") +
              "a write that fails half-way leaves nothing in the folder")
        if left:
            failures.append(f"files left behind: {left}")

        unreadable = Path(temp) / "unreadable.toml"
        unreadable.write_text("[meta]\n")
        os.chmod(unreadable, 0o000)
        proc = run(binary, [*FIXED, "--data", str(unreadable)], prefix=prefix)
        check("--data FILE the user may not read, as a user who is not root", proc, 1,
              f"ntnu: error: cannot read data file '{unreadable}': Permission denied")


def version_shows_data_path_safely(binary: str) -> None:
    """Issue 25: --version printed the data file's path raw, so ESC, OSC, C1 and bidi controls
    in a path given with --data or NTNU_DATA reached the terminal."""
    source = Path(__file__).resolve().parents[2] / "data" / "ntnu.toml"
    with tempfile.TemporaryDirectory(prefix="ntnu-version-") as folder:
        name = os.path.join(folder.encode(), b"data\x1b]0;owned\x07\xc2\x9b2J\xe2\x80\xaetxt.toml")
        shutil.copyfile(source, name)
        for how, args, env in (("--data", [*FIXED, "--data", name, "--version"], None),
                               ("NTNU_DATA", [*FIXED, "--version"], {"NTNU_DATA": name})):
            proc = run(binary, args, env=env)
            check(f"--version with a {how} path holding ESC, BEL, CSI and U+202E", proc, 0, "")
            if b"data?]0;owned??2J?txt.toml" not in proc.stdout:
                print(f"FAIL  --version with a {how} path shows it with '?' for each control")
                print(f"      stdout {proc.stdout!r}")
                failures.append(f"--version {how} path")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    binary = str(Path(argv[0]).resolve())
    huge_arguments(binary)
    raw_bytes(binary)
    endless_pipe(binary)
    version_shows_data_path_safely(binary)
    with tempfile.TemporaryDirectory(prefix="ntnu-binary-") as folder:
        read_only_directory(reachable_by_nobody(binary, Path(folder)))
    print(f"{len(failures)} check(s) failed" if failures else "all checks hold")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
