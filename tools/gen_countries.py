#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates the country table from Debian's iso-codes and CLDR, so nobody types a country list.

English names come from iso_3166-1.json; Norwegian bokmål names from the nb translation
of the iso_3166-1 gettext domain. The names people also type come from CLDR
(unicode-cldr-core): the English and Norwegian territory names with their alt="short" and
alt="variant" forms ("UK", "Ivory Coast", "Swaziland"), and each country's own name in its
official languages ("Deutschland", "Suomi", "España"). Only a country's own languages are
used: every language's name for every country would collide ("Georgia", "Guinea").
Kosovo (XK) is not in ISO 3166-1 but is in CLDR, and applicants hold its passports.
"""
import gettext
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

# Names no maintained source gives for a country, which applicants do type. Each is here
# because neither iso-codes nor CLDR (in English, Norwegian or the country's own languages)
# has it: the parts of the United Kingdom, and two everyday English names.
EXCEPTIONS = {
    "England": "GB", "Scotland": "GB", "Wales": "GB",
    "Great Britain": "GB", "Britain": "GB",
    "Holland": "NL",      # CLDR has it only in languages other than Dutch, English and Norwegian
    "America": "US",      # not "American Samoa"
    "DR Congo": "CD",     # CLDR's English variant is "Congo (DRC)"
    # Abbreviations of the long names, as the CIA World Factbook gives them under "Country
    # name: abbreviation" (PRC, DPRK, ROK); ROC is the Republic of China, the name Taiwan's
    # government uses. Without them "PRC" suggested "DRC".
    "PRC": "CN", "DPRK": "KP", "ROK": "KR", "ROC": "TW",
}

# Names that truly belong to more than one citizenship: lookup lists each, and the applicant
# gives the code. A person from Northern Ireland may hold British or Irish citizenship (the
# Good Friday Agreement), so the place does not say which passport they hold.
SHARED = {
    "Northern Ireland": ["GB", "IE"], "Nord-Irland": ["GB", "IE"],
}

# Bokmål display names that differ from iso-codes' translation: the name NTNU's Norwegian
# pages and CLDR's bokmål use. iso-codes' name stays an everyday name, so it is still found.
NB_DISPLAY = {"US": "USA"}

# Countries from CLDR that iso-codes lacks: (alpha-2, CLDR's alpha-3 mapping).
EXTRA_TERRITORIES = ["XK"]

OFFICIAL = {"official", "de_facto_official"}


def cxx_string(text):
    # Escape as UTF-8 bytes so the generated file is plain ASCII whatever the compiler's charset.
    out = []
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % byte)
    return '"' + "".join(out) + '"'


def split_parentheses(name):
    """"Myanmar (Burma)" is also "Myanmar" and "Burma"."""
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    return [name, m.group(1), m.group(2)] if m else [name]


def cldr_names(cldr_main, language):
    """{alpha-2: [names]} of one CLDR locale, with its short and variant forms."""
    path = os.path.join(cldr_main, language + ".xml")
    names = {}
    if not os.path.exists(path):
        return names
    for t in ET.parse(path).getroot().iter("territory"):
        code = t.get("type", "")
        if t.get("alt") not in (None, "short", "variant") or not t.text:
            continue
        # CLDR writes a few names with zero-width spaces before them.
        names.setdefault(code, []).append(t.text.replace("\u200b", "").strip())
    return names


def official_languages(supplemental):
    """{alpha-2: [language]} from CLDR's territoryInfo."""
    result = {}
    info = ET.parse(supplemental).getroot().find("territoryInfo")
    for territory in info.iter("territory"):
        for lp in territory.iter("languagePopulation"):
            if lp.get("officialStatus") in OFFICIAL:
                result.setdefault(territory.get("type"), []).append(lp.get("type"))
    return result


def alpha3_mappings(supplemental):
    root = ET.parse(supplemental).getroot()
    return {c.get("type"): c.get("alpha3", "") for c in root.iter("territoryCodes")}


def main():
    json_path, mo_path, cldr_dir, out_path = sys.argv[1:5]
    cldr_main = os.path.join(cldr_dir, "main")
    supplemental = os.path.join(cldr_dir, "supplemental", "supplementalData.xml")
    with open(json_path, encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    with open(mo_path, "rb") as f:
        nb = gettext.GNUTranslations(f)
    english = cldr_names(cldr_main, "en")
    norwegian = cldr_names(cldr_main, "no")
    for code, names in cldr_names(cldr_main, "nb").items():
        norwegian.setdefault(code, []).extend(names)

    records = []  # (alpha2, alpha3, name, iso_name, official, nb_name)
    replaced_nb = {}  # alpha2 -> iso-codes' bokmål name, where NB_DISPLAY replaces it
    for c in countries:
        name = c["name"]
        common = c.get("common_name", "")
        nb_name = nb.gettext(common or name)
        records.append((c["alpha_2"], c["alpha_3"], common or name, name,
                        c.get("official_name", ""), NB_DISPLAY.get(c["alpha_2"], nb_name)))
        if c["alpha_2"] in NB_DISPLAY:
            replaced_nb[c["alpha_2"]] = nb_name
    alpha3 = alpha3_mappings(supplemental)
    for code in EXTRA_TERRITORIES:
        name = english[code][0]
        records.append((code, alpha3.get(code, ""), name, name, "",
                        norwegian.get(code, [name])[0]))
    records.sort()
    codes = {r[0] for r in records}

    # Everyday names: what iso-codes and CLDR give in English and Norwegian.
    everyday = {}  # alpha2 -> ordered names
    for r in records:
        for name in r[2:6]:
            if name:
                everyday.setdefault(r[0], []).extend(split_parentheses(name))
        for name in [nb.gettext(r[4])] if r[4] else []:
            everyday[r[0]].extend(split_parentheses(name))
        for name in english.get(r[0], []) + norwegian.get(r[0], []):
            everyday[r[0]].extend(split_parentheses(name))
    for name, code in EXCEPTIONS.items():
        everyday[code].append(name)
    for code, name in replaced_nb.items():
        everyday[code].append(name)
    for name, shared_by in SHARED.items():
        for code in shared_by:
            everyday[code].append(name)

    # Endonyms: each country's name in its own official languages.
    languages = official_languages(supplemental)
    locale_cache = {}
    endonyms = {}
    for code in sorted(codes):
        for language in languages.get(code, []):
            if language not in locale_cache:
                locale_cache[language] = cldr_names(cldr_main, language)
            for name in locale_cache[language].get(code, []):
                endonyms.setdefault(code, []).extend(split_parentheses(name))

    def key(text):
        return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())

    # An endonym that is another country's everyday name would misroute it: drop it.
    everyday_keys = {}
    for code, names in everyday.items():
        for name in names:
            everyday_keys.setdefault(key(name), set()).add(code)

    # A country's own name (English, ISO or bokmål) is never another's alias: the qualifier
    # of "Jomfruøyene (Storbritannia)" is the United Kingdom's name, not a second name of the
    # British Virgin Islands.
    own_names = {}
    for r in records:
        for name in r[2:6]:
            if name:
                own_names.setdefault(key(name), set()).add(r[0])

    rows = []
    aliases = []
    for r in records:
        rows.append("    {%s}," % ", ".join(cxx_string(x) for x in r))
        seen = {r[2], r[3], r[4], r[5]}
        for kind, names in (("everyday", everyday.get(r[0], [])),
                            ("endonym", endonyms.get(r[0], []))):
            for name in names:
                if name in seen:
                    continue
                if kind == "endonym" and everyday_keys.get(key(name), {r[0]}) != {r[0]}:
                    continue
                if r[0] not in own_names.get(key(name), {r[0]}):
                    continue
                seen.add(name)
                aliases.append("    {%s, %s, AliasKind::%s}," % (
                    cxx_string(r[0]), cxx_string(name), kind))

    with open(out_path, "w", encoding="ascii") as f:
        f.write("// Generated by tools/gen_countries.py from Debian's iso-codes and CLDR. "
                "Do not edit.\n")
        f.write('#include "country_table.hpp"\n\n')
        f.write("namespace ntnu {\n\n")
        f.write("static const CountryRecord records[] = {\n")
        f.write("\n".join(rows))
        f.write("\n};\n\n")
        f.write("static const CountryAlias alias_records[] = {\n")
        f.write("\n".join(aliases))
        f.write("\n};\n\n")
        f.write("std::span<const CountryRecord> country_table() { return records; }\n\n")
        f.write("std::span<const CountryAlias> country_aliases() { return alias_records; }\n\n")
        f.write("} // namespace ntnu\n")


if __name__ == "__main__":
    main()
