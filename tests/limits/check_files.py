#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Files and streams the user owns (issues 17 and 25): `calendar -o` never replaces a file it
was told not to, never truncates a stream it was handed, keeps a replaced file's mode (less
setuid, setgid and execute), follows no link another user planted in a shared folder, names a
link as one, writes in place where the folder is locked, and leaves no temporary file behind
when it is killed; a data file that is a FIFO never hangs the program;
a closed pipe ends it quietly.

Usage: check_files.py NTNU_BINARY

The race and the kill are made deterministic with strace: the system call that publishes the
file (or flushes it) is held back with `inject=...:delay_enter=`, the test waits until the
program sits in that call (/proc/PID/syscall), and only then creates the file or sends the
signal. Exit 0 when every check holds, 1 otherwise; strace missing is a failure, not a skip
(tools/install-deps.sh installs it).
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIXED = ["--now", "2026-11-27T12:00:00Z", "--tz", "UTC", "--color", "never"]
CALENDAR = [*FIXED, "calendar", "--citizenship", "IN"]
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
# LeakSanitizer cannot work under ptrace, so a sanitizer build run by strace leaves leak checks
# to the other tests (the variables are ignored by a normal build).
STRACE_ENV = dict(ENV, ASAN_OPTIONS="detect_leaks=0", LSAN_OPTIONS="detect_leaks=0")
# x86_64 system call numbers of the calls that publish a file, and of fsync.
PUBLISH_CALLS = {82: "rename", 86: "link", 264: "renameat", 265: "linkat", 316: "renameat2"}
FSYNC_CALLS = {74: "fsync", 75: "fdatasync"}
failures: list[str] = []


def verdict(what: str, problems: list[str]) -> None:
    print(("ok    " if not problems else "FAIL  ") + what)
    for problem in problems:
        print("      " + problem)
    if problems:
        failures.append(what)


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, env=ENV, capture_output=True, timeout=60, **kwargs)


def held_in_call(strace_pid: int, binary: str, calls: dict[int, str],
                 timeout: float = 30) -> int | None:
    """The pid of the program strace runs, once it is held at the entry of one of `calls`.
    strace forks helpers of its own first, so each child is asked what it runs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            children = Path(f"/proc/{strace_pid}/task/{strace_pid}/children").read_text().split()
        except OSError:
            return None
        for child in children:
            try:
                if not Path(f"/proc/{child}/cmdline").read_bytes().startswith(binary.encode()):
                    continue
                first = Path(f"/proc/{child}/syscall").read_text().split()[0]
            except (OSError, IndexError):
                continue
            if first.isdigit() and int(first) in calls:
                return int(child)
        time.sleep(0.005)
    return None


def strace_command(calls: dict[int, str], binary: str, args: list[str],
                   no_tmpfile_at: int | None = None) -> list[str]:
    """strace holding `calls` at their entry for 2 s; with `no_tmpfile_at`, the openat call
    of that number fails with EOPNOTSUPP, as on a file system without O_TMPFILE."""
    names = ",".join(sorted(set(calls.values())))
    command = ["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"trace=openat,{names}",
               "-e", f"inject={names}:delay_enter=2000000"]
    if no_tmpfile_at is not None:
        command += ["-e", f"inject=openat:error=EOPNOTSUPP:when={no_tmpfile_at}"]
    return [*command, binary, *args]


def tmpfile_open_number(binary: str, args: list[str], made: Path) -> int | None:
    """Which openat call of a run opens the O_TMPFILE file (1 for the first); the run is
    repeated exactly, so the same call can then be made to fail. `made` is removed after."""
    with tempfile.NamedTemporaryFile(prefix="ntnu-strace-") as log:
        subprocess.run(["strace", "-f", "-qq", "-o", log.name, "-e", "trace=openat", binary,
                        *args], env=STRACE_ENV, capture_output=True, timeout=60)
        calls = [line for line in Path(log.name).read_text().splitlines() if "openat(" in line]
    made.unlink(missing_ok=True)
    for number, line in enumerate(calls, start=1):
        if "O_TMPFILE" in line:
            return number
    return None


def race_with_a_new_file(binary: str, temp: Path, without_tmpfile: bool = False) -> None:
    """The file appears between the program's check and its publishing: it must survive."""
    target = temp / ("race-named.ics" if without_tmpfile else "race.ics")
    args = [*CALENDAR, "-o", str(target)]
    where = None
    if without_tmpfile:
        where = tmpfile_open_number(binary, args, target)
        if where is None:
            verdict("(no O_TMPFILE) race check", ["the program opens no O_TMPFILE file"])
            return
    proc = subprocess.Popen(strace_command(PUBLISH_CALLS, binary, args, where),
                            env=STRACE_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    problems = []
    child = held_in_call(proc.pid, binary, PUBLISH_CALLS)
    if child is None:
        problems.append("the program never reached a link or rename call")
    target.write_text("precious\n")
    out, err = proc.communicate(timeout=60)
    if proc.returncode != 2:
        problems.append(f"exit status {proc.returncode}, expected 2; stderr {err!r}")
    if not err.startswith(f"ntnu: error: {target} already exists".encode()):
        problems.append(f"stderr {err!r}")
    if target.read_text() != "precious\n":
        problems.append("the file made during the run was replaced")
    left = [p.name for p in temp.iterdir() if p.name.startswith(".ntnu-")]
    if left:
        problems.append(f"temporary files left: {left}")
    verdict(("(no O_TMPFILE: a named temporary file) " if without_tmpfile else "") +
            "-o without --force never replaces a file made while the calendar was written",
            problems)


def killed_while_writing(binary: str, temp: Path, signum: int,
                         without_tmpfile: bool = False) -> None:
    """A signal while the file is being flushed leaves no .ntnu-XXXXXX behind."""
    folder = temp / f"killed-{signum}{'-named' if without_tmpfile else ''}"
    folder.mkdir()
    target = folder / "ntnu.ics"
    args = [*CALENDAR, "-o", str(target)]
    where = None
    if without_tmpfile:
        where = tmpfile_open_number(binary, args, target)
        if where is None:
            verdict("(no O_TMPFILE) kill check", ["the program opens no O_TMPFILE file"])
            return
    proc = subprocess.Popen(strace_command(FSYNC_CALLS, binary, args, where),
                            env=STRACE_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    problems = []
    child = held_in_call(proc.pid, binary, FSYNC_CALLS)
    if child is None:
        problems.append("the program never reached fsync")
    else:
        if without_tmpfile and not any(p.name.startswith(".ntnu-") for p in folder.iterdir()):
            problems.append("no named temporary file: O_TMPFILE was not refused")
        os.kill(child, signum)
    proc.communicate(timeout=60)
    left = sorted(p.name for p in folder.iterdir())
    if left:
        problems.append(f"left in the folder: {left}")
    verdict(("(no O_TMPFILE: a named temporary file) " if without_tmpfile else "") +
            f"{signal.Signals(signum).name} while the calendar is flushed leaves no file", problems)


def descriptors_written_in_place(binary: str, temp: Path) -> None:
    """`-o /dev/stdout >> log` appends to the log: the descriptor is written, not the file."""
    for name in ("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", "-"):
        log = temp / "log.txt"
        log.write_text("earlier line\n")
        with open(log, "ab") as out:
            # In the scratch folder: a program that takes "-" for a file name leaves it there.
            proc = subprocess.run([binary, *CALENDAR, "-o", name, "--force"], env=ENV,
                                  stdout=out, stderr=subprocess.PIPE, timeout=60, cwd=temp)
        text = log.read_bytes().decode("utf-8")
        problems = []
        if proc.returncode != 0:
            problems.append(f"exit status {proc.returncode}: {proc.stderr!r}")
        if not text.startswith("earlier line\nBEGIN:VCALENDAR\r\n"):
            problems.append(f"the log now starts {text[:40]!r}")
        verdict(f"-o {name} --force >> log.txt appends to the log", problems)
    proc = subprocess.run([binary, *CALENDAR, "-o", "/dev/fd/9"], env=ENV, capture_output=True,
                          timeout=60, close_fds=True)
    verdict("-o /dev/fd/9 with descriptor 9 closed says why",
            [] if proc.returncode == 1 and proc.stderr ==
            b"ntnu: error: cannot write /dev/fd/9: Bad file descriptor\n"
            else [f"exit status {proc.returncode}, stderr {proc.stderr!r}"])


def force_keeps_mode_and_links(binary: str, temp: Path) -> None:
    target = temp / "private.ics"
    target.write_text("old\n")
    os.chmod(target, 0o600)
    proc = run([binary, *CALENDAR, "-o", str(target), "--force"])
    mode = stat.S_IMODE(target.stat().st_mode)
    verdict("--force keeps a 0600 file 0600",
            [] if proc.returncode == 0 and mode == 0o600 and target.read_text().startswith(
                "BEGIN:VCALENDAR") else [f"status {proc.returncode}, mode {mode:o}"])

    real = temp / "real.ics"
    real.write_text("old\n")
    link = temp / "link.ics"
    link.symlink_to("real.ics")
    proc = run([binary, *CALENDAR, "-o", str(link), "--force"])
    verdict("--force through a symbolic link replaces the file it leads to and keeps the link",
            [] if proc.returncode == 0 and link.is_symlink() and
            real.read_text().startswith("BEGIN:VCALENDAR") else [f"status {proc.returncode}"])

    first = temp / "first.ics"
    first.write_text("old\n")
    second = temp / "second.ics"
    os.link(first, second)
    proc = run([binary, *CALENDAR, "-o", str(first), "--force"])
    verdict("--force on a hard link gives that name a new file; the other name keeps the old",
            [] if proc.returncode == 0 and second.read_text() == "old\n" and
            first.read_text().startswith("BEGIN:VCALENDAR") else [f"status {proc.returncode}"])


def as_nobody(binary: str, folder: Path) -> tuple[list[str], str] | None:
    """The prefix that runs the binary as user nobody, and the binary (a copy in `folder` when
    nobody cannot reach the build tree); None when this does not run as root."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return None
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    if subprocess.run([*prefix, "test", "-x", binary]).returncode != 0:
        copy = folder / "ntnu-copy"
        shutil.copy2(binary, copy)
        os.chmod(copy, 0o755)
        binary = str(copy)
    return prefix, binary


def planted_links(binary: str, temp: Path) -> None:
    """Issue 25: `-o LINK --force` replaced the file a link leads to, even a link another user
    planted in /tmp; the kernel's protected_symlinks rule does not apply, as rename() never
    follows the link. The rule is the program's: a link in a sticky, world-writable folder
    owned by neither this user nor the folder's owner is not followed, --force or not."""
    if os.geteuid() != 0:
        # Only root can give a link to another user; CI runs as root, so there it is checked.
        print("SKIP  planted links: making another user's link needs root")
        return
    shared = temp / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    victim = temp / "bashrc"
    for force in ([], ["--force"]):
        victim.write_text("precious\n")
        planted = shared / "calendar.ics"
        planted.unlink(missing_ok=True)
        planted.symlink_to(victim)
        os.lchown(planted, 65534, 65534)  # nobody's link, in root's sticky /tmp-like folder
        proc = run([binary, *CALENDAR, "-o", str(planted), *force])
        expected = (f"ntnu: error: cannot write {planted}: it is a symbolic link in a sticky, "
                    "world-writable folder, owned by neither you nor the folder's owner, so it "
                    "is not followed, with --force or without\n").encode()
        problems = [] if proc.returncode == 1 and proc.stderr == expected else [
            f"exit status {proc.returncode}, stderr {proc.stderr!r}"]
        if victim.read_text() != "precious\n":
            problems.append("the file the link leads to was replaced")
        verdict(f"-o LINK {' '.join(force)}: another user's link in a sticky world-writable "
                "folder is never followed", problems)
    # The rule, not a blanket refusal: the user's own link there is followed.
    own = shared / "own.ics"
    own.symlink_to(victim)
    proc = run([binary, *CALENDAR, "-o", str(own), "--force"])
    verdict("--force through the user's own link in that folder replaces its file",
            [] if proc.returncode == 0 and own.is_symlink() and
            victim.read_text().startswith("BEGIN:VCALENDAR") else
            [f"exit status {proc.returncode}, stderr {proc.stderr!r}"])


def links_named_as_links(binary: str, temp: Path) -> None:
    """Without --force, a link is named as one, with where it leads, and whether anything is
    there; with --force, a dangling link is followed as a live one is: the file is made where
    it leads, and the link stays."""
    real = temp / "named-real.ics"
    real.write_text("old\n")
    link = temp / "named-link.ics"
    link.symlink_to("named-real.ics")
    proc = run([binary, *CALENDAR, "-o", str(link)])
    verdict("-o LINK without --force says it is a link and where it leads",
            [] if proc.returncode == 2 and proc.stderr ==
            (f"ntnu: error: {link} already exists: a symbolic link to {real}; add --force to "
             f"replace {real}\n").encode() and real.read_text() == "old\n"
            else [f"exit status {proc.returncode}, stderr {proc.stderr!r}"])

    missing = temp / "dangling-target.ics"
    dangling = temp / "dangling.ics"
    dangling.symlink_to("dangling-target.ics")
    proc = run([binary, *CALENDAR, "-o", str(dangling)])
    verdict("-o DANGLING-LINK without --force says the link leads nowhere",
            [] if proc.returncode == 2 and proc.stderr ==
            (f"ntnu: error: {dangling} already exists: a symbolic link to {missing}, which does "
             f"not exist; add --force to create {missing}\n").encode() and not missing.exists()
            else [f"exit status {proc.returncode}, stderr {proc.stderr!r}"])
    proc = run([binary, *CALENDAR, "-o", str(dangling), "--force"])
    verdict("--force through a dangling link makes the file it leads to, and keeps the link",
            [] if proc.returncode == 0 and dangling.is_symlink() and missing.is_file() and
            missing.read_text().startswith("BEGIN:VCALENDAR")
            else [f"exit status {proc.returncode}, stderr {proc.stderr!r}, "
                  f"link kept: {dangling.is_symlink()}"])


def force_drops_special_bits(binary: str, temp: Path) -> None:
    """Issue 25: --force copied the old file's whole mode, setuid and setgid included. A
    calendar is never executable: 0666 at most, less the umask."""
    target = temp / "setuid.ics"
    target.write_text("old\n")
    os.chmod(target, 0o6777)
    proc = subprocess.run([binary, *CALENDAR, "-o", str(target), "--force"], env=ENV,
                          capture_output=True, timeout=60, preexec_fn=lambda: os.umask(0o022))
    mode = stat.S_IMODE(target.stat().st_mode)
    verdict("--force on a 6777 file leaves it 0644 (umask 022): no setuid, setgid or execute",
            [] if proc.returncode == 0 and mode == 0o644 else
            [f"status {proc.returncode}, mode {mode:o}"])


def force_in_unwritable_folder(binary: str, temp: Path) -> None:
    """Issue 25: with --force, a file the user may write in a folder they may not could not be
    replaced ("Permission denied"), though `> file` works: it is written in place."""
    nobody = as_nobody(binary, temp)
    if nobody is None:
        print("SKIP  --force in an unwritable folder: running as another user needs root")
        return
    prefix, program = nobody
    os.chmod(temp, 0o755)
    locked = temp / "locked"
    locked.mkdir()
    os.chmod(locked, 0o755)  # root's: nobody may not make a file in it
    target = locked / "ntnu.ics"
    target.write_text("old text, longer than nothing\n")
    os.chown(target, 65534, 65534)
    os.chmod(target, 0o640)
    inode = target.stat().st_ino
    proc = subprocess.run([*prefix, program, *CALENDAR, "-o", str(target), "--force"], env=ENV,
                          capture_output=True, timeout=60)
    text = target.read_bytes()
    problems = [] if proc.returncode == 0 else [f"exit status {proc.returncode}: {proc.stderr!r}"]
    if not text.startswith(b"BEGIN:VCALENDAR") or not text.endswith(b"END:VCALENDAR\r\n"):
        problems.append(f"the file holds {text[:40]!r}…{text[-20:]!r}")
    if target.stat().st_ino != inode or stat.S_IMODE(target.stat().st_mode) != 0o640:
        problems.append("the file was not written in place")
    if sorted(p.name for p in locked.iterdir()) != ["ntnu.ics"]:
        problems.append(f"left in the folder: {sorted(p.name for p in locked.iterdir())}")
    verdict("--force on a writable file in a folder the user cannot write writes it in place",
            problems)
    proc = subprocess.run([*prefix, program, *CALENDAR, "-o", str(target)], env=ENV,
                          capture_output=True, timeout=60)
    verdict("... and without --force still refuses",
            [] if proc.returncode == 2 and b"already exists" in proc.stderr
            else [f"exit status {proc.returncode}: {proc.stderr!r}"])


def fifo_data_file(binary: str, temp: Path) -> None:
    """A FIFO nobody writes to, as --data and as NTNU_DATA for Tab completion: no hang."""
    fifo = temp / "data.fifo"
    os.mkfifo(fifo)
    for what, args, env in (
            ("--data FIFO", [*FIXED, "--data", str(fifo)], {}),
            ("NTNU_DATA=FIFO for completion", ["__complete", "programmes"],
             {"NTNU_DATA": str(fifo)})):
        try:
            proc = subprocess.run([binary, *args], env={**ENV, **env}, capture_output=True,
                                  timeout=10)
            problems = [] if proc.returncode == 1 and b"it is not a regular file" in proc.stderr \
                else [f"exit status {proc.returncode}, stderr {proc.stderr!r}"]
            if what.startswith("NTNU_DATA") and proc.returncode == 0:
                problems = []  # completion may stay silent; it must only not hang
        except subprocess.TimeoutExpired:
            problems = ["hung for 10 s"]
        verdict(f"{what} with no writer ends at once", problems)


def closed_pipe(binary: str) -> None:
    """`ntnu programmes | head -n 1` under `set -o pipefail`: quiet, and status 0. The reader
    is gone before the program starts (its end of the pipe closed), so the first write fails
    with EPIPE every time, however small the output."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        proc = subprocess.run([binary, *FIXED, "programmes"], env=ENV, stdout=writer,
                              stderr=subprocess.PIPE, timeout=60)
    finally:
        os.close(writer)
    verdict("a closed pipe ends the program quietly, with the command's status",
            [] if proc.returncode == 0 and proc.stderr == b""
            else [f"exit status {proc.returncode}, stderr {proc.stderr!r}"])
    script = f'set -o pipefail; "{binary}" {" ".join(FIXED)} programmes | head -n 1 >/dev/null'
    proc = subprocess.run(["bash", "-c", script], env=ENV, capture_output=True, timeout=60)
    verdict("ntnu programmes | head -n 1 holds under set -o pipefail",
            [] if proc.returncode == 0 and proc.stderr == b""
            else [f"exit status {proc.returncode}, stderr {proc.stderr!r}"])
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([binary, *FIXED, "programmes"], env=ENV, stdout=full,
                              stderr=subprocess.PIPE, timeout=60)
    verdict("stdout on a full device says why",
            [] if proc.returncode == 1 and proc.stderr ==
            b"ntnu: error: cannot write the output: No space left on device\n"
            else [f"exit status {proc.returncode}, stderr {proc.stderr!r}"])


def closed_stdout(binary: str) -> None:
    """`ntnu programmes >&-`: the reason is EBADF, and it is said."""
    proc = subprocess.run([binary, *FIXED, "programmes"], env=ENV, stderr=subprocess.PIPE,
                          timeout=60, preexec_fn=lambda: os.close(1))
    verdict("stdout closed (>&-) says why",
            [] if proc.returncode == 1 and proc.stderr ==
            b"ntnu: error: cannot write the output: Bad file descriptor\n"
            else [f"exit status {proc.returncode}, stderr {proc.stderr!r}"])


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    binary = str(Path(argv[0]).resolve())
    if shutil.which("strace") is None:
        print("FAIL  strace is missing: run tools/install-deps.sh")
        return 1
    with tempfile.TemporaryDirectory(prefix="ntnu-files-") as name:
        temp = Path(name)
        race_with_a_new_file(binary, temp)
        killed_while_writing(binary, temp, signal.SIGTERM)
        killed_while_writing(binary, temp, signal.SIGINT)
        # Where the file system has no O_TMPFILE: renameat2(RENAME_NOREPLACE) and the handler
        # that removes the named file.
        race_with_a_new_file(binary, temp, without_tmpfile=True)
        killed_while_writing(binary, temp, signal.SIGTERM, without_tmpfile=True)
        killed_while_writing(binary, temp, signal.SIGHUP, without_tmpfile=True)
        descriptors_written_in_place(binary, temp)
        force_keeps_mode_and_links(binary, temp)
        planted_links(binary, temp)
        links_named_as_links(binary, temp)
        force_drops_special_bits(binary, temp)
        force_in_unwritable_folder(binary, temp)
        fifo_data_file(binary, temp)
    closed_pipe(binary)
    closed_stdout(binary)
    print(f"{len(failures)} check(s) failed" if failures else "all checks hold")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
