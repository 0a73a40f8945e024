#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds the message catalogues (i18n/*.po) into C++: an enum of message ids and one table per
language, so the binary carries its translations and needs no installed system locale.

Usage:
  embed_messages.py --check EN_PO OTHER_PO...              check only (a test)
  embed_messages.py --unused SOURCE_DIR EN_PO               fail on ids no source file uses
  embed_messages.py OUT_HPP OUT_CPP EN_PO OTHER_PO...       generate (and check)

The .po files are gettext's format (msgfmt reads them); msgid is a stable id such as
"card.time_left", msgstr its text, a fmt pattern with named fields ("{days}"). The English
catalogue defines the ids. Every language must translate every id, with the same fields.
"""
import os
import re
import sys

FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:[:!][^}]*)?\}")


def unquote(token, path, lineno):
    if not (token.startswith('"') and token.endswith('"')):
        raise SystemExit("%s:%d: expected a quoted string" % (path, lineno))
    body = token[1:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            n = body[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def parse_po(path):
    """Returns [(id, text, lineno)] in file order; the header entry (msgid "") is skipped."""
    entries = []
    current = None  # [field, id, text, lineno]
    field = None

    def finish():
        if current is not None and current[1] != "":
            entries.append((current[1], current[2], current[3]))

    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("msgid "):
                finish()
                current = [None, unquote(line[6:].strip(), path, lineno), "", lineno]
                field = "id"
            elif line.startswith("msgstr "):
                if current is None:
                    raise SystemExit("%s:%d: msgstr without msgid" % (path, lineno))
                current[2] = unquote(line[7:].strip(), path, lineno)
                field = "str"
            elif line.startswith('"'):
                if field == "id":
                    current[1] += unquote(line, path, lineno)
                elif field == "str":
                    current[2] += unquote(line, path, lineno)
                else:
                    raise SystemExit("%s:%d: string outside an entry" % (path, lineno))
            else:
                raise SystemExit("%s:%d: unexpected line: %s" % (path, lineno, line))
    finish()
    return entries


def language_of(path):
    return os.path.splitext(os.path.basename(path))[0]


def check(paths):
    """Every problem across the catalogues, as 'file:line: message' strings."""
    problems = []
    catalogues = [(p, parse_po(p)) for p in paths]
    en_path, en = catalogues[0]
    en_ids = {}
    for key, text, lineno in en:
        if key in en_ids:
            problems.append("%s:%d: '%s' is defined twice" % (en_path, lineno, key))
        en_ids[key] = text
        if not re.fullmatch(r"[a-z][a-z0-9_.]*", key):
            problems.append("%s:%d: id '%s' must be lower case, digits, '_' and '.'"
                            % (en_path, lineno, key))
    for path, entries in catalogues:
        seen = {}
        for key, text, lineno in entries:
            if key in seen and path != en_path:
                problems.append("%s:%d: '%s' is defined twice" % (path, lineno, key))
            seen[key] = text
            if key not in en_ids:
                problems.append("%s:%d: '%s' is not in %s" % (path, lineno, key, en_path))
                continue
            if text == "" and en_ids[key] != "":
                problems.append("%s:%d: '%s' is not translated" % (path, lineno, key))
            want = sorted(set(FIELD.findall(en_ids[key])))
            got = sorted(set(FIELD.findall(text)))
            if want != got:
                problems.append("%s:%d: '%s' has fields {%s}, but %s has {%s}"
                                % (path, lineno, key, ", ".join(got), en_path, ", ".join(want)))
        for key in en_ids:
            if key not in seen:
                problems.append("%s: '%s' is missing (it is in %s)" % (path, key, en_path))
    return catalogues, problems


def ident(key):
    return key.replace(".", "_")


def cpp_string(text):
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def generate(out_hpp, out_cpp, catalogues):
    en_path, en = catalogues[0]
    ids = [key for key, _, _ in en]
    with open(out_hpp, "w", encoding="utf-8") as f:
        f.write("#pragma once\n// Generated by tools/embed_messages.py from i18n/*.po. Do not edit.\n\n")
        f.write("#include <array>\n#include <cstddef>\n#include <string_view>\n\nnamespace ntnu {\n\n")
        f.write("enum class Msg : unsigned short {\n")
        for key in ids:
            f.write("    %s,\n" % ident(key))
        f.write("};\n\ninline constexpr std::size_t message_count = %d;\n\n" % len(ids))
        for path, _ in catalogues:
            f.write("extern const std::array<std::string_view, message_count> messages_%s;\n"
                    % language_of(path))
        f.write("\n} // namespace ntnu\n")
    with open(out_cpp, "w", encoding="utf-8") as f:
        f.write("// Generated by tools/embed_messages.py from i18n/*.po. Do not edit.\n")
        f.write('#include "messages.hpp"\n\nnamespace ntnu {\n\n')
        for path, entries in catalogues:
            texts = {key: text for key, text, _ in entries}
            f.write("const std::array<std::string_view, message_count> messages_%s{\n"
                    % language_of(path))
            for key in ids:
                f.write("    %s, // %s\n" % (cpp_string(texts[key]), key))
            f.write("};\n\n")
        f.write("} // namespace ntnu\n")


def unused(source_dir, en_path):
    text = []
    for root, _, files in os.walk(source_dir):
        for name in files:
            if name.endswith((".cpp", ".hpp")):
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    text.append(f.read())
    used = set(re.findall(r"Msg::([a-z0-9_]+)", "\n".join(text)))
    return ["%s:%d: '%s' is never used (no Msg::%s in %s)" % (en_path, lineno, key, ident(key),
                                                              source_dir)
            for key, _, lineno in parse_po(en_path) if ident(key) not in used]


def main(argv):
    if len(argv) >= 3 and argv[1] == "--unused":
        problems = unused(argv[2], argv[3])
        print("\n".join(problems) if problems else "every message is used")
        return 1 if problems else 0
    if len(argv) >= 3 and argv[1] == "--check":
        catalogues, problems = check(argv[2:])
    elif len(argv) >= 5:
        catalogues, problems = check(argv[3:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    if argv[1] == "--check":
        print("%d catalogues, %d messages each, same fields" % (len(catalogues),
                                                                 len(catalogues[0][1])))
        return 0
    generate(argv[1], argv[2], catalogues)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
