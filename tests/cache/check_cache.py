#!/usr/bin/env python3
"""The cache of parsed data files, driven through the real binary with HOME in a scratch
directory: it is written, really read, refreshed on every change to the data file, shrugs off
damage, never speaks, and stays away from pipes, broken data and NTNU_CACHE=0.

Usage: check_cache.py NTNU_BINARY DATA_FILE

Exit 0 when every check holds, 1 otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIXED = ["--now", "2026-11-27T12:00:00Z", "--tz", "UTC", "--color", "never"]
COMMANDS = [
    ["programmes", "--search", "e"],
    ["deadline", "--citizenship", "IN", "--json"],
    ["programme", "mixd"],
]
NAME = b"Interaction Design"  # mixd's name in the shipped data
failures: list[str] = []


def check(what: str, ok: bool, detail: str = "") -> None:
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        failures.append(what + (f": {detail}" if detail else ""))


def run(binary: str, data: str, args: list[str], env: dict[str, str],
        stdin=subprocess.DEVNULL, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    environment = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **env}
    return subprocess.run([*(prefix or []), binary, "--data", data, *FIXED, *args],
                          env=environment, stdin=stdin, capture_output=True, timeout=60)


def answers(binary: str, data: str, env: dict[str, str]) -> list[tuple[int, bytes, bytes]]:
    return [(p.returncode, p.stdout, p.stderr)
            for p in (run(binary, data, args, env) for args in COMMANDS)]


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*")) if cache.is_dir() else []


def settle() -> None:
    # The binary skips caching a file changed within the file system's current time tick (a
    # few milliseconds), as a later write in that tick would not change the file's times.
    time.sleep(0.05)


def checksum(data: bytes) -> int:
    """lib/catalog_binary.cpp's checksum, to forge an entry that differs from the file."""
    mask, prime = (1 << 64) - 1, 0x9E3779B97F4A7C15
    lanes = [1, 2, 3, 4]
    i = 0
    while i + 32 <= len(data):
        for k in range(4):
            word = int.from_bytes(data[i + 8 * k:i + 8 * k + 8], "little")
            v = ((lanes[k] ^ word) * prime) & mask
            lanes[k] = ((v << 31) | (v >> 33)) & mask
        i += 32
    h = len(data)
    for byte in data[i:]:
        h = ((h ^ byte) * prime) & mask
    for lane in lanes:
        h = ((h ^ lane) * prime) & mask
        h ^= h >> 29
    return h


def forge(entry: Path, old: bytes, new: bytes, fix: bool = True) -> bool:
    """Replaces `old` by `new` (as long) in one programme record of an entry and fixes the
    checksums (unless not `fix`): the record's in its row of the head, the head's in the
    header."""
    blob_start = 8 + 8 + 5 * 8  # cli/catalog_cache.cpp's header
    payload_start = blob_start + 8 + 4 + 8 + 8  # lib/catalog_binary.cpp's header
    raw = bytearray(entry.read_bytes())
    head_size = int.from_bytes(raw[payload_start:payload_start + 8], "little")
    head_start = payload_start + 8
    tail_start = head_start + head_size
    tail = bytes(raw[tail_start:])
    if len(new) != len(old) or tail.count(old) != 1:
        return False
    at = tail.find(old)
    # The rows of the record table end the head, one per record in order: 4-byte offset,
    # 4-byte length, 8-byte checksum. The last row starting at or before `at` is old's.
    row = tail_start - 16
    while int.from_bytes(raw[row:row + 4], "little") > at:
        row -= 16
    offset = int.from_bytes(raw[row:row + 4], "little")
    length = int.from_bytes(raw[row + 4:row + 8], "little")
    record = tail[offset:offset + length].replace(old, new)
    raw[tail_start + offset:tail_start + offset + length] = record
    if not fix:
        entry.write_bytes(bytes(raw))
        return True
    raw[row + 8:row + 16] = checksum(record).to_bytes(8, "little")
    head = bytes(raw[head_start:tail_start])
    raw[payload_start - 8:payload_start] = checksum(head).to_bytes(8, "little")
    entry.write_bytes(bytes(raw))
    return True


def written_then_read(binary: str, shipped: Path, scratch: Path) -> None:
    data = scratch / "data.toml"
    shutil.copyfile(shipped, data)
    settle()
    home = scratch / "home"
    home.mkdir()
    cache = home / ".cache" / "ntnu"

    proc = subprocess.run([binary, "validate", str(data)], capture_output=True,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(home)})
    check("validate reads the file itself and writes no entry",
          proc.returncode == 0 and not cache.exists(), repr(proc))
    expected = answers(binary, str(data), {"HOME": str(home), "NTNU_CACHE": "0"})
    check("NTNU_CACHE=0 writes nothing", not cache.exists())
    answers(binary, str(data), {"HOME": str(home), "NTNU_CACHE": "off"})
    check("NTNU_CACHE=off writes nothing", not cache.exists())
    check("the answers succeed", all(status == 0 and out for status, out, _ in expected),
          repr(expected))

    env = {"HOME": str(home)}
    first = answers(binary, str(data), env)
    check("the first run answers as without a cache", first == expected)
    written = entries(cache)
    check("the first run writes one entry", len(written) == 1, repr(written))
    if len(written) != 1:
        return
    entry = written[0]
    check("the cache directory is private", (cache.stat().st_mode & 0o777) == 0o700)
    check("the entry is private", (entry.stat().st_mode & 0o777) == 0o600)
    before = entry.stat()
    second = answers(binary, str(data), env)
    check("later runs answer byte for byte the same", second == expected)
    after = entry.stat()
    check("a hit leaves the entry as it is",
          (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns))

    # An entry that says something else proves the entry, not the file, answered.
    forged = b"Interaction Dezign"
    if forge(entry, NAME, forged):
        proc = run(binary, str(data), ["programme", "mixd"], env)
        check("a hit reads the entry, not the file", forged in proc.stdout, proc.stdout[:200])
        proc = run(binary, str(data), ["programmes", "--search", "mixd"], env)
        check("a search reads the entry, not the file", forged in proc.stdout, proc.stdout[:200])
        # Another record damaged: the whole entry is refused (the file is parsed), yet a
        # search that does not match it reads its own record alone.
        if forge(entry, b"Hydropower", b"Hydropowex", fix=False):
            proc = run(binary, str(data), ["programmes", "--search", "mixd"], env)
            check("a search reads only its matches", forged in proc.stdout, proc.stdout[:200])
            proc = run(binary, str(data), ["programme", "mixd"], env)
            check("a damaged record fails the whole entry", NAME in proc.stdout,
                  proc.stdout[:200])
        else:
            check("the entry holds msb1's name once", False)
    else:
        check("the entry holds mixd's name once", False)

    # The same size, and the modification time put back: the change time still tells.
    stat = data.stat()
    text = data.read_bytes()
    data.write_bytes(text.replace(NAME, b"Interaction Desigm"))
    os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    check("the edited file has the old size and time",
          (data.stat().st_size, data.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns))
    proc = run(binary, str(data), ["programme", "mixd"], env)
    check("an edit of the same size and time is seen", b"Interaction Desigm" in proc.stdout,
          proc.stdout[:200])
    data.write_bytes(text)
    settle()

    for name, damage in [("cut in half", lambda b: b[:len(b) // 2]),
                         ("emptied", lambda b: b""),
                         ("of random bytes", lambda b: os.urandom(len(b))),
                         ("one byte short", lambda b: b[:-1]),
                         ("one byte long", lambda b: b + b"\0")]:
        answers(binary, str(data), env)  # an entry for the file as it is now
        good = entry.read_bytes()
        entry.write_bytes(damage(good))
        check(f"an entry {name} is ignored", answers(binary, str(data), env) == expected)
        check(f"an entry {name} is replaced", entry.read_bytes() == good)


def xdg_cache_home(binary: str, shipped: Path, scratch: Path) -> None:
    home = scratch / "xdg-home"
    xdg = scratch / "xdg"
    answers(binary, str(shipped), {"HOME": str(home), "XDG_CACHE_HOME": str(xdg)})
    check("XDG_CACHE_HOME holds the cache", len(entries(xdg / "ntnu")) == 1 and not home.exists())
    answers(binary, str(shipped), {"HOME": str(home), "XDG_CACHE_HOME": "relative"})
    check("a relative XDG_CACHE_HOME is ignored for ~/.cache",
          len(entries(home / ".cache" / "ntnu")) == 1 and not Path("relative").exists())


def never_cached(binary: str, shipped: Path, scratch: Path) -> None:
    home = scratch / "never-home"
    env = {"HOME": str(home)}
    cache = home / ".cache" / "ntnu"
    text = shipped.read_bytes()
    proc = run(binary, "/dev/stdin", ["programme", "mixd"], env, stdin=open(shipped, "rb"))
    check("--data /dev/stdin answers", proc.returncode == 0 and NAME in proc.stdout)
    check("--data /dev/stdin is not cached", not entries(cache), repr(entries(cache)))
    cat = subprocess.Popen(["cat", str(shipped)], stdout=subprocess.PIPE)
    proc = run(binary, "/dev/stdin", ["programme", "mixd"], env, stdin=cat.stdout)
    cat.wait()
    check("a pipe answers", proc.returncode == 0 and NAME in proc.stdout)
    check("a pipe is not cached", not entries(cache), repr(entries(cache)))

    broken = scratch / "broken.toml"
    broken.write_bytes(text.replace(b'zone = "Europe/Oslo"', b'zone = "Europe/Olso"'))
    settle()
    runs = [run(binary, str(broken), ["programme", "mixd"], env) for _ in range(2)]
    check("a broken file fails every run alike",
          all(p.returncode == 1 and b"unknown time zone 'Europe/Olso'" in p.stderr
              for p in runs) and runs[0].stderr == runs[1].stderr,
          repr([p.stderr[:200] for p in runs]))
    check("a broken file is not cached", not entries(cache), repr(entries(cache)))


def unwritable(binary: str, shipped: Path, scratch: Path) -> None:
    expected = answers(binary, str(shipped), {"NTNU_CACHE": "0"})
    # A file where the cache directory should be stops even root.
    home = scratch / "file-home"
    (home / ".cache").mkdir(parents=True)
    (home / ".cache" / "ntnu").write_bytes(b"not a directory")
    check("a file in the cache directory's place: same answers, nothing said",
          answers(binary, str(shipped), {"HOME": str(home)}) == expected)

    # Root writes anywhere, whatever the mode says; so as root, run the binary as nobody.
    os.chmod(scratch, 0o755)
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            print("skip  read-only cache directory: running as root without setpriv")
            return
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        if subprocess.run([*prefix, "test", "-r", str(shipped)]).returncode != 0 or \
                subprocess.run([*prefix, "test", "-x", binary]).returncode != 0:
            print("skip  read-only cache directory: user nobody cannot run the binary here")
            return
    home = scratch / "read-only-home"
    cache = home / ".cache" / "ntnu"
    cache.mkdir(parents=True)
    os.chmod(cache, 0o555)
    got = [(p.returncode, p.stdout, p.stderr)
           for p in (run(binary, str(shipped), args, {"HOME": str(home)}, prefix=prefix)
                     for args in COMMANDS)]
    check("a read-only cache directory: same answers, nothing said", got == expected)
    check("nothing is left in the read-only cache directory", not entries(cache))


# `programmes --search` reads only the matching records of an entry: each must answer byte for
# byte as with no cache. Every search is checked on the shipped data and on a generated
# catalogue (with one accented name added, as the shipped data has none).
SEARCHES = [
    ["--search", "x"],
    ["--search", "design"],
    ["--search", "Systems"],
    ["--search", "ørland"],
    ["--search", "ORLAND"],
    ["--search", "Å"],
    ["--search", "MIXD"],
    ["--search", "synthetic-00042"],
    ["--search", "no such programme anywhere"],
    ["--search", "e", "--campus", "gjovik"],
    ["--search", "sec", "--level", "master", "--open-to", "non-eu"],
    ["--search", "design", "--json"],
    ["--search", "qqqq", "--json"],
    ["--search", "engineering", "--format", "{id} {name}"],
    ["--search", "qqqq", "--format", "{id}"],
    ["--search", "qqqq", "--format", "{nonsense}"],
    ["--search", "energy", "--lang", "nb"],
    ["--search", "-"],
    ["--search", ""],
]


def searches(binary: str, shipped: Path, scratch: Path) -> None:
    generated = scratch / "generated.toml"
    script = Path(__file__).resolve().parents[2] / "bench" / "gen_catalog.py"
    subprocess.run([sys.executable, str(script), str(shipped), str(generated), "300"],
                   check=True, capture_output=True)
    text = generated.read_text(encoding="utf-8")
    at = text.rfind('name = "Synthetic ')
    generated.write_text(text[:at] + 'name = "Synthetic Ørland Ålesund ' +
                         text[at + len('name = "Synthetic '):], encoding="utf-8")
    settle()
    for data in (shipped, generated):
        home = scratch / ("search-home-" + data.stem)
        env = {"HOME": str(home)}
        run(binary, str(data), ["programmes"], env)  # writes the entry
        check(f"{data.name}: an entry is written", len(entries(home / ".cache" / "ntnu")) == 1)
        for args in SEARCHES:
            expected = run(binary, str(data), ["programmes", *args], {**env, "NTNU_CACHE": "0"})
            got = run(binary, str(data), ["programmes", *args], env)
            check(f"{data.name}: programmes {' '.join(args)} answers as without a cache",
                  (got.returncode, got.stdout, got.stderr) ==
                  (expected.returncode, expected.stdout, expected.stderr),
                  repr((expected.stdout[-300:], got.stdout[-300:])))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    binary = str(Path(argv[0]).resolve())
    with tempfile.TemporaryDirectory(prefix="ntnu-cache-") as temp:
        scratch = Path(temp)
        shipped = scratch / "shipped.toml"
        shutil.copyfile(argv[1], shipped)
        os.chmod(shipped, 0o644)
        settle()
        written_then_read(binary, shipped, scratch)
        xdg_cache_home(binary, shipped, scratch)
        never_cached(binary, shipped, scratch)
        unwritable(binary, shipped, scratch)
        searches(binary, shipped, scratch)
    if failures:
        print("\n".join(["", "FAILED:", *failures]))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
