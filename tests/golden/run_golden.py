#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Golden (approval) tests of the real `ntnu` binary.

Runs one or more case directories. Each case is a folder holding:

  args     one argument per line (see read_args for the exact rule)
  env      optional: KEY=VALUE lines added to the environment, -KEY removes KEY
  stdin    optional: bytes fed to standard input (otherwise stdin is /dev/null)
  setup    optional: a shell script that makes the files the case needs (too big to
           commit, or special: a FIFO); the case then runs in a scratch copy of its folder
  stdout   expected standard output, byte for byte
  stderr   expected standard error, byte for byte
  status   expected exit status, as text

The binary runs with its working directory set to the case directory, in a
minimal environment, with a timeout. On a mismatch the actual output is written
beside the expectations as stdout.actual, stderr.actual and status.actual, a
unified diff is printed, and the runner exits 1. With --update (or
NTNU_GOLDEN_UPDATE=1) the expectations are rewritten instead.

Every case must fix the clock and the display zone (--now or NTNU_NOW, --tz or
TZ) and the colour (--color), so no output ever needs filtering.

Cases run in parallel with --jobs N (default 1); each case's report is printed whole, in the
order the cases were given, and a run of several cases ends with the list of those that failed.
ctest runs the cases in chunks, one runner process each (CMakeLists.txt).

Standard library only. Exit status: 0 all passed (or updated), 1 a case failed,
2 the runner was called wrongly.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import io
import json
import difflib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

# NTNU_GOLDEN_TIMEOUT exists for the runner's own self-test, which must not wait 10 s.
TIMEOUT_SECONDS = float(os.environ.get("NTNU_GOLDEN_TIMEOUT", "10"))

# The whole environment the binary sees, before the case's own `env` file.
BASE_ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
}

EXPECTED = ("stdout", "stderr", "status")

# Files of a case that describe it, rather than being material it runs on.
CASE_FILES = {"args", "env", "stdin", "setup", *EXPECTED,
              *(f"{name}.actual" for name in EXPECTED)}
SETUP_TIMEOUT_SECONDS = 120


class CaseError(Exception):
    """A case that is malformed or cannot run: a failure, with a reason."""


def read_args(case: Path) -> list[str]:
    """One argument per line.

    Every line ends with a newline, so the file's final newline ends the last
    argument and does not start another. An empty line is an empty-string
    argument; to pass an empty string as the last argument, end the file with
    an empty line ("...\\n\\n"). An empty file means no arguments. Carriage
    returns are refused, so a file saved with CRLF cannot pass "\\r" silently.
    """
    path = case / "args"
    if not path.is_file():
        raise CaseError(f"{path}: missing; a case needs an args file")
    text = path.read_text(encoding="utf-8")
    if "\r" in text:
        raise CaseError(f"{path}: contains a carriage return; save it with LF line endings")
    if text == "":
        return []
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")


def case_env(case: Path) -> dict[str, str]:
    """The base environment with the case's `env` file applied.

    Lines are KEY=VALUE (VALUE may be empty, and may contain '='), or -KEY to
    remove KEY. Blank lines and lines starting with '#' are ignored.
    """
    env = dict(BASE_ENV)
    path = case / "env"
    if not path.exists():
        return env
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line.strip() == "" or line.startswith("#"):
            continue
        if line.startswith("-"):
            env.pop(line[1:], None)
            continue
        key, sep, value = line.partition("=")
        if not sep or not key:
            raise CaseError(f"{path}:{number}: expected KEY=VALUE or -KEY, got {line!r}")
        env[key] = value
    return env


def has_option(args: list[str], name: str) -> bool:
    return any(a == name or a.startswith(name + "=") for a in args)


def check_fixed(args: list[str], env: dict[str, str]) -> None:
    """Refuses a case whose output could depend on the clock, the host zone or a terminal."""
    missing = []
    if not has_option(args, "--now") and "NTNU_NOW" not in env:
        missing.append("--now (or NTNU_NOW in env)")
    if not has_option(args, "--tz") and "TZ" not in env:
        missing.append("--tz (or TZ in env)")
    if not has_option(args, "--color"):
        missing.append("--color")
    if missing:
        raise CaseError("the case must fix " + ", ".join(missing) +
                        " so that its output does not depend on the machine")


class Scratch:
    """The folder a case runs in: the case folder itself, or, for a case with a `setup`
    script, a scratch copy of it where the script has made its files.

    The script runs with `sh` in its own process group, with the case's environment. Anything
    it leaves running (a writer feeding a FIFO) is killed when the case ends, and the copy is
    removed, so a 50 MB file never lands in the source tree.
    """

    def __init__(self, case: Path, env: dict[str, str]):
        self.case = case
        self.env = env
        self.temp: tempfile.TemporaryDirectory[str] | None = None
        self.group: int | None = None

    def __enter__(self) -> Path:
        setup = self.case / "setup"
        if not setup.exists():
            return self.case
        self.temp = tempfile.TemporaryDirectory(prefix=f"ntnu-golden-{self.case.name}-")
        work = Path(self.temp.name)
        for item in self.case.iterdir():
            if item.name not in CASE_FILES:
                copy = shutil.copytree if item.is_dir() else shutil.copy2
                copy(item, work / item.name)
        # Output to a file, not a pipe: a job the script leaves running must not keep us waiting.
        with tempfile.TemporaryFile() as log:
            proc = subprocess.Popen(["sh", str(setup)], cwd=work, env=self.env,
                                    stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                    start_new_session=True)
            self.group = proc.pid
            try:
                proc.wait(timeout=SETUP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                self.__exit__()
                raise CaseError(f"setup timed out after {SETUP_TIMEOUT_SECONDS} s") from None
            if proc.returncode != 0:
                log.seek(0)
                output = log.read().decode("utf-8", "replace")
                self.__exit__()
                raise CaseError(f"setup failed with status {proc.returncode}:\n{output}")
        return work

    def __exit__(self, *exc: object) -> None:
        if self.group is not None:
            try:
                os.killpg(self.group, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass  # nothing of the setup is left running
            self.group = None
        if self.temp is not None:
            self.temp.cleanup()
            self.temp = None


def run_binary(binary: Path, case: Path, args: list[str],
               env: dict[str, str]) -> dict[str, bytes]:
    stdin_path = case / "stdin"
    stdin_bytes = stdin_path.read_bytes() if stdin_path.exists() else None
    try:
        with Scratch(case, env) as work:
            proc = subprocess.run(
                [str(binary), *args],
                cwd=work,
                env=env,
                input=stdin_bytes,
                stdin=None if stdin_bytes is not None else subprocess.DEVNULL,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
            )
    except subprocess.TimeoutExpired:
        raise CaseError(f"timed out after {TIMEOUT_SECONDS:g} s") from None
    except OSError as e:
        raise CaseError(f"cannot run {binary}: {e}") from None
    if proc.returncode < 0:
        try:
            name = signal.Signals(-proc.returncode).name
        except ValueError:
            name = f"signal {-proc.returncode}"
        stderr = proc.stderr.decode("utf-8", "replace")
        raise CaseError(f"killed by {name}; stderr was:\n{stderr}")
    return {
        "stdout": proc.stdout,
        "stderr": proc.stderr,
        "status": f"{proc.returncode}\n".encode(),
    }


def visible(data: bytes) -> list[str]:
    """Lines for a diff, with escape characters shown rather than sent to the terminal."""
    text = data.decode("utf-8", "backslashreplace").replace("\x1b", "\\x1b")
    return text.splitlines(keepends=True)


def diff(name: str, expected: bytes, actual: bytes) -> str:
    lines = difflib.unified_diff(visible(expected), visible(actual),
                                 fromfile=f"{name} (expected)", tofile=f"{name} (actual)")
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def remove_actual(case: Path) -> None:
    for name in EXPECTED:
        (case / f"{name}.actual").unlink(missing_ok=True)


SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "ntnu.schema.json"


def json_problems(args: list[str], stdout: bytes) -> list[str]:
    """Every --json output must parse with jq and validate against docs/ntnu.schema.json."""
    if not has_option(args, "--json") or not stdout.strip():
        return []
    problems = []
    jq = subprocess.run(["jq", "-e", "."], input=stdout, capture_output=True)
    if jq.returncode != 0:
        problems.append(f"jq could not parse the --json output: {jq.stderr.decode().strip()}\n")
    try:
        import jsonschema  # Debian's python3-jsonschema; the test set-up installs it
    except ImportError:
        return problems + ["python3-jsonschema is not installed: cannot check the schema\n"]
    try:
        document = json.loads(stdout)
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    except (ValueError, jsonschema.ValidationError) as e:
        problems.append(f"the --json output does not follow {SCHEMA.name}: {e}\n")
    return problems


def run_case(binary: Path, case: Path, update: bool, out: io.TextIOBase) -> bool:
    """Runs one case, writing its report to `out`; True when it passed (or was updated)."""
    label = case.name
    try:
        args = read_args(case)
        env = case_env(case)
        check_fixed(args, env)
        actual = run_binary(binary, case, args, env)
    except CaseError as e:
        print(f"FAIL {label}: {e}", file=out)
        return False

    if update:
        for name in EXPECTED:
            (case / name).write_bytes(actual[name])
        remove_actual(case)
        print(f"UPDATED {label}", file=out)
        return True

    problems = json_problems(args, actual["stdout"])
    for name in EXPECTED:
        path = case / name
        if not path.exists():
            problems.append(f"{name}: no expected file; run with --update to create it\n")
            continue
        expected = path.read_bytes()
        if name == "status":
            # The status file is compared as a number, so a missing newline does not matter.
            try:
                same = int(expected.decode().strip()) == int(actual[name].decode().strip())
            except ValueError:
                problems.append(f"status: expected file holds {expected!r}, not a number\n")
                continue
        else:
            same = expected == actual[name]
        if not same:
            problems.append(diff(name, expected, actual[name]))

    if not problems:
        remove_actual(case)
        print(f"PASS {label}", file=out)
        return True
    for name in EXPECTED:
        (case / f"{name}.actual").write_bytes(actual[name])
    print(f"FAIL {label}: output differs; the actual output is in {case}/*.actual", file=out)
    print(f"  args: {args!r}", file=out)
    for problem in problems:
        out.write(problem)
    return False


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Run golden test cases of the ntnu binary.")
    parser.add_argument("--binary", required=True, type=Path, help="the ntnu executable")
    parser.add_argument("--update", action="store_true",
                        help="rewrite the expected files from the actual output "
                             "(also: NTNU_GOLDEN_UPDATE=1)")
    parser.add_argument("--jobs", "-j", type=int, default=1,
                        help="how many cases to run at once (default 1)")
    parser.add_argument("cases", nargs="+", type=Path, help="case directories")
    options = parser.parse_args(argv)

    binary = options.binary.resolve()
    if not binary.is_file() or not os.access(binary, os.X_OK):
        print(f"run_golden.py: {options.binary} is not an executable file", file=sys.stderr)
        return 2
    update = options.update or os.environ.get("NTNU_GOLDEN_UPDATE", "") not in ("", "0")

    cases = [c.resolve() for c in options.cases]
    for case in cases:
        if not case.is_dir():
            print(f"run_golden.py: {case} is not a case directory", file=sys.stderr)
            return 2

    def run(case: Path) -> tuple[bool, str]:
        out = io.StringIO()
        try:
            passed = run_case(binary, case, update, out)
        except Exception as e:  # a bug in the runner fails this case, not the whole run unread
            print(f"FAIL {case.name}: the runner raised {e!r}", file=out)
            passed = False
        return passed, out.getvalue()

    failed = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        # map() yields in the order given, so the reports read the same at any --jobs.
        for case, (passed, report) in zip(cases, pool.map(run, cases)):
            sys.stdout.write(report)
            sys.stdout.flush()
            if not passed:
                failed.append(case.name)
    if len(cases) > 1:
        print(f"{len(cases) - len(failed)} of {len(cases)} cases "
              f"{'updated' if update else 'passed'}")
        if failed:
            print("failed: " + " ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
