#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Proves that ctest clears NTNU_GOLDEN_UPDATE for the golden tests.

Usage: update_cleared_test.py --binary PATH/TO/ntnu

ctest starts this test with NTNU_GOLDEN_UPDATE=1 and then applies the clearing that every
golden test gets (tests/golden/CMakeLists.txt). It runs the runner with the environment it was
given, as the golden chunks do, on a copy of selftest/wrong_stdout: the runner must fail and
leave the expectation as it was. Without the clearing, the runner would rewrite the case and
pass. Exit 0 when that holds, 1 otherwise.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        case = Path(scratch) / "wrong_stdout"
        shutil.copytree(HERE / "selftest" / "wrong_stdout", case)
        before = (case / "stdout").read_bytes()
        result = subprocess.run([sys.executable, str(HERE / "run_golden.py"), "--binary",
                                 options.binary, str(case)],
                                capture_output=True, text=True, env=dict(os.environ), timeout=60)
        after = (case / "stdout").read_bytes()
    problems = []
    if os.environ.get("NTNU_GOLDEN_UPDATE", "") not in ("", "0"):
        problems.append("NTNU_GOLDEN_UPDATE=%s reached the test" % os.environ["NTNU_GOLDEN_UPDATE"])
    if result.returncode != 1:
        problems.append("the runner exited %d on a wrong case, not 1" % result.returncode)
    if after != before:
        problems.append("the runner rewrote the wrong case's expectation")
    for problem in problems:
        print("FAIL  " + problem)
    if problems:
        print(result.stdout + result.stderr)
        return 1
    print("ok    a wrong case still fails, and is not rewritten, under NTNU_GOLDEN_UPDATE=1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
