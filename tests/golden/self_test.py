#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Proves that run_golden.py can fail, so the golden tests cannot pass silently.

Usage: self_test.py --binary PATH/TO/ntnu

Works on copies of the cases in selftest/ inside a temporary directory, which is
removed afterwards, so no *.actual file is left in the source tree. Each check
runs the runner as ctest does and looks at its exit status, its report and the
files it leaves. Exit 0 when every check holds, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNNER = HERE / "run_golden.py"

failures: list[str] = []


def check(condition: bool, what: str, output: str = "") -> None:
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)
        if output:
            print("      runner output:\n" + "".join("      | " + line + "\n"
                                                  for line in output.splitlines()))


def run(binary: Path, *cases: Path, update: bool = False,
        env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("NTNU_GOLDEN_UPDATE", None)
    env.update(env_extra or {})
    command = [sys.executable, str(RUNNER), "--binary", str(binary)]
    if update:
        command.append("--update")
    return subprocess.run([*command, *map(str, cases)], capture_output=True, text=True, env=env,
                          timeout=60)


def fake_binary(directory: Path, script: str) -> Path:
    path = directory / "fake-ntnu"
    path.write_text("#!/bin/sh\n" + script + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def is_running(pid: int, name: str) -> bool:
    """Whether `pid` is a live process called `name` (a zombie, state Z, is not running)."""
    try:
        stat_text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return f"({name})" in stat_text and stat_text.split(")")[-1].split()[0] != "Z"


def still_running(pid: int, name: str) -> bool:
    """Whether `pid` outlives its SIGKILL: the kernel ends a killed process when it is next
    scheduled, which on a loaded machine is not at once, so this waits for up to 10 s."""
    deadline = time.monotonic() + 10
    while is_running(pid, name):
        if time.monotonic() > deadline:
            return True
        time.sleep(0.01)
    return False


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, type=Path)
    binary = parser.parse_args(argv).binary.resolve()

    with tempfile.TemporaryDirectory(prefix="ntnu-golden-selftest-") as temp:
        work = Path(temp)
        shutil.copytree(HERE / "selftest", work / "cases")
        wrong = work / "cases" / "wrong_stdout"
        unfixed = work / "cases" / "no_fixed_now"

        # 1. A wrong expected stdout fails, with a diff and the actual output beside it.
        result = run(binary, wrong)
        out = result.stdout + result.stderr
        check(result.returncode == 1, "a wrong expected stdout makes the runner exit 1", out)
        check("--- stdout (expected)" in out and "+ntnu " in out,
              "the runner prints a unified diff of stdout", out)
        for name in ("stdout", "stderr", "status"):
            check((wrong / f"{name}.actual").is_file(), f"{name}.actual is written on a mismatch")
        actual = (wrong / "stdout.actual").read_bytes() if (wrong / "stdout.actual").exists() else b""
        check(actual.startswith(b"ntnu ") and actual != (wrong / "stdout").read_bytes(),
              "stdout.actual holds what the binary printed")

        # 2. --update rewrites the expectations; the case then passes and stale .actual files go.
        result = run(binary, wrong, update=True)
        check(result.returncode == 0 and (wrong / "stdout").read_bytes() == actual,
              "--update rewrites stdout with the actual output", result.stdout + result.stderr)
        check(not any(wrong.glob("*.actual")), "--update removes the .actual files")
        result = run(binary, wrong)
        check(result.returncode == 0, "an updated case passes", result.stdout + result.stderr)

        # 3. A wrong status alone is caught.
        (wrong / "status").write_text("7\n")
        result = run(binary, wrong)
        out = result.stdout + result.stderr
        check(result.returncode == 1 and "--- status (expected)" in out,
              "a wrong expected status makes the runner exit 1", out)
        (wrong / "status").write_text("0\n")

        # 4. A missing expectation is a failure, not a pass.
        (wrong / "stderr").unlink()
        result = run(binary, wrong)
        check(result.returncode == 1, "a missing expected file is a failure",
              result.stdout + result.stderr)
        (wrong / "stderr").write_bytes(b"")

        # 5. A case that does not fix --now is refused without running, even with --update.
        for update in (False, True):
            result = run(binary, unfixed, update=update)
            out = result.stdout + result.stderr
            check(result.returncode == 1 and "--now" in out and "must fix" in out,
                  f"a case without --now or NTNU_NOW is refused (update={update})", out)
        check(not any(unfixed.glob("*.actual")), "a refused case leaves no .actual files")

        # 6. Several cases: one failure fails the whole run.
        (wrong / "stdout").write_text("wrong again\n")
        result = run(binary, wrong, unfixed)
        check(result.returncode == 1 and "0 of 2 cases passed" in result.stdout,
              "the runner reports on several cases and fails if any fails", result.stdout)

        # 7. Death by a signal and a timeout are failures that say so, and are never recorded.
        crashing = fake_binary(work, "kill -SEGV $$")
        result = run(crashing, wrong, update=True)
        out = result.stdout + result.stderr
        check(result.returncode == 1 and "SIGSEGV" in out,
              "a binary killed by a signal fails the case, naming the signal", out)
        check((wrong / "stdout").read_text() == "wrong again\n",
              "--update does not record the output of a crash")
        hanging = fake_binary(work, "exec sleep 30")
        result = run(hanging, wrong, env_extra={"NTNU_GOLDEN_TIMEOUT": "1"})
        out = result.stdout + result.stderr
        check(result.returncode == 1 and "timed out" in out,
              "a binary that does not finish fails the case as timed out", out)

        # 8. A case with a setup script runs in a scratch copy where the script made its files;
        #    the copy and anything the script left running are gone afterwards, and a failing
        #    script fails the case.
        made = work / "cases" / "with_setup"
        made.mkdir()
        pid_file = work / "setup.pid"
        (made / "args").write_text("--now\n2026-11-27T12:00:00Z\n--tz\nUTC\n--color\nnever\n")
        (made / "env").write_text(f"PID_FILE={pid_file}\n")
        (made / "setup").write_text('printf made > made.txt\nsleep 300 &\necho $! > "$PID_FILE"\n')
        (made / "stdout").write_text("made")
        (made / "stderr").write_text("")
        (made / "status").write_text("0\n")
        reader = fake_binary(work, "cat made.txt")
        result = run(reader, made)
        check(result.returncode == 0, "a case reads the files its setup made",
              result.stdout + result.stderr)
        check(not (made / "made.txt").exists(), "setup's files do not land in the case folder")
        left = int(pid_file.read_text()) if pid_file.exists() else 0
        check(left > 0 and not still_running(left, "sleep"),
              "a job the setup left running is killed after the case")
        (made / "setup").write_text("echo broken >&2\nexit 3\n")
        result = run(reader, made)
        out = result.stdout + result.stderr
        check(result.returncode == 1 and "setup failed with status 3" in out and "broken" in out,
              "a failing setup fails the case, with its output", out)

    print(f"{'self-test failed: ' + str(len(failures)) + ' check(s)' if failures else 'all checks hold'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
