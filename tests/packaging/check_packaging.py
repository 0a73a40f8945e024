#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The release artefacts, checked from the already-built program (ctest label `packaging`).

    check_packaging.py build   BUILD_DIR OUT_DIR   cpack once, both packages, a test maintainer
    check_packaging.py lintian OUT_DIR             the .deb: lintian-clean, and what it holds
    check_packaging.py tarball OUT_DIR SOURCE_DIR  the tarball: exactly what it should hold
    check_packaging.py refuse  BUILD_DIR OUT_DIR   no maintainer, no .deb, and a clear message
    check_packaging.py install BUILD_DIR           cmake --install into a temporary prefix as a
                                                   user who is not root; the installed program
                                                   and man page work
"""

import glob
import gzip
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

# A maintainer for the tests only: example.org is reserved for examples (RFC 2606).
TEST_MAINTAINER = "Package Test <package-test@example.org>"
VERSION_FILE = "version.txt"

# Where `cmake --install` puts each file, relative to the prefix: the same for the .deb
# (under usr/) and the tarball (under its top folder).
PROGRAM_FILES = [
    "bin/ntnu",
    "share/man/man1/ntnu.1.gz",
    "share/bash-completion/completions/ntnu",
    "share/zsh/vendor-completions/_ntnu",
    "share/fish/vendor_completions.d/ntnu.fish",
]
DEB_ONLY_FILES = [
    "share/doc/ntnu/copyright",
    "share/doc/ntnu/changelog.gz",
    "share/lintian/overrides/ntnu",
]
TARBALL_ONLY_FILES = ["LICENSE", "INSTALL"]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}")
    return condition


def run(cmd, text=True, **kwargs):
    print("$", " ".join(cmd), flush=True)
    return subprocess.run(cmd, capture_output=True, text=text, **kwargs)


def finish():
    if failures:
        print(f"{len(failures)} failure(s)")
        sys.exit(1)
    print("ok")


def package_version(out_dir):
    with open(os.path.join(out_dir, VERSION_FILE), encoding="utf-8") as f:
        return f.read().strip()


def one(pattern):
    found = glob.glob(pattern)
    if len(found) != 1:
        print(f"FAIL: expected one {pattern}, found {found}")
        sys.exit(1)
    return found[0]


def cmd_build(build_dir, out_dir):
    """Both packages, as `make package` makes them, into OUT_DIR."""
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    result = run(["cpack", "--config", os.path.join(build_dir, "CPackConfig.cmake"), "-B", out_dir,
                  "-D", f"CPACK_DEBIAN_PACKAGE_MAINTAINER={TEST_MAINTAINER}"])
    print(result.stdout, result.stderr)
    if result.returncode != 0:
        sys.exit(1)
    # The version in the file names, for the other checks.
    version = None
    with open(os.path.join(build_dir, "CPackConfig.cmake"), encoding="utf-8") as f:
        for line in f:
            if line.startswith('set(CPACK_PACKAGE_VERSION "'):
                version = line.split('"')[1]
    with open(os.path.join(out_dir, VERSION_FILE), "w", encoding="utf-8") as f:
        f.write(f"{version}\n")
    print("ok")


def cmd_lintian(out_dir):
    version = package_version(out_dir)
    deb = one(os.path.join(out_dir, f"ntnu_{version}_*.deb"))

    # Errors and warnings fail; info and pedantic tags are shown for the reader.
    result = run(["lintian", "--fail-on", "error,warning", "--display-info", "--pedantic",
                  "--tag-display-limit", "0", deb])
    print(result.stdout, result.stderr)
    check(result.returncode == 0, f"lintian reports an error or a warning (exit {result.returncode})")
    for line in result.stdout.splitlines():
        check(not line.startswith(("E:", "W:")), f"lintian: {line}")

    # Every override is used, and carries its reason: lintian shows the comment above an
    # override as N: lines before its O: line. (--show-overrides makes lintian exit 2 even on a
    # clean package, so its status is taken from the run above.)
    shown = run(["lintian", "--show-overrides", "--tag-display-limit", "0", deb]).stdout
    print(shown)
    previous = ""
    overridden = 0
    for line in shown.splitlines():
        if line.startswith("O:"):
            overridden += 1
            check(previous.startswith("N:") and len(previous) > 3,
                  f"lintian override without a reason: {line}")
        previous = line
    check(overridden == 1, f"one tag is overridden (statically-linked-binary), not {overridden}")
    check("unused-override" not in result.stdout + shown, "no override is unused")

    listing = run(["dpkg-deb", "--fsys-tarfile", deb], text=False)
    with tarfile.open(fileobj=io.BytesIO(listing.stdout)) as tar:
        names = sorted(m.name.lstrip("./") for m in tar.getmembers() if m.isfile())
        changelog = gzip.decompress(tar.extractfile("./usr/share/doc/ntnu/changelog.gz").read())

    expected = sorted("usr/" + f for f in PROGRAM_FILES + DEB_ONLY_FILES)
    check(names == expected, f".deb holds {names}, expected {expected}")
    fields = run(["dpkg-deb", "--field", deb]).stdout
    print(fields)
    check(f"Maintainer: {TEST_MAINTAINER}\n" in fields, "the Maintainer is NTNU_MAINTAINER's value")
    check(f"Version: {version}\n" in fields, f"the package version is {version}")
    first = changelog.decode().splitlines()[0]
    check(first.startswith(f"ntnu ({version}) "), f"the changelog's newest entry is {version}: {first}")
    check(f" -- {TEST_MAINTAINER}  ".encode() in changelog, "the changelog is signed by the maintainer")
    finish()


def cmd_tarball(out_dir, source_dir):
    version = package_version(out_dir)
    top = f"ntnu-{version}-linux-x86_64"
    path = os.path.join(out_dir, f"{top}.tar.gz")
    check(os.path.isfile(path), f"{path} is made")
    with tarfile.open(path) as tar:
        members = {m.name: m for m in tar.getmembers()}
        files = sorted(n for n, m in members.items() if m.isfile())
        expected = sorted(f"{top}/{f}" for f in PROGRAM_FILES + TARBALL_ONLY_FILES)
        check(files == expected, f"the tarball holds {files}, expected {expected}")
        check(all(n == top or n.startswith(top + "/") for n in members),
              f"everything is under {top}/")
        program = members.get(f"{top}/bin/ntnu")
        if check(program is not None, "bin/ntnu is in the tarball"):
            check(program.mode & 0o111 == 0o111, f"bin/ntnu is executable (mode {program.mode:o})")
        if files != expected:
            finish()
        with open(os.path.join(source_dir, "LICENSE"), "rb") as f:
            check(tar.extractfile(f"{top}/LICENSE").read() == f.read(), "LICENSE is the project's")
        for name in PROGRAM_FILES[2:]:
            source_name = {"ntnu": "ntnu.bash"}.get(os.path.basename(name), os.path.basename(name))
            with open(os.path.join(source_dir, "completions", source_name), "rb") as f:
                check(tar.extractfile(f"{top}/{name}").read() == f.read(),
                      f"{name} is completions/{source_name}")
        with tempfile.TemporaryDirectory() as tmp:
            tar.extractall(tmp)
            program_path = os.path.join(tmp, top, "bin", "ntnu")
            described = run(["file", "-b", program_path]).stdout
            check("statically linked" in described, f"bin/ntnu is static: {described.strip()}")
            check("not stripped" not in described, f"bin/ntnu is stripped: {described.strip()}")
            result = run([program_path, "--version"], env={"PATH": "/usr/bin:/bin"})
            check(result.returncode == 0 and result.stdout.startswith(f"ntnu {version}"),
                  f"the packed ntnu --version says ntnu {version}: {result.stdout!r}")
            page = run(["man", "-l", os.path.join(tmp, top, "share/man/man1/ntnu.1.gz")],
                       env={"PATH": "/usr/bin:/bin", "MANWIDTH": "80", "LANG": "C.UTF-8"})
            check(page.returncode == 0 and "ntnu" in page.stdout and not page.stderr,
                  f"man -l reads the packed page: {page.stderr!r}")
    finish()


def cmd_refuse(build_dir, out_dir):
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    result = run(["cpack", "--config", os.path.join(build_dir, "CPackConfig.cmake"), "-B", out_dir,
                  "-G", "DEB", "-D", "CPACK_DEBIAN_PACKAGE_MAINTAINER="])
    print(result.stdout, result.stderr)
    check(result.returncode != 0, "cpack fails without a maintainer")
    check("NTNU_MAINTAINER" in result.stdout + result.stderr, "the message names NTNU_MAINTAINER")
    check(not glob.glob(os.path.join(out_dir, "*.deb")), "no .deb is made")
    shutil.rmtree(out_dir, ignore_errors=True)
    finish()


# ctest's SKIP_RETURN_CODE for this test.
SKIPPED = 77


def as_unprivileged(build_dir):
    """The command prefix that runs as nobody when we are root (CI), else nothing.

    Should the checkout sit where nobody cannot read it (under /root, say), the test is
    skipped, saying why: lending nobody CAP_DAC_READ_SEARCH does not help, as cmake checks
    files with access(2), which drops capabilities for a user who is not root."""
    if os.geteuid() != 0:
        return [], None
    nobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]
    readable = [os.path.join(build_dir, "cmake_install.cmake"), os.path.join(build_dir, "ntnu")]
    if subprocess.run(nobody + ["test", "-r", readable[0], "-a", "-r", readable[1]]).returncode:
        print(f"skipped: user nobody cannot read {build_dir} where it is; build in a folder "
              "others may read to run this test as root")
        sys.exit(SKIPPED)
    return nobody, "nobody"


def cmd_install(build_dir):
    prefix_cmd, user = as_unprivileged(build_dir)
    manifest = os.path.join(build_dir, "install_manifest.txt")
    with tempfile.TemporaryDirectory() as tmp:
        home = os.path.join(tmp, "home")
        prefix = os.path.join(home, ".local")
        os.makedirs(home)
        if user:
            shutil.chown(home, user)
            os.chmod(tmp, 0o755)
            # cmake --install writes one file into the build tree, its list of installed files;
            # a user builds in a tree of their own, this test borrows root's.
            with open(manifest, "a", encoding="utf-8"):
                pass
            shutil.chown(manifest, user)
        env = {"PATH": f"{prefix}/bin:/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8"}
        try:
            result = run(prefix_cmd + ["cmake", "--install", build_dir, "--prefix", prefix,
                                       "--strip"], env=env)
        finally:
            if user:
                shutil.chown(manifest, "root")
        print(result.stdout, result.stderr)
        if not check(result.returncode == 0, "cmake --install succeeds as an ordinary user"):
            finish()
        installed = sorted(os.path.relpath(os.path.join(d, f), prefix)
                           for d, _, fs in os.walk(prefix) for f in fs)
        check(installed == sorted(PROGRAM_FILES),
              f"cmake --install installs {installed}, expected {sorted(PROGRAM_FILES)}")

        # The installed program, found on PATH, as that user.
        version = run(prefix_cmd + ["ntnu", "--version"], env=env)
        built = run([os.path.join(build_dir, "ntnu"), "--version"], env=env)
        print(version.stdout, version.stderr)
        check(version.returncode == 0 and version.stdout == built.stdout,
              f"the installed ntnu --version is the built one's: {version.stdout!r}")
        page = run(prefix_cmd + ["man", "-l", os.path.join(prefix, "share/man/man1/ntnu.1.gz")],
                   env={**env, "MANWIDTH": "80"})
        check(page.returncode == 0 and "ntnu" in page.stdout and not page.stderr,
              f"man -l reads the installed page: exit {page.returncode}, {page.stderr!r}")
        # man finds the page through PATH (~/.local/bin -> ~/.local/share/man), as README says.
        found = run(prefix_cmd + ["man", "-w", "ntnu"], env=env)
        check(found.stdout.strip() == os.path.join(prefix, "share/man/man1/ntnu.1.gz"),
              f"man -w ntnu finds the installed page: {found.stdout.strip()!r} {found.stderr!r}")
    finish()


def main():
    command, args = sys.argv[1], sys.argv[2:]
    {"build": cmd_build, "lintian": cmd_lintian, "tarball": cmd_tarball, "refuse": cmd_refuse,
     "install": cmd_install}[command](*args)


if __name__ == "__main__":
    main()
