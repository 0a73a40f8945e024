#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""No English in bokmål output but names, URLs, ids and quotes (issue 32).

Runs every output of human_outputs.py with --lang nb (and the text of the calendar's events)
and fails on a word that Debian's English word list (wamerican) has and its Norwegian one
(wnorwegian, bokmål) does not. Not words of the language, and so skipped:
- URLs, and host names such as ntnu.no;
- what the renderer marks as a quote, «…» or "…": NTNU's words stay in the page's language;
- the data's names: programme names, country names (English and bokmål), country set names,
  campus names; and the time zone names and abbreviations;
- ids: command names, option names and their values (the CLI's words: `--level exchange`),
  programme, rule and deadline ids, and words with a digit, a hyphen or an underscore.

The word lists are installed by tools/install-deps.sh; the test requires them.
Usage: check_no_english.py NTNU_BINARY
"""
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from human_outputs import ENV, FIXED, human_outputs, run  # noqa: E402

ENGLISH = Path("/usr/share/dict/american-english")
BOKMAL = Path("/usr/share/dict/bokmaal")

# The CLI's own words: commands, option values and metavariables a bokmål help text shows as
# they must be typed (`--level exchange`, `--color never`, `completion bash`).
CLI_WORDS = {
    "deadline", "check", "programmes", "programme", "countries", "timeline", "calendar",
    "completion", "validate", "help", "master", "exchange", "phd", "bachelor", "autumn",
    "spring", "fall", "auto", "always", "never", "bash", "zsh", "fish", "json", "en", "nb",
    "now", "tz", "data", "color", "lang", "version", "citizenship", "category", "level",
    "campus", "search", "intake", "within", "quiet", "explain", "refugee", "nordic", "all",
    "format", "output", "force", "alarm", "id", "group", "open", "to", "degree", "from",
    "norwegian", "eu", "eea", "non", "kind", "name", "years", "flags", "url", "sources",
    "alpha", "file", "zone", "time", "date",
    "verdict",  # a JSON key that check --help lists
    # ntnu requirements: its command and option words, the JSON keys its --format help lists,
    # and the condition ids its --explain names beside each rule ("regel english-master (always)")
    "requirements", "school", "english", "test", "summary", "status", "due", "confidence",
    "disputed", "rule", "always", "toefl", "ielts",
}

# Proper names that data texts use beside the names above: an organisation, a city, a
# consortium's and a study direction's own names.
NAMES_IN_TEXT = {
    "sit",      # Sit, the student welfare organisation in Trondheim
    "cork", "ghent", "granada", "joensuu", "leioa", "nantes", "wageningen",
    "tech",     # Nordic Five Tech
    "first", "advanced", "proficiency",  # Cambridge English's certificates (C1 Advanced …)
    "foreigners",  # "Norwegian for Foreigners", the name of the course and its test level
}

# Time zone abbreviations and the like, which are the same in every language.
ABBREVIATIONS = {"CET", "CEST", "UTC", "IST", "GMT", "NTNU", "EU", "EEA", "EØS", "ICS"}

QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”|'[^'\s][^']*'")
URL = re.compile(r"https?://\S+|\b[\w.-]+\.(?:no|edu|eu|com|org|net|fi|se|dk)\b\S*")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def word_list(path):
    if not path.exists():
        sys.exit(f"{path} is missing: run tools/install-deps.sh (packages wamerican, wnorwegian)")
    return {w.strip().lower() for w in path.read_text(encoding="latin-1").splitlines()}


def data_names(binary):
    """Every name the data and the country table give, as words."""
    names = set()

    def add(text):
        for w in WORD.findall(text or ""):
            names.add(w.lower())
            names.update(part.lower() for part in re.split(r"[-'’]", w))

    def json_of(args):
        out = subprocess.run([binary] + args, env=ENV, capture_output=True, text=True,
                             check=True).stdout
        return json.loads(out)

    progs = json_of(["programmes", "--json"])
    for p in progs["programmes"] if isinstance(progs, dict) else progs:
        add(p.get("name"))
        add(p.get("id"))
        for c in p.get("campuses") or []:
            add(c if isinstance(c, str) else json.dumps(c))
    countries = json_of(["countries", "--json"])
    for c in countries["countries"] if isinstance(countries, dict) else countries:
        for key in ("name", "name_nb", "nb_name", "official_name", "iso_name"):
            add(c.get(key))
    return names


def text_of(binary, args):
    out, err = run(binary, "nb", args, 80)
    if args[:1] == ["calendar"] and "--help" not in args:
        # The events' text, unfolded: the rest is iCalendar's own keywords.
        unfolded = re.sub(r"\r?\n[ \t]", "", out)
        out = "\n".join(m.group(2).replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
                        for m in re.finditer(r"^(SUMMARY|DESCRIPTION)[^:]*:(.*)$", unfolded,
                                             re.M))
    return out + "\n" + err


def english_words(text, english, bokmal, names):
    text = URL.sub(" ", text)
    # The guillemets and curly quotes first: an apostrophe inside them ("master's") must not
    # start a single-quoted span that swallows their opening mark.
    text = re.sub(r"«[^»]*»|“[^”]*”", " ", text)
    text = QUOTED.sub(" ", text)
    # An option with its value: "--level exchange", "--tz Asia/Kolkata".
    # Only at a word's start: the hyphen in an id ("documents-master") is not an option.
    text = re.sub(r"(?<![\w-])--?[\w-]+(?:[ =](?!-)\S+)?", " ", text)
    text = re.sub(r"\S*[/_@]\S*", " ", text)  # zone names, paths, ids with / or _
    found = []
    for token in text.split():
        if re.search(r"\d", token) or token.strip("()[],.;:!?*~>«»").count("-") > 0 and \
                token.strip("()[],.;:!?*~>«»").lower() not in bokmal:
            continue
        for word in WORD.findall(token):
            lower = word.lower()
            if word in ABBREVIATIONS or lower in CLI_WORDS or lower in names or \
                    lower in NAMES_IN_TEXT:
                continue
            if word.isupper():
                continue  # a code or a mark: IN, GB, ICS; the flags D, R, P
            if lower in english and lower not in bokmal:
                found.append(word)
    return found


def main():
    binary = sys.argv[1]
    english = word_list(ENGLISH)
    bokmal = word_list(BOKMAL)
    names = data_names(binary)
    runs = [args for args in human_outputs(binary)]
    runs.append(["calendar", "--citizenship", "IN", "--alarm", "14d,1d"])
    runs.append(["calendar", "--level", "bachelor", "--alarm", "2w"])
    failures = []
    for args in runs:
        words = english_words(text_of(binary, args), english, bokmal, names)
        if words:
            failures.append(f"ntnu --lang nb {' '.join(args)}: {', '.join(sorted(set(words)))}")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(runs)} outputs in bokmål, {len(failures)} with English words")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
