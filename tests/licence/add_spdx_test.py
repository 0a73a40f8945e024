#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""tools/add_spdx.py on a small tree outside git: --check finds the files without the line,
adding puts it where each kind of file needs it, and a second run changes nothing."""

import os
import subprocess
import sys
import tempfile

SCRIPT = sys.argv[1]
FILES = {
    "lib/a.hpp": ("#pragma once\nint a();\n", "// SPDX-License-Identifier: MIT\n#pragma once\nint a();\n"),
    "tools/t.py": ("#!/usr/bin/env python3\n\"\"\"Doc.\"\"\"\n",
                   "#!/usr/bin/env python3\n# SPDX-License-Identifier: MIT\n\"\"\"Doc.\"\"\"\n"),
    "completions/_ntnu": ("#compdef ntnu\n_ntnu() {}\n",
                          "#compdef ntnu\n# SPDX-License-Identifier: MIT\n_ntnu() {}\n"),
    "CMakeLists.txt": ("project(x)\n", "# SPDX-License-Identifier: MIT\nproject(x)\n"),
    "done.cpp": ("// SPDX-License-Identifier: MIT\nint b;\n", "// SPDX-License-Identifier: MIT\nint b;\n"),
    "third_party/date/tz.cpp": ("// The MIT License (MIT)\n", "// The MIT License (MIT)\n"),
    "data/ntnu.toml": ("[meta]\n", "[meta]\n"),
}

failures = 0


def expect(condition, message):
    global failures
    if not condition:
        failures += 1
        print(f"FAIL: {message}")


with tempfile.TemporaryDirectory() as root:
    for path, (before, _) in FILES.items():
        os.makedirs(os.path.dirname(os.path.join(root, path)) or root, exist_ok=True)
        with open(os.path.join(root, path), "w", encoding="utf-8") as f:
            f.write(before)
    check = subprocess.run([sys.executable, SCRIPT, "--check", root], capture_output=True, text=True)
    listed = sorted(line.split(":")[0] for line in check.stdout.splitlines())
    expect(check.returncode == 1, f"--check exits 1 with files lacking the line ({check.returncode})")
    expect(listed == ["CMakeLists.txt", "completions/_ntnu", "lib/a.hpp", "tools/t.py"],
           f"--check lists exactly the files without the line: {listed}")
    for run in (1, 2):
        subprocess.run([sys.executable, SCRIPT, root], check=True, capture_output=True)
        for path, (_, after) in FILES.items():
            with open(os.path.join(root, path), encoding="utf-8") as f:
                got = f.read()
            expect(got == after, f"run {run}: {path} is {got!r}, expected {after!r}")
    check = subprocess.run([sys.executable, SCRIPT, "--check", root], capture_output=True, text=True)
    expect(check.returncode == 0 and not check.stdout, f"--check passes after: {check.stdout!r}")

print("ok" if not failures else f"{failures} failure(s)")
sys.exit(1 if failures else 0)
