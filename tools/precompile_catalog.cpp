// Build-time tool: parses and checks data/ntnu.toml with the program's own loader, then writes
// it out as C++ that builds the same Catalog. The program then starts without parsing TOML or
// re-checking the data it was built with (bench/README.md has the figures); any diagnostic
// fails the build instead. A unit test compares the result with a fresh parse, field by field.
//
// Usage: ntnu_precompile IN.toml OUT.cpp LABEL

#include "catalog_parser.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace ntnu;

// A C++ string literal. Octal escapes, unlike \x, cannot swallow the characters after them.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u >= 0x7f) {
            out += fmt::format("\\{:03o}", u);
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string strings(const std::vector<std::string>& values) {
    std::vector<std::string> items;
    for (const auto& v : values) {
        items.push_back(quoted(v));
    }
    return fmt::format("{{{}}}", fmt::join(items, ", "));
}

// An enumerator by its number: the unit test catches any mismatch with the parsed data.
template <typename E> std::string enumerator(E value, std::string_view type) {
    return fmt::format("static_cast<{}>({})", type, static_cast<int>(value));
}

template <typename E> std::string enumerators(const std::vector<E>& values, std::string_view type) {
    std::vector<std::string> items;
    for (const E v : values) {
        items.push_back(enumerator(v, type));
    }
    return fmt::format("{{{}}}", fmt::join(items, ", "));
}

std::string provenance(const Provenance& p) {
    return fmt::format("{{{}, {}}}", enumerator(p.confidence, "Confidence"), strings(p.sources));
}

std::string month_day(date::month_day md) {
    return fmt::format("date::month{{{}}} / date::day{{{}}}", static_cast<unsigned>(md.month()),
                       static_cast<unsigned>(md.day()));
}

std::string minutes(std::chrono::minutes m) {
    return fmt::format("std::chrono::minutes{{{}}}", m.count());
}

std::string intake(const Intake& i) {
    return fmt::format("Intake{{{}, {}}}", enumerator(i.semester, "Semester"), i.year);
}

void write_catalog(std::ostream& out, const Catalog& c) {
    const auto& m = c.meta;
    out << fmt::format("    c.meta = {{{}, {}, nullptr, {}, date::year{{{}}} / {} / {}}};\n",
                       quoted(m.institution), quoted(m.zone_name), quoted(m.data_version),
                       static_cast<int>(m.last_checked.year()),
                       static_cast<unsigned>(m.last_checked.month()),
                       static_cast<unsigned>(m.last_checked.day()));
    for (const auto& s : c.country_sets) {
        out << fmt::format("    c.country_sets.push_back({{{}, {}, {}, {}, {}}});\n", quoted(s.id),
                           quoted(s.name), quoted(s.name_nb), strings(s.countries),
                           provenance(s.provenance));
    }
    for (const auto& t : c.territories) {
        out << fmt::format("    c.territories.push_back({{{}, {}, {}, {}}});\n",
                           strings(t.territories), quoted(t.citizenship), quoted(t.note),
                           provenance(t.provenance));
    }
    for (const auto& r : c.rules) {
        out << fmt::format("    c.rules.push_back({{{}, {}, {}, {}, {}, {}, {}, {}, {}}});\n",
                           quoted(r.id), enumerators(r.levels, "Level"),
                           enumerator(r.group, "Group"), enumerator(r.condition, "RuleCondition"),
                           strings(r.country_sets), quoted(r.quote), quoted(r.note),
                           quoted(r.note_nb), provenance(r.provenance));
    }
    for (const auto& t : c.tracks) {
        out << fmt::format("    c.tracks.push_back({{{}, {}, {}, {}, {}, {}, {}}});\n",
                           enumerator(t.level, "Level"), enumerator(t.group, "Group"),
                           enumerator(t.kind, "TrackKind"), quoted(t.url), quoted(t.note),
                           quoted(t.note_nb), provenance(t.provenance));
    }
    for (const auto& d : c.yearly) {
        std::vector<std::string> exceptions;
        for (const auto& e : d.exceptions) {
            exceptions.push_back(fmt::format("{{{}, {}, {}, {}, {}}}", e.intake_year,
                                             month_day(e.closing_day), minutes(e.closing_time),
                                             quoted(e.note), provenance(e.provenance)));
        }
        out << fmt::format(
            "    c.yearly.push_back({{{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, "
            "{{{}}}, {}, {}, {}}});\n",
            quoted(d.id), enumerators(d.levels, "Level"), enumerators(d.groups, "Group"),
            strings(d.programmes), enumerator(d.milestone, "Milestone"), month_day(d.closing_day),
            minutes(d.closing_time), enumerator(d.semester, "Semester"), d.intake_year_offset,
            enumerator(d.date_confidence, "Confidence"),
            enumerator(d.time_confidence, "Confidence"), strings(d.sources),
            strings(d.time_sources), quoted(d.note), quoted(d.note_nb), fmt::join(exceptions, ", "),
            d.published_through, quoted(d.disputed_note), strings(d.disputed_sources));
    }
    for (const auto& d : c.dated) {
        const std::string closes =
            d.closes ? fmt::format("date::local_seconds{{std::chrono::seconds{{{}}}}}",
                                   d.closes->time_since_epoch().count())
                     : "std::nullopt";
        out << fmt::format(
            "    c.dated.push_back({{{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}}});\n",
            quoted(d.id), enumerators(d.levels, "Level"), enumerators(d.groups, "Group"),
            strings(d.programmes), enumerator(d.milestone, "Milestone"), intake(d.intake), closes,
            enumerator(d.date_confidence, "Confidence"),
            enumerator(d.time_confidence, "Confidence"), strings(d.sources), quoted(d.note),
            quoted(d.note_nb));
    }
    for (const auto& p : c.programmes) {
        const std::string years =
            p.duration_years ? std::to_string(*p.duration_years) : "std::nullopt";
        out << fmt::format(
            "    c.programmes.push_back({{{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, "
            "{}}});\n",
            quoted(p.id), quoted(p.name), enumerator(p.level, "Level"),
            enumerators(p.campuses, "Campus"), years, enumerator(p.kind, "ProgrammeKind"),
            quoted(p.url), enumerators(p.closed_to, "Group"),
            enumerator(p.deadlines, "DeadlineSource"), quoted(p.requirement),
            quoted(p.requirement_nb), quoted(p.note), quoted(p.note_nb), provenance(p.provenance),
            p.source_year);
    }
    for (const auto& s : c.steps) {
        std::vector<std::string> dated;
        for (const auto& d : s.dated) {
            dated.push_back(fmt::format("{{{}, date::year{{{}}} / {} / {}, {}, {}, {}}}",
                                        d.intake_year, static_cast<int>(d.day.year()),
                                        static_cast<unsigned>(d.day.month()),
                                        static_cast<unsigned>(d.day.day()), quoted(d.note),
                                        quoted(d.note_nb), provenance(d.provenance)));
        }
        out << fmt::format("    c.steps.push_back({{{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}u, "
                           "{}u, {}, {}, {{{}}}, "
                           "{}}});\n",
                           quoted(s.id), enumerators(s.levels, "Level"),
                           enumerators(s.groups, "Group"), enumerators(s.semesters, "Semester"),
                           enumerator(s.audience, "StepAudience"), s.at_deadline ? "true" : "false",
                           quoted(s.title), quoted(s.title_nb), quoted(s.rule), quoted(s.rule_nb),
                           s.month, s.day, s.published_through, s.first_intake_year,
                           fmt::join(dated, ", "), provenance(s.provenance));
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: ntnu_precompile IN.toml OUT.cpp LABEL\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        std::fprintf(stderr, "ntnu_precompile: cannot read %s\n", argv[1]);
        return 1;
    }
    const auto result = parse_catalog(text.str(), argv[1]);
    if (!result.catalog) {
        for (const auto& d : result.diagnostics) {
            std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
        }
        return 1;
    }
    std::ostringstream code;
    code << "// Generated by tools/precompile_catalog.cpp from " << argv[3]
         << ". Do not edit.\n"
            "#include \"builtin_catalog.hpp\"\n\n"
            "namespace ntnu {\n\n"
            "Catalog builtin_catalog() {\n"
            "    Catalog c;\n";
    write_catalog(code, *result.catalog);
    code << "    return c;\n}\n\n} // namespace ntnu\n";
    std::ofstream out(argv[2], std::ios::binary);
    out << code.str();
    out.close();
    if (!out) {
        std::fprintf(stderr, "ntnu_precompile: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
