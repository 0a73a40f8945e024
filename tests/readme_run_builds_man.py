#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The README's examples that read a built file work after `make run`: each `man ./build/F`
names a file the man page target makes, and `make run` builds that target (issue 27, point 13).

Usage: readme_run_builds_man.py SOURCE_DIR
"""
import re
import sys
from pathlib import Path


def main():
    root = Path(sys.argv[1])
    readme = (root / "README.md").read_text(encoding="utf-8")
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    docs = (root / "docs" / "CMakeLists.txt").read_text(encoding="utf-8")
    failures = []
    recipe = re.search(r"^run:.*\n((?:\t.*\n)+)", makefile, re.M)
    if recipe is None:
        failures.append("Makefile has no `run:` recipe")
        run_targets = set()
    else:
        run_targets = set()
        for line in recipe.group(1).splitlines():
            found = re.search(r"--target ([\w ]+)", line)
            if found:
                run_targets.update(found.group(1).split())
    for page in re.findall(r"man \./build/(\S+)", readme):
        # The man page target's outputs are ${PROJECT_BINARY_DIR}/NAME.
        if not re.search(r"set\(man_page \$\{PROJECT_BINARY_DIR\}/" + re.escape(page) + r"\)", docs):
            failures.append(f"README reads build/{page}, which docs/CMakeLists.txt does not make")
        if "man_page" not in run_targets:
            failures.append(f"README reads build/{page} after `make run`, which builds only "
                            f"{sorted(run_targets)}, not man_page")
    for failure in failures:
        print(failure)
    if not re.findall(r"man \./build/", readme):
        print("README has no `man ./build/` example: this test checks nothing")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
