#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Loads hostile data files at the loader's 4 MiB size limit, one of each shape issue 25 found
quadratic or unbounded, and prints the wall time and peak memory of `ntnu validate FILE` on each.

Usage: load_limits.py NTNU_BINARY [OUT_DIR]   (OUT_DIR defaults to a temporary folder)

The shapes (all SYNTHETIC: ids "p00001", URLs on example.invalid; never committed or shipped):
  programmes-and-references  the shipped data, then programmes and [[deadline]] lists naming
                             them, half the names unknown: once a scan of every programme per
                             name, and a "did you mean" over all of them per unknown one
  unknown-country-codes      one [[country_set]] whose countries are "QQ", 4 MiB of them
  long-integer-array         `a = [1,1,1,…]`, 4 MiB of it
The aim (issue 25): each under 1 s and 64 MiB. Exit 0 when every file is within it, 1 if not;
the time judged is CPU time (user and system), as wall time on a shared machine counts the other
jobs too; both are printed. Needs GNU time (/usr/bin/time, Debian package `time`).
The limits are the loader's (lib/catalog_parser.hpp, lib/toml_shape_guard.hpp), not this file's.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

LIMIT = 4 * 1024 * 1024  # max_catalog_bytes
AIM_SECONDS = 1.0
AIM_MIB = 64.0
ROOT = Path(__file__).resolve().parent.parent


def programmes_and_references() -> str:
    """As many programmes and references as the key and element caps let through, their names
    padded so that the file ends just under the size limit."""
    base = (ROOT / "data" / "ntnu.toml").read_text()
    programmes, references = 12_000, 80_000
    fixed = 0
    body = []
    for i in range(programmes):
        body.append(
            "[[programme]]\n"
            f'id = "p{i:05d}"\n'
            'name = "{name}"\n'
            'level = "master"\nkind = "regular"\n'
            f'url = "https://example.invalid/p{i:05d}"\n'
            'deadlines = "general"\nconfidence = "assumed"\n'
            'sources = ["https://example.invalid/"]\n')
    lists = []
    per_deadline = 1_000
    for d in range(references // per_deadline):
        # Half the names are programmes of the file, half are not (q…: a "did you mean" each).
        names = ", ".join(
            f'"{"p" if (d * per_deadline + k) % 2 == 0 else "q"}{(d * per_deadline + k) % programmes:05d}"'
            for k in range(per_deadline))
        lists.append(f'[[deadline]]\nid = "synthetic-{d}"\nprogrammes = [{names}]\n')
    fixed = len(base) + sum(len(b) - len("{name}") for b in body) + sum(len(x) for x in lists)
    width = max(1, (LIMIT - 64 - fixed) // programmes)
    name = "Synthetic " + "x" * (width - len("Synthetic "))
    return base + "".join(b.replace("{name}", name) for b in body) + "".join(lists)


def unknown_country_codes() -> str:
    head = '[[country_set]]\nid = "synthetic"\ncountries = ['
    tail = ']\nconfidence = "assumed"\nsources = ["https://example.invalid/"]\n'
    count = (LIMIT - len(head) - len(tail)) // len('"QQ",')
    return head + '"QQ",' * count + tail


def long_integer_array() -> str:
    head, tail = "a = [", "1]\n"
    return head + "1," * ((LIMIT - len(head) - len(tail)) // 2) + tail


SHAPES = {
    "programmes-and-references": programmes_and_references,
    "unknown-country-codes": unknown_country_codes,
    "long-integer-array": long_integer_array,
}


def measure(binary: str, path: Path) -> tuple[float, float, float, int, str]:
    """Wall seconds, CPU seconds (user and system), peak resident MiB, exit status and a
    summary of the output, from GNU time: the program's own figures, not those of this
    script's fork before the exec (Python's own few dozen MiB would count as the child's)."""
    with tempfile.NamedTemporaryFile("r", prefix="ntnu-time-") as report:
        proc = subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%e %U %S %M", binary,
                               "validate", str(path)], capture_output=True,
                              env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
        wall, user, system, kib = report.read().split()[-4:]
    lines = (proc.stdout + proc.stderr).decode("utf-8", "replace").splitlines()
    summary = f"{len(lines)} lines; first: {lines[0][:90] if lines else ''}"
    return float(wall), float(user) + float(system), int(kib) / 1024, proc.returncode, summary


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__)
        return 2
    binary = str(Path(argv[0]).resolve())
    with tempfile.TemporaryDirectory(prefix="ntnu-load-limits-") as scratch:
        out_dir = Path(argv[1]) if len(argv) == 2 else Path(scratch)
        out_dir.mkdir(parents=True, exist_ok=True)
        missed = 0
        print(f"{'shape':28} {'bytes':>9} {'wall':>7} {'cpu':>7} {'peak':>10}  status  aim")
        for name, make in SHAPES.items():
            path = out_dir / f"{name}.toml"
            text = make()
            assert len(text.encode()) <= LIMIT, (name, len(text))
            path.write_text(text)
            wall, cpu, mib, status, summary = measure(binary, path)
            # CPU time is the measure on a shared machine: wall time there counts other jobs.
            met = cpu < AIM_SECONDS and mib < AIM_MIB
            missed += not met
            print(f"{name:28} {path.stat().st_size:>9} {wall:>6.2f}s {cpu:>6.2f}s {mib:>6.1f} MiB"
                  f"  {status:>6}  {'met' if met else 'NOT met'}")
            print(f"{'':28} {summary}")
    print("every shape within 1 s and 64 MiB" if not missed else f"{missed} shape(s) over the aim")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
