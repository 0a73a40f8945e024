#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks `ntnu calendar` against real parsers: python3-icalendar, and khal when asked.
Usage: check_ics.py NTNU_BINARY [--khal]

A few events must fall on fixed instants (PINNED: one in winter and one in summer time, with
their confidence), and every event's DTSTART must equal the deadline_utc that
`ntnu deadline --json` gives for the same profile, to the second, or, for a step after the deadline, be the all-day date that
`ntnu timeline --json` gives under "journey"; lines end in CRLF and fit 75 octets; a second export with the
same --now is byte-identical; -o writes atomically and refuses to overwrite without --force.
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile

import icalendar

NOW = "2026-11-27T12:00:00Z"
TZ = "Asia/Kolkata"
PROFILES = {
    "IN": ["--citizenship", "IN"],
    "exchange BR": ["--level", "exchange", "--citizenship", "BR"],
    "all": [],
    "msisee": ["--programme", "msisee"],
    # Later steps with a day: the bachelor's answer and reply (yearly, projected), and the
    # Nordic track's July dates and semester start of 2020, the year a source dates them.
    "bachelor IN": ["--level", "bachelor", "--citizenship", "IN"],
    "Nordic degree 2020": ["--degree-from", "SE", "--intake", "autumn-2020"],
}
# Step events each profile must carry: (step id, date).
STEPS = {
    "bachelor IN": [("bachelor-results", "2027-07-20"), ("bachelor-reply", "2027-07-24")],
    "Nordic degree 2020": [("master-nordic-results", "2020-07-13"),
                           ("master-nordic-supplementary-reply", "2020-07-27"),
                           ("semester-start-autumn", "2020-08-17")],
}

# Fixed instants, not taken from the program: deadline --json would repeat any mistake the
# calendar makes. The master's dates are NTNU's (../shared/facts/ntnu-admissions.md: 1 December
# for non-EU/EEA, 15 April for a Nordic degree, at 23:59 in Oslo): one in winter time (CET,
# UTC+1) and one in summer time (CEST, UTC+2), so a missing summer time is an hour off. A wrong
# year, or a projected cycle called confirmed (or a confirmed one projected), fails too. The
# bachelor's residence-permit deadline is worked out from a yearly rule: projected.
PINNED = {
    "IN": [("master-non-eu-autumn-2027-non-eu@ntnu.cli", "2026-12-01T22:59:00Z",
            "date confirmed")],
    "all": [("master-nordic-autumn-2027-nordic@ntnu.cli", "2027-04-15T21:59:00Z",
             "date confirmed")],
    "bachelor IN": [("bachelor-residence-permit-autumn-2027-non-eu@ntnu.cli",
                     "2027-03-01T22:59:00Z", "date projected")],
}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def run(binary, *args, check=True):
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}
    result = subprocess.run([binary, "--now", NOW, "--tz", TZ, "--color", "never", *args],
                            capture_output=True, env=env, timeout=60)
    if check and result.returncode != 0:
        raise SystemExit("ntnu %s exited %d: %s" % (" ".join(args), result.returncode,
                                                     result.stderr.decode()))
    return result


def check_lines(name, data):
    if not data.endswith(b"\r\n"):
        fail("%s: does not end in CRLF" % name)
    for number, line in enumerate(data.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            fail("%s: line %d has a bare CR or LF" % (name, number))
        if len(line) > 75:
            fail("%s: line %d has %d octets" % (name, number, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail("%s: line %d splits a UTF-8 sequence" % (name, number))


def check_profile(binary, name, profile):
    first = run(binary, "calendar", *profile).stdout
    second = run(binary, "calendar", *profile).stdout
    if first != second:
        fail("%s: two exports with the same --now differ" % name)
    check_lines(name, first)
    calendar = icalendar.Calendar.from_ical(first)
    results = json.loads(run(binary, "deadline", *profile, "--json").stdout)["results"]
    expected = {}
    for r in results:
        if r["deadline_utc"] is None:
            continue
        uid = "%s-%s-%d-%s" % (r["deadline_id"], r["intake"]["semester"], r["intake"]["year"],
                               r["category"])
        if r["programme"]:
            uid += "-" + r["programme"]
        expected[uid + "@ntnu.cli"] = r["deadline_utc"]
    # The dated steps after the deadline, as the timeline gives them for the same profile.
    timeline = json.loads(run(binary, "timeline", *profile, "--json").stdout)
    steps = {}
    if timeline["intake"] is not None:
        intake = "%s-%d" % (timeline["intake"]["semester"], timeline["intake"]["year"])
        category = timeline["scope"]["category"]
        for s in timeline["journey"]:
            if s["precision"] == "day" and not s["at_deadline"]:
                uid = "%s-%s-%s" % (s["step"], intake, category or s["group"])
                if timeline["scope"]["programme"]:
                    uid += "-" + timeline["scope"]["programme"]
                steps[uid + "@ntnu.cli"] = s["date"]
    for step, date in STEPS.get(name, []):
        if not any(u.startswith(step + "-") and d == date for u, d in steps.items()):
            fail("%s: timeline --json has no step %s on %s" % (name, step, date))
    events = list(calendar.walk("VEVENT"))
    seen = set()
    for event in events:
        uid = str(event["UID"])
        seen.add(uid)
        start = event["DTSTART"].dt
        if uid in steps:
            if isinstance(start, datetime.datetime) or start.isoformat() != steps[uid]:
                fail("%s: step %s DTSTART %r, timeline --json says %s"
                     % (name, uid, start, steps[uid]))
            if (event["DTEND"].dt - start) != datetime.timedelta(days=1):
                fail("%s: step %s is not one whole day" % (name, uid))
            description = str(event["DESCRIPTION"])
            if "http" not in description or "Confirm on ntnu.edu" not in description:
                fail("%s: step %s description lacks its source or the warning" % (name, uid))
            continue
        if not isinstance(start, datetime.datetime) or start.utcoffset() != datetime.timedelta(0):
            fail("%s: %s DTSTART is not a UTC date-time: %r" % (name, uid, start))
            continue
        got = start.strftime("%Y-%m-%dT%H:%M:%SZ")
        if uid not in expected:
            fail("%s: event %s matches no deadline --json result" % (name, uid))
        elif got != expected[uid]:
            fail("%s: %s DTSTART %s, deadline --json says %s" % (name, uid, got, expected[uid]))
        if event["DURATION"].dt != datetime.timedelta(0):
            fail("%s: %s is not an instant (DURATION:PT0S)" % (name, uid))
        for key in ("DTSTAMP", "SUMMARY", "DESCRIPTION", "URL"):
            if key not in event:
                fail("%s: %s has no %s" % (name, uid, key))
        if "Confirm on ntnu.edu before you rely on it." not in str(event["DESCRIPTION"]):
            fail("%s: %s description lacks the warning to confirm" % (name, uid))
    for uid in list(expected) + list(steps):
        if uid not in seen:
            fail("%s: %s has no event" % (name, uid))
    for uid, instant, confidence in PINNED.get(name, []):
        pinned = [e for e in events if str(e["UID"]) == uid]
        if not pinned:
            fail("%s: no event %s" % (name, uid))
            continue
        start = pinned[0]["DTSTART"].dt
        got = start.strftime("%Y-%m-%dT%H:%M:%SZ") if isinstance(start, datetime.datetime) \
            else start.isoformat()
        if got != instant:
            fail("%s: %s DTSTART %s, NTNU's date is %s" % (name, uid, got, instant))
        if "Confidence: " + confidence not in str(pinned[0]["DESCRIPTION"]).replace("\\,", ","):
            fail("%s: %s does not say %r: %r" % (name, uid, confidence,
                                                 str(pinned[0]["DESCRIPTION"])))
    if not events:
        fail("%s: no events" % name)
    print("ok: %s, %d events match deadline --json and timeline --json (%d steps)"
          % (name, len(events), len(steps)))
    return first


def check_alarms(binary):
    """Every event gets the reminders: the deadlines, and the all-day steps after them."""
    with_steps = None
    for profile in (["--citizenship", "IN"], ["--level", "bachelor", "--citizenship", "IN"]):
        data = run(binary, "calendar", *profile, "--alarm", "14d,1d").stdout
        check_lines("alarms " + " ".join(profile), data)
        calendar = icalendar.Calendar.from_ical(data)
        days = 0
        for event in calendar.walk("VEVENT"):
            triggers = sorted(a["TRIGGER"].dt for a in event.walk("VALARM"))
            if triggers != [-datetime.timedelta(days=14), -datetime.timedelta(days=1)]:
                fail("alarms: %s has triggers %r" % (event["UID"], triggers))
            for alarm in event.walk("VALARM"):
                if str(alarm["ACTION"]) != "DISPLAY" or not str(alarm["DESCRIPTION"]):
                    fail("alarms: %s has an alarm without ACTION:DISPLAY and text"
                         % event["UID"])
            if not isinstance(event["DTSTART"].dt, datetime.datetime):
                days += 1
        if "bachelor" in profile:
            with_steps = data
            if days < 2:
                fail("alarms: the bachelor's calendar has %d all-day step events" % days)
    bad = run(binary, "calendar", "--alarm", "14d,soon", check=False)
    if bad.returncode != 2 or b"--alarm" not in bad.stderr:
        fail("alarms: a bad --alarm gave exit %d: %r" % (bad.returncode, bad.stderr))
    print("ok: --alarm 14d,1d gives two VALARMs on every deadline and step; a bad one is exit 2")
    return with_steps


def check_output_file(binary, expected):
    with tempfile.TemporaryDirectory() as scratch:
        target = os.path.join(scratch, "ntnu.ics")
        run(binary, "calendar", "--citizenship", "IN", "-o", target)
        with open(target, "rb") as f:
            if f.read() != expected:
                fail("-o: the file differs from standard output")
        with open(target, "wb") as f:
            f.write(b"old")
        refused = run(binary, "calendar", "--citizenship", "IN", "-o", target, check=False)
        with open(target, "rb") as f:
            kept = f.read()
        if refused.returncode != 2 or b"--force" not in refused.stderr or kept != b"old":
            fail("-o: an existing file was not refused (exit %d)" % refused.returncode)
        run(binary, "calendar", "--citizenship", "IN", "-o", target, "--force")
        with open(target, "rb") as f:
            if f.read() != expected:
                fail("-o --force: the file was not overwritten")
        missing = os.path.join(scratch, "no-such-dir", "ntnu.ics")
        result = run(binary, "calendar", "--citizenship", "IN", "-o", missing, check=False)
        if result.returncode != 1 or missing.encode() not in result.stderr:
            fail("-o into a missing directory: exit %d, %r" % (result.returncode, result.stderr))
        if sorted(os.listdir(scratch)) != ["ntnu.ics"]:
            fail("-o: files left behind: %r" % os.listdir(scratch))
        if os.geteuid() == 0:
            print("skip: read-only directory check (running as root, chmod does not stop writes)")
        else:
            readonly = os.path.join(scratch, "ro")
            os.mkdir(readonly)
            os.chmod(readonly, 0o555)
            try:
                result = run(binary, "calendar", "-o", os.path.join(readonly, "x.ics"),
                             check=False)
                if result.returncode != 1 or b"Permission denied" not in result.stderr:
                    fail("-o into a read-only directory: exit %d" % result.returncode)
                if os.listdir(readonly):
                    fail("-o: files left in the read-only directory")
            finally:
                os.chmod(readonly, 0o755)
    print("ok: -o writes, refuses to overwrite without --force, fails cleanly")


def khal_list(data):
    """The events khal lists after importing `data`, or None when the import fails."""
    with tempfile.TemporaryDirectory() as scratch:
        vdir = os.path.join(scratch, "calendar")
        os.mkdir(vdir)
        config = os.path.join(scratch, "config")
        with open(config, "w") as f:
            f.write("[calendars]\n[[ntnu]]\npath = %s\n\n"
                    "[locale]\ntimeformat = %%H:%%M\ndateformat = %%Y-%%m-%%d\n"
                    "longdateformat = %%Y-%%m-%%d\ndatetimeformat = %%Y-%%m-%%d %%H:%%M\n"
                    "longdatetimeformat = %%Y-%%m-%%d %%H:%%M\n"
                    "default_timezone = Asia/Kolkata\nlocal_timezone = Asia/Kolkata\n"
                    "[default]\ndefault_calendar = ntnu\n" % vdir)
        ics = os.path.join(scratch, "ntnu.ics")
        with open(ics, "wb") as f:
            f.write(data)
        env = dict(os.environ, HOME=scratch, XDG_DATA_HOME=os.path.join(scratch, "data"),
                   XDG_CONFIG_HOME=os.path.join(scratch, "cfg"), LANG="C.UTF-8")
        imported = subprocess.run(["khal", "-c", config, "import", "--batch", ics],
                                  capture_output=True, text=True, env=env, timeout=120)
        if imported.returncode != 0:
            fail("khal import: exit %d: %s" % (imported.returncode, imported.stderr))
            return None
        listed = subprocess.run(["khal", "-c", config, "list", "--format",
                                 "{start} {title}", "2026-11-01", "2028-01-01"],
                                capture_output=True, text=True, env=env, timeout=120)
        if listed.returncode != 0:
            fail("khal list: exit %d: %s" % (listed.returncode, listed.stderr))
            return None
        print(listed.stdout)
        return listed.stdout


def check_khal(binary, data):
    listed = khal_list(data)
    if listed is None:
        return
    wanted = [l for l in listed.splitlines()
              if l.startswith("2026-12-02 04:29") and "application deadline" in l]
    if not wanted:
        fail("khal: no application deadline at 2026-12-02 04:29 Asia/Kolkata: %s" % listed)
    else:
        print("ok: khal shows the non-EU deadline at 2026-12-02 04:29 in Asia/Kolkata")


def check_khal_steps(data, what="as all-day steps"):
    listed = khal_list(data)
    if listed is None:
        return
    for day, words in (("2027-07-20", "Main admission: the answer"),
                       ("2027-07-24", "Main admission: reply to the offer")):
        if not any(l.startswith(day) and words in l for l in listed.splitlines()):
            fail("khal: no all-day step %r on %s: %s" % (words, day, listed))
            return
    print("ok: khal shows the bachelor's answer and reply deadline " + what)


def main():
    binary = sys.argv[1]
    outputs = {name: check_profile(binary, name, profile) for name, profile in PROFILES.items()}
    with_alarms = check_alarms(binary)
    check_output_file(binary, outputs["IN"])
    if "--khal" in sys.argv[2:]:
        check_khal(binary, outputs["IN"])
        check_khal_steps(outputs["bachelor IN"])
        check_khal_steps(with_alarms, "as all-day steps with their reminders")
    if failures:
        print("%d failures" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
