#include "profile_options.hpp"

#include "countries.hpp"
#include "errors.hpp"
#include "programme_search.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace ntnu {

void add_profile_options(CLI::App& app, ProfileOptions& o) {
    app.add_option("--level", o.level, "Admission track: master, exchange, phd or bachelor")
        ->option_text("LEVEL")
        ->default_str("master");
    app.add_option("--citizenship", o.citizenships,
                   "A citizenship: ISO code or English/Norwegian name; repeat for dual citizens")
        ->option_text("COUNTRY")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--degree-from", o.degree_from,
                   "Country your bachelor's degree is from (a Nordic degree decides the group)")
        ->option_text("COUNTRY");
    app.add_flag("--norwegian-id", o.norwegian_id, "You hold a Norwegian national ID number");
    app.add_flag("--refugee", o.refugee,
                 "You have collective protection or individual asylum in Norway");
    app.add_option("--category", o.category,
                   "Name the group directly: non-eu, eu-eea, nordic or refugee")
        ->option_text("GROUP");
    app.add_option("--intake", o.intake, "A given intake, such as autumn-2027 or spring-2027")
        ->option_text("INTAKE");
}

void add_programme_option(CLI::App& app, ProfileOptions& o) {
    app.add_option("--programme", o.programme,
                   "A programme id (see 'ntnu programmes'): its own deadline and restrictions")
        ->option_text("ID");
}

const Programme& find_programme_or_throw(const Catalog& catalog, const std::string& id) {
    if (id.empty()) {
        throw UsageError("empty programme id; see 'ntnu programmes' for the list");
    }
    if (const Programme* p = catalog.programme(id)) {
        return *p;
    }
    // A typo of an id or a name; the hint is always the id, which is what to type.
    std::vector<std::string> candidates;
    for (const auto& p : catalog.programmes) {
        candidates.push_back(p.id);
        candidates.push_back(p.name);
    }
    std::vector<std::string> hints;
    for (const auto& match : closest_matches(id, candidates)) {
        for (const auto& p : catalog.programmes) {
            if (match == p.id || match == p.name) {
                hints.push_back(match == p.id ? p.id : fmt::format("{} ({})", p.id, p.name));
                break;
            }
        }
    }
    // Part of a name ("security") names the programmes that contain it.
    if (hints.empty()) {
        ProgrammeFilter filter;
        filter.search = id;
        const auto found = fold_for_lookup(id).size() >= 3 ? find_programmes(catalog, filter)
                                                           : std::vector<const Programme*>{};
        if (!found.empty() && found.size() <= 3) {
            for (const auto* p : found) {
                hints.push_back(fmt::format("{} ({})", p->id, p->name));
            }
        }
    }
    if (hints.empty()) {
        throw UsageError(
            fmt::format("unknown programme '{}'; see 'ntnu programmes' for the list", id));
    }
    const std::string last = hints.back();
    hints.pop_back();
    throw UsageError(
        fmt::format("unknown programme '{}'; did you mean {}?", id,
                    hints.empty() ? last : fmt::format("{} or {}", fmt::join(hints, ", "), last)));
}

template <typename E> E parse_choice(const std::string& text, const std::string& option) {
    if (text.empty()) {
        throw UsageError(fmt::format("empty value for {}", option));
    }
    if (auto value = parse_enum<E>(ascii_lower(text))) {
        return *value;
    }
    std::vector<std::string> names;
    for (const auto& [v, name] : EnumNames<E>::names) {
        names.emplace_back(name);
    }
    const auto hint = closest_matches(text, names);
    throw UsageError(fmt::format("invalid {} '{}'; {}expected one of: {}", option, text,
                                 hint.empty() ? "" : fmt::format("did you mean {}? ", hint.front()),
                                 fmt::join(names, ", ")));
}

template Group parse_choice<Group>(const std::string&, const std::string&);
template Level parse_choice<Level>(const std::string&, const std::string&);

std::string country_code(const std::string& text, const std::string& option) {
    if (text.empty()) {
        throw UsageError(fmt::format("empty country in {}", option));
    }
    if (const CountryRecord* c = find_country(text)) {
        return std::string(c->alpha2);
    }
    const auto hint = suggest_countries(text);
    throw UsageError(fmt::format("unknown country '{}' in {}{}", text, option,
                                 hint.empty() ? "; use an ISO code such as NO or NOR, or a name"
                                              : fmt::format("; did you mean {}?", hint.front())));
}

namespace {

// "did you mean autumn-2027? " for "høst-2027" (Norwegian) or "autum-2027"; or nothing.
std::string intake_hint(const std::string& text) {
    const auto dash = text.find('-');
    if (dash == std::string::npos) {
        return "";
    }
    const std::string semester = fold_for_lookup(text.substr(0, dash));
    const std::string year = text.substr(dash + 1);
    std::string wanted;
    if (semester == "host") {
        wanted = "autumn";
    } else if (semester == "var") {
        wanted = "spring";
    } else if (const auto close = closest_matches(semester, {"autumn", "spring"}); !close.empty()) {
        wanted = close.front();
    }
    const auto candidate = wanted + "-" + year;
    return wanted.empty() || !parse_intake(candidate) ? ""
                                                      : fmt::format("did you mean {}? ", candidate);
}

} // namespace

ResolvedProfile resolve_profile(const ProfileOptions& o) {
    ResolvedProfile r;
    r.level = o.level ? parse_choice<Level>(*o.level, "--level") : Level::master;
    for (const auto& c : o.citizenships) {
        const auto code = country_code(c, "--citizenship");
        if (std::find(r.profile.citizenships.begin(), r.profile.citizenships.end(), code) ==
            r.profile.citizenships.end()) {
            r.profile.citizenships.push_back(code);
        }
    }
    if (o.degree_from) {
        r.profile.degree_from = country_code(*o.degree_from, "--degree-from");
    }
    r.profile.norwegian_id = o.norwegian_id ? HasNorwegianId::yes : HasNorwegianId::no;
    r.profile.refugee = o.refugee ? RefugeeStatus::yes : RefugeeStatus::no;
    if (o.category) {
        r.profile.category = parse_choice<Group>(*o.category, "--category");
    }
    if (o.intake) {
        r.intake = parse_intake(*o.intake);
        if (!r.intake) {
            throw UsageError(fmt::format("invalid --intake '{}'; {}use a semester and a year, such "
                                         "as autumn-2027 or spring-2028",
                                         *o.intake, intake_hint(*o.intake)));
        }
    }
    return r;
}

} // namespace ntnu
