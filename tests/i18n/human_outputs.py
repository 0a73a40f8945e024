# SPDX-License-Identifier: MIT
"""Every human output of ntnu, as argument lists: each command and its help, the answers a
person asks for, and every programme of the data (`programme ID`, `deadline --programme ID`,
`timeline --programme ID`). check_widths.py and check_no_english.py run them all, in both
languages, so a new programme or a longer message cannot slip past either test.
"""
import json
import subprocess

# A fixed instant and a zone unlike Norway's, so "Your time" columns are shown.
FIXED = ["--now", "2026-12-07T12:00:00Z", "--tz", "Asia/Kolkata", "--color", "never"]
ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}

COMMANDS = ["deadline", "check", "requirements", "programmes", "programme", "countries", "timeline",
            "calendar", "completion", "validate"]

ANSWERS = [
    [],
    ["--help"],
    ["--version"],
    ["deadline", "--citizenship", "IN"],
    ["requirements", "--citizenship", "IN", "--degree-from", "CN", "--explain"],
    ["requirements", "--citizenship", "PK", "--english-test", "toefl", "--english-test-date",
     "2025-01-10"],
    ["requirements", "--citizenship", "SE", "--programme", "miseb"],
    ["requirements", "--level", "exchange", "--citizenship", "BR"],
    ["requirements", "--level", "phd", "--citizenship", "US"],
    ["deadline", "--citizenship", "IN", "--explain"],
    ["deadline", "--citizenship", "DE", "--degree-from", "SE", "--explain"],
    ["deadline", "--citizenship", "SE", "--citizenship", "IN", "--explain"],
    ["deadline", "--citizenship", "GL", "--explain"],
    ["deadline", "--citizenship", "FO", "--explain"],
    ["deadline", "--refugee"],
    ["deadline", "--refugee", "--explain"],
    ["deadline", "--norwegian-id", "--citizenship", "IN", "--explain"],
    ["deadline", "--level", "exchange"],
    ["deadline", "--level", "bachelor", "--citizenship", "IN"],
    ["deadline", "--level", "phd"],
    ["deadline", "--citizenship", "IN", "--intake", "autumn-2022"],
    ["deadline", "--citizenship", "IN", "--intake", "autumn-2025", "--level", "bachelor"],
    ["--now", "2025-06-01T12:00:00Z", "deadline", "--refugee", "--intake", "autumn-2025"],
    ["timeline", "--citizenship", "IN"],
    ["timeline", "--all"],
    ["timeline", "--level", "exchange", "--category", "eu-eea"],
    ["timeline", "--level", "bachelor"],
    ["timeline", "--level", "phd"],
    ["timeline", "--intake", "autumn-2020"],
    ["programmes"],
    ["programmes", "--level", "master"],
    ["programmes", "--campus", "gjovik"],
    ["countries"],
    ["countries", "--group", "eu-eea"],
    ["countries", "--group", "nordic"],
    ["check", "--within", "14d", "--citizenship", "IN"],
    ["check", "--within", "400d", "--citizenship", "IN"],
    ["--now", "2027-12-03T12:00:00Z", "check", "--within", "14d", "--citizenship", "IN"],
    ["validate"],
    # Usage errors a person makes (the diagnostics of a data file are English by design: they
    # are data for --json too).
    ["deadline", "--citizenship", "Narnia"],
    ["deadline", "--citizenship", "Korea"],
    ["deadline", "--citizenship", "Nord-Irland"],
    ["deadline", "--level", "masters"],
    ["deadline", "--intake", "winter-2027"],
    ["programme", "nosuch"],
    ["programmes", "--campus", "Oslo"],
    ["check", "--citizenship", "IN"],
    ["dedline"],
] + [[command, "--help"] for command in COMMANDS]


def programme_ids(binary):
    out = subprocess.run([binary, "programmes", "--json"], env=ENV, capture_output=True,
                         text=True, check=True).stdout
    doc = json.loads(out)
    items = doc["programmes"] if isinstance(doc, dict) else doc
    return [p["id"] for p in items]


def human_outputs(binary):
    """Every argument list to run, without the language and FIXED."""
    runs = [list(args) for args in ANSWERS]
    for pid in programme_ids(binary):
        runs.append(["programme", pid])
        runs.append(["deadline", "--programme", pid, "--citizenship", "IN"])
        runs.append(["timeline", "--programme", pid])
    return runs


def run(binary, lang, args, columns):
    """stdout and stderr of one run; FIXED comes first, so an args' own --now wins."""
    env = dict(ENV, COLUMNS=str(columns))
    done = subprocess.run([binary, "--lang", lang] + FIXED + args, env=env, capture_output=True,
                          text=True)
    return done.stdout, done.stderr
