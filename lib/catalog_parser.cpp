// SPDX-License-Identifier: MIT
#include "catalog_parser.hpp"

#include "countries.hpp"
#include "id_index.hpp"
#include "source_check.hpp"
#include "source_findings.hpp"
#include "text.hpp"
#include "toml_shape_guard.hpp"
#include "toml_text_check.hpp"
#include "tomlplusplus.hpp"
#include "zone_lookup.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <set>

namespace ntnu {
namespace {

// The years over which a yearly closing time is checked for daylight-saving gaps and overlaps.
constexpr int first_checked_year = 2000;
constexpr int last_checked_year = 2060;

// "'kind' has unknown value 'fixd'; did you mean 'fixed'? expected one of: fixed, rolling".
std::string unknown_value(std::string_view key, std::string_view value,
                          const std::vector<std::string>& allowed) {
    const auto hint = closest_matches(value, allowed);
    return fmt::format("'{}' has unknown value '{}'; {}expected one of: {}", key, value,
                       hint.empty() ? "" : fmt::format("did you mean '{}'? ", hint.front()),
                       fmt::join(allowed, ", "));
}

class Reader {
public:
    Reader(std::string_view file, Checks checks) : file_(file), checks_(checks) {}

    // The ids the file defines, each indexed once as it is read, and the "did you mean"s the
    // file still gets: references are checked against these, never by a scan (id_index.hpp).
    IdIndex programme_ids{IdIndex::Case::ignored};
    IdIndex country_set_ids;
    SuggestionBudget suggestions;

    Diagnostics take() { return std::move(diagnostics_); }
    bool ok() const { return diagnostics_.empty(); }
    std::size_t count() const { return diagnostics_.size(); }

    void error(const toml::source_region& where, std::string message) {
        diagnostics_.push_back({file_, static_cast<int>(where.begin.line),
                                static_cast<int>(where.begin.column), std::move(message)});
    }
    void error(const toml::node& where, std::string message) {
        error(where.source(), std::move(message));
    }
    // A problem that does not stop the file from loading; `ntnu validate` still reports it.
    void warning(const toml::source_region& where, std::string message) {
        diagnostics_.push_back({file_, static_cast<int>(where.begin.line),
                                static_cast<int>(where.begin.column), std::move(message),
                                Severity::warning});
    }

    // Reports every key of `table` that is not in `allowed`, so a typo cannot hide a fact.
    void check_keys(const toml::table& table, std::string_view where,
                    std::initializer_list<std::string_view> allowed) {
        const std::vector<std::string> names(allowed.begin(), allowed.end());
        for (const auto& [key, value] : table) {
            if (std::find(names.begin(), names.end(), key.str()) != names.end()) {
                continue;
            }
            const auto hint = closest_matches(key.str(), names);
            error(
                key.source(),
                fmt::format("unknown key '{}' in {}{}", key.str(), where,
                            hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint.front())));
        }
    }

    const toml::node* require(const toml::table& table, std::string_view key,
                              std::string_view where) {
        const toml::node* node = table.get(key);
        if (node == nullptr) {
            error(table, fmt::format("{} is missing the key '{}'", where, key));
        }
        return node;
    }

    std::optional<std::string> string(const toml::table& table, std::string_view key,
                                      std::string_view where, bool required = true) {
        const toml::node* node = required ? require(table, key, where) : table.get(key);
        if (node == nullptr) {
            return std::nullopt;
        }
        if (const auto* s = node->as_string()) {
            return s->get();
        }
        error(*node, fmt::format("'{}' must be a string", key));
        return std::nullopt;
    }

    // A text for people and its bokmål: `key` and `key`_nb, both optional. Every text a person
    // reads is shown in bokmål under --lang nb, so validation refuses one without it, at the
    // English text's position; loading takes the file (the English text is shown instead).
    void text_pair(const toml::table& table, std::string_view key, std::string_view where,
                   std::string& en, std::string& nb) {
        const std::string nb_key = std::string(key) + "_nb";
        en = string(table, key, where, false).value_or("");
        nb = string(table, nb_key, where, false).value_or("");
        if (checks_ == Checks::validation && !en.empty() && nb.empty()) {
            const toml::node* node = table.get(key);
            error(node != nullptr ? node->source() : table.source(),
                  fmt::format("{} has '{}' but no '{}': bokmål output would show the English text",
                              where, key, nb_key));
        }
    }

    std::optional<std::int64_t> integer(const toml::table& table, std::string_view key,
                                        std::string_view where, std::int64_t low,
                                        std::int64_t high) {
        const toml::node* node = require(table, key, where);
        if (node == nullptr) {
            return std::nullopt;
        }
        const auto* value = node->as_integer();
        if (value == nullptr) {
            error(*node, fmt::format("'{}' must be an integer", key));
            return std::nullopt;
        }
        if (value->get() < low || value->get() > high) {
            error(*node,
                  fmt::format("'{}' must be from {} to {}, not {}", key, low, high, value->get()));
            return std::nullopt;
        }
        return value->get();
    }

    std::vector<std::string> strings(const toml::table& table, std::string_view key,
                                     std::string_view where, bool required = true) {
        std::vector<std::string> out;
        const toml::node* node = required ? require(table, key, where) : table.get(key);
        if (node == nullptr) {
            return out;
        }
        const auto* array = node->as_array();
        if (array == nullptr) {
            error(*node, fmt::format("'{}' must be an array of strings", key));
            return out;
        }
        for (const auto& element : *array) {
            if (const auto* s = element.as_string()) {
                out.push_back(s->get());
            } else {
                error(element, fmt::format("'{}' must hold only strings", key));
            }
        }
        return out;
    }

    template <typename E>
    std::optional<E> enumeration(const toml::table& table, std::string_view key,
                                 std::string_view where) {
        const auto text = string(table, key, where);
        if (!text) {
            return std::nullopt;
        }
        return enum_value<E>(*table.get(key), *text, key);
    }

    template <typename E>
    std::optional<E> enum_value(const toml::node& node, std::string_view text,
                                std::string_view key) {
        if (auto value = parse_enum<E>(text)) {
            return value;
        }
        std::vector<std::string> names;
        for (const auto& [v, name] : EnumNames<E>::names) {
            names.emplace_back(name);
        }
        error(node, unknown_value(key, text, names));
        return std::nullopt;
    }

    template <typename E>
    std::vector<E> enumerations(const toml::table& table, std::string_view key,
                                std::string_view where) {
        std::vector<E> out;
        const toml::node* node = require(table, key, where);
        if (node == nullptr) {
            return out;
        }
        const auto* array = node->as_array();
        if (array == nullptr || array->empty()) {
            error(*node, fmt::format("'{}' must be a non-empty array of strings", key));
            return out;
        }
        for (const auto& element : *array) {
            const auto* s = element.as_string();
            if (s == nullptr) {
                error(element, fmt::format("'{}' must hold only strings", key));
            } else if (auto value = enum_value<E>(element, s->get(), key)) {
                out.push_back(*value);
            }
        }
        return out;
    }

    // A fact's confidence. `projected` is the tool's own verdict on a year NTNU has not
    // published, worked out from `published_through`; data never states it.
    std::optional<Confidence> confidence(const toml::table& table, std::string_view key,
                                         std::string_view where) {
        auto c = enumeration<Confidence>(table, key, where);
        if (c == Confidence::projected) {
            error(*table.get(key),
                  fmt::format("'{}' cannot be \"projected\": the tool marks a date projected "
                              "itself, for each year after 'published_through'",
                              key));
            return std::nullopt;
        }
        return c;
    }

    // The confidence and source URLs of a fact; a fact without a source is an error.
    Provenance provenance(const toml::table& table, std::string_view where,
                          std::string_view confidence_key = "confidence",
                          std::string_view sources_key = "sources") {
        Provenance p;
        if (auto c = confidence(table, confidence_key, where)) {
            p.confidence = *c;
        }
        auto list = sources(table, sources_key, where, Required::yes);
        p.sources = std::move(list.urls);
        p.source_details = std::move(list.details);
        p.checked = checked(table);
        return p;
    }

    enum class Required { no, yes };

    // A list of sources: URLs alone, or tables {url, quote, as_of} (docs/data-sources.md).
    struct SourceList {
        std::vector<std::string> urls;
        std::vector<Source> details;
    };

    SourceList sources(const toml::table& table, std::string_view key, std::string_view where,
                       Required required) {
        SourceList out;
        const toml::node* node =
            required == Required::yes ? require(table, key, where) : table.get(key);
        if (node == nullptr) {
            return out;
        }
        const auto* array = node->as_array();
        if (array == nullptr) {
            error(*node, fmt::format("'{}' must be an array of strings", key));
            return out;
        }
        for (const auto& element : *array) {
            Source source;
            if (const auto* s = element.as_string()) {
                source.url = s->get();
            } else if (const auto* t = element.as_table()) {
                check_keys(*t, fmt::format("a source of {}", where), {"url", "quote", "as_of"});
                source.url = string(*t, "url", fmt::format("a source of {}", where)).value_or("");
                source.quote = string(*t, "quote", where, false).value_or("");
                if (t->get("quote") != nullptr && source.quote.empty()) {
                    error(*t->get("quote"), "'quote' must not be empty: leave it out instead");
                }
                source.as_of = string(*t, "as_of", where, false).value_or("");
                if (t->get("as_of") != nullptr && !parse_as_of(source.as_of)) {
                    error(*t->get("as_of"),
                          fmt::format("'as_of' must be \"undated\", a year such as \"2023\" or "
                                      "a date such as \"2026-11-26\", not \"{}\"",
                                      source.as_of));
                }
            } else {
                error(element, fmt::format("'{}' must hold only URLs or tables {{url, quote, "
                                           "as_of}}",
                                           key));
                continue;
            }
            if (!source.url.empty() && !source.url.starts_with("https://") &&
                !source.url.starts_with("http://")) {
                // A URL alone is reported at its list, as it always was; a table where it stands.
                error(element.is_table() ? element : *node,
                      fmt::format("source '{}' is not an http(s) URL", source.url));
            }
            out.urls.push_back(source.url);
            out.details.push_back(std::move(source));
        }
        if (out.urls.empty() && required == Required::yes) {
            error(*node,
                  fmt::format("{} has no source: '{}' must name at least one URL", where, key));
        }
        return out;
    }

    // `checked = 2026-12-07`: the day a record was last read against its pages.
    std::optional<date::year_month_day> checked(const toml::table& table) {
        const toml::node* node = table.get("checked");
        if (node == nullptr) {
            return std::nullopt;
        }
        if (const auto* d = node->as_date()) {
            const auto& v = d->get();
            return date::year{v.year} / date::month{v.month} / date::day{v.day};
        }
        error(*node, "'checked' must be a date such as 2026-12-07");
        return std::nullopt;
    }

    // "HH:MM", 24-hour.
    std::optional<std::chrono::minutes> time_of_day(const toml::table& table, std::string_view key,
                                                    std::string_view where) {
        const auto text = string(table, key, where);
        if (!text) {
            return std::nullopt;
        }
        const auto& t = *text;
        const bool shaped = t.size() == 5 && t[2] == ':' &&
                            std::all_of(t.begin(), t.end(),
                                        [](char c) { return c == ':' || (c >= '0' && c <= '9'); });
        const int hours = shaped ? (t[0] - '0') * 10 + (t[1] - '0') : -1;
        const int minutes = shaped ? (t[3] - '0') * 10 + (t[4] - '0') : -1;
        if (!shaped || hours > 23 || minutes > 59) {
            error(*table.get(key),
                  fmt::format("'{}' must be a 24-hour time \"HH:MM\", not \"{}\"", key, t));
            return std::nullopt;
        }
        return std::chrono::hours{hours} + std::chrono::minutes{minutes};
    }

private:
    std::string file_;
    Diagnostics diagnostics_;
    Checks checks_;
};

std::string describe(std::string_view kind, std::string_view id) {
    return id.empty() ? std::string(kind) : fmt::format("{} '{}'", kind, id);
}

// Iterates an array of tables such as [[deadline]], reporting entries of the wrong type.
// Returns false when some entry could not be visited, because it was not a table.
template <typename F>
bool for_each_table(Reader& reader, const toml::table& root, std::string_view key, F&& visit) {
    const toml::node* node = root.get(key);
    if (node == nullptr) {
        return true;
    }
    const auto* array = node->as_array();
    if (array == nullptr) {
        reader.error(*node,
                     fmt::format("'{}' must be an array of tables, written [[{}]]", key, key));
        return false;
    }
    bool all_tables = true;
    for (const auto& element : *array) {
        if (const auto* table = element.as_table()) {
            visit(*table);
        } else {
            reader.error(element, fmt::format("'{}' must hold only tables", key));
            all_tables = false;
        }
    }
    return all_tables;
}

// "; did you mean 'x'?" over `known` (made only when asked for), while the file's budget of
// suggestions lasts; nothing after that, or when nothing is close.
template <typename Known>
std::string rationed_hint(Reader& reader, std::string_view name, Known&& known) {
    if (!reader.suggestions.take()) {
        return "";
    }
    const auto hint = closest_matches(name, known());
    return hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint.front());
}

// The programmes a deadline is limited to; each must be one the catalogue has.
std::vector<std::string> programme_references(Reader& reader, const toml::table& t,
                                              std::string_view where, const Catalog& catalog) {
    auto ids = reader.strings(t, "programmes", where, false);
    const auto* array = t.get_as<toml::array>("programmes");
    const auto known = [&] {
        std::vector<std::string> out;
        for (const auto& p : catalog.programmes) {
            out.push_back(p.id);
        }
        return out;
    };
    for (std::size_t i = 0; array != nullptr && i < array->size(); ++i) {
        const auto* id = (*array)[i].as_string();
        if (id == nullptr || reader.programme_ids.contains(id->get())) {
            continue;
        }
        reader.error((*array)[i], fmt::format("unknown programme '{}'{}", id->get(),
                                              rationed_hint(reader, id->get(), known)));
    }
    return ids;
}

// Country sets a deadline names (`home_in`, `home_outside`); each must be one the data defines.
std::vector<std::string> country_set_references(Reader& reader, const toml::table& t,
                                                std::string_view key, std::string_view where,
                                                const Catalog& catalog) {
    auto ids = reader.strings(t, key, where, false);
    const auto* array = t.get_as<toml::array>(key);
    std::vector<std::string> known;
    for (const auto& set : catalog.country_sets) {
        known.push_back(set.id);
    }
    for (std::size_t i = 0; array != nullptr && i < array->size(); ++i) {
        const auto* id = (*array)[i].as_string();
        if (id == nullptr || catalog.country_set(id->get()) != nullptr) {
            continue;
        }
        const auto hint = closest_matches(id->get(), known);
        reader.error((*array)[i],
                     fmt::format("unknown country set '{}'{}", id->get(),
                                 hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint[0])));
    }
    return ids;
}

void check_unique_id(Reader& reader, std::set<std::string>& seen, const toml::table& table,
                     const std::string& id) {
    if (!id.empty() && !seen.insert(id).second) {
        reader.error(*table.get("id"), fmt::format("duplicate id '{}'", id));
    }
}

// "; did you mean 'Europe/Oslo'?" for a mistyped zone name, or nothing.
std::string zone_hint(std::string_view name) {
    std::vector<std::string> names;
    try {
        for (const auto& zone : date::get_tzdb().zones) {
            names.emplace_back(zone.name());
        }
    } catch (const std::exception&) {
        return ""; // no zone database to suggest from; the lookup itself said enough
    }
    const auto hint = closest_matches(name, names);
    return hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint.front());
}

void read_meta(Reader& reader, const toml::table& root, Catalog& catalog) {
    const toml::node* node = reader.require(root, "meta", "the data file");
    const toml::table* meta = node ? node->as_table() : nullptr;
    if (node != nullptr && meta == nullptr) {
        reader.error(*node, "'meta' must be a table");
    }
    if (meta == nullptr) {
        return;
    }
    reader.check_keys(*meta, "[meta]", {"institution", "zone", "data_version", "last_checked"});
    catalog.meta.institution = reader.string(*meta, "institution", "[meta]").value_or("");
    catalog.meta.data_version = reader.string(*meta, "data_version", "[meta]").value_or("");
    if (auto zone = reader.string(*meta, "zone", "[meta]")) {
        catalog.meta.zone_name = *zone;
        catalog.meta.zone = lookup_zone(*zone);
        if (catalog.meta.zone == nullptr) {
            reader.error(*meta->get("zone"),
                         fmt::format("unknown time zone '{}'{}", *zone, zone_hint(*zone)));
        }
    }
    if (const toml::node* checked = reader.require(*meta, "last_checked", "[meta]")) {
        if (const auto* d = checked->as_date()) {
            const auto& v = d->get();
            catalog.meta.last_checked =
                date::year{v.year} / date::month{v.month} / date::day{v.day};
        } else {
            reader.error(*checked, "'last_checked' must be a date such as 2026-11-27");
        }
    }
}

// An alpha-2 code that iso-codes knows, or an error where it stands.
void check_country_code(Reader& reader, const toml::node& where, const std::string& code) {
    if (country_by_alpha2(code) != nullptr) {
        return;
    }
    // find_country() tries every country's names: rationed, as every suggestion is.
    const auto* guess = reader.suggestions.take() ? find_country(code) : nullptr;
    reader.error(where, fmt::format("unknown country code '{}'{}", code,
                                    guess ? fmt::format("; did you mean '{}' ({})?", guess->alpha2,
                                                        guess->name)
                                          : ""));
}

void read_country_sets(Reader& reader, const toml::table& root, Catalog& catalog) {
    std::set<std::string> ids;
    for_each_table(reader, root, "country_set", [&](const toml::table& t) {
        reader.check_keys(
            t, "[[country_set]]",
            {"id", "name", "name_nb", "countries", "confidence", "sources", "checked"});
        CountrySet set;
        set.id = reader.string(t, "id", "[[country_set]]").value_or("");
        check_unique_id(reader, ids, t, set.id);
        reader.country_set_ids.add(set.id);
        const auto where = describe("country set", set.id);
        reader.text_pair(t, "name", where, set.name, set.name_nb);
        set.countries = reader.strings(t, "countries", where);
        // Each unknown code is reported where it stands, so two in one list are told apart.
        const auto* codes = t.get_as<toml::array>("countries");
        for (std::size_t i = 0; codes != nullptr && i < codes->size(); ++i) {
            if (const auto* code = (*codes)[i].as_string()) {
                check_country_code(reader, (*codes)[i], code->get());
            }
        }
        set.provenance = reader.provenance(t, where);
        catalog.country_sets.push_back(std::move(set));
    });
}

void read_territories(Reader& reader, const toml::table& root, Catalog& catalog) {
    IdIndex listed; // every territory code so far, so a second listing is found at once
    for_each_table(reader, root, "territory", [&](const toml::table& t) {
        reader.check_keys(
            t, "[[territory]]",
            {"territories", "citizenship", "note", "note_nb", "confidence", "sources", "checked"});
        TerritoryCitizenship entry;
        entry.territories = reader.strings(t, "territories", "[[territory]]");
        const auto where =
            describe("territory", fmt::format("{}", fmt::join(entry.territories, ", ")));
        const auto* codes = t.get_as<toml::array>("territories");
        for (std::size_t i = 0; codes != nullptr && i < codes->size(); ++i) {
            if (const auto* code = (*codes)[i].as_string()) {
                check_country_code(reader, (*codes)[i], code->get());
                if (!listed.add(code->get())) {
                    reader.error((*codes)[i],
                                 fmt::format("territory '{}' is listed twice", code->get()));
                }
            }
        }
        entry.citizenship = reader.string(t, "citizenship", where).value_or("");
        if (!entry.citizenship.empty()) {
            check_country_code(reader, *t.get("citizenship"), entry.citizenship);
        }
        reader.text_pair(t, "note", where, entry.note, entry.note_nb);
        entry.provenance = reader.provenance(t, where);
        catalog.territories.push_back(std::move(entry));
    });
}

bool tests_countries(RuleCondition condition) {
    return condition == RuleCondition::degree_from || condition == RuleCondition::citizen_of ||
           condition == RuleCondition::dual_citizen_of;
}

// Returns false when some rule's levels or condition could not be read, so their order is unknown.
bool read_rules(Reader& reader, const toml::table& root, Catalog& catalog) {
    std::set<std::string> ids;
    bool read = true;
    for_each_table(reader, root, "rule", [&](const toml::table& t) {
        reader.check_keys(t, "[[rule]]",
                          {"id", "levels", "group", "when", "countries", "confidence", "sources",
                           "quote", "note", "note_nb", "checked"});
        GroupRule rule;
        rule.id = reader.string(t, "id", "[[rule]]").value_or("");
        check_unique_id(reader, ids, t, rule.id);
        const auto where = describe("rule", rule.id);
        const auto before = reader.count();
        rule.levels = reader.enumerations<Level>(t, "levels", where);
        rule.group = reader.enumeration<Group>(t, "group", where).value_or(Group::non_eu);
        rule.condition =
            reader.enumeration<RuleCondition>(t, "when", where).value_or(RuleCondition::otherwise);
        read = read && reader.count() == before;
        rule.country_sets = reader.strings(t, "countries", where, false);
        const toml::node* sets = t.get("countries");
        if (tests_countries(rule.condition) && rule.country_sets.empty()) {
            reader.error(sets ? *sets : static_cast<const toml::node&>(t),
                         fmt::format("{} tests countries, so it needs 'countries': the ids of "
                                     "the country sets it tests",
                                     where));
        } else if (!tests_countries(rule.condition) && sets != nullptr) {
            reader.error(*sets,
                         fmt::format("{} tests no country, so it takes no 'countries'", where));
        }
        const auto known = [&] {
            std::vector<std::string> out;
            for (const auto& s : catalog.country_sets) {
                out.push_back(s.id);
            }
            return out;
        };
        for (const auto& id : rule.country_sets) {
            if (!reader.country_set_ids.contains(id)) {
                reader.error(*sets, fmt::format("unknown country set '{}'{}", id,
                                                rationed_hint(reader, id, known)));
            }
        }
        rule.quote = reader.string(t, "quote", where, false).value_or("");
        reader.text_pair(t, "note", where, rule.note, rule.note_nb);
        rule.provenance = reader.provenance(t, where);
        catalog.rules.push_back(std::move(rule));
    });
    return read;
}

// Every level that has deadlines must place every applicant in a group: its rules end with an
// `otherwise` rule, and nothing after it could ever be reached.
void check_rule_order(Reader& reader, const toml::table& root, const Catalog& catalog) {
    const auto* array = root.get_as<toml::array>("rule");
    for (const Level level : all_values<Level>()) {
        const auto has_deadlines = [&](const auto& list) {
            return std::any_of(list.begin(), list.end(), [&](const auto& d) {
                return std::count(d.levels.begin(), d.levels.end(), level) > 0;
            });
        };
        const bool has_tracks = std::any_of(catalog.tracks.begin(), catalog.tracks.end(),
                                            [&](const Track& t) { return t.level == level; });
        const auto rules = catalog.rules_for(level);
        if (!has_deadlines(catalog.yearly) && !has_deadlines(catalog.dated) && !has_tracks &&
            rules.empty()) {
            continue;
        }
        const auto last_otherwise =
            std::find_if(rules.begin(), rules.end(), [](const GroupRule* r) {
                return r->condition == RuleCondition::otherwise;
            });
        if (last_otherwise == rules.end()) {
            reader.error(array ? array->source() : root.source(),
                         fmt::format("the rules of level '{}' have no rule with when = "
                                     "\"otherwise\", so some applicants would have no group",
                                     to_string(level)));
        } else if (last_otherwise + 1 != rules.end()) {
            const auto index =
                static_cast<std::size_t>(&**(last_otherwise + 1) - &catalog.rules[0]);
            reader.error(array ? (*array)[index] : static_cast<const toml::node&>(root),
                         fmt::format("rule '{}' comes after rule '{}' (when = \"otherwise\") "
                                     "for level '{}', so it is never reached",
                                     (*(last_otherwise + 1))->id, (*last_otherwise)->id,
                                     to_string(level)));
        }
    }
}

// Returns false when some track's level or groups could not be read, so coverage is unknown.
bool read_tracks(Reader& reader, const toml::table& root, Catalog& catalog) {
    bool scopes_read = true;
    std::set<std::pair<Level, Group>> scopes; // each level and group with a track so far
    const bool all_tables = for_each_table(reader, root, "track", [&](const toml::table& t) {
        reader.check_keys(t, "[[track]]",
                          {"level", "groups", "kind", "url", "note", "note_nb", "confidence",
                           "sources", "checked"});
        Track track;
        const auto before = reader.count();
        track.level = reader.enumeration<Level>(t, "level", "[[track]]").value_or(Level::master);
        const auto groups = reader.enumerations<Group>(t, "groups", "[[track]]");
        scopes_read = scopes_read && reader.count() == before;
        if (auto kind = reader.string(t, "kind", "[[track]]")) {
            if (*kind == "fixed" || *kind == "rolling" || *kind == "scheme") {
                track.kind = *kind == "fixed"     ? TrackKind::fixed
                             : *kind == "rolling" ? TrackKind::rolling
                                                  : TrackKind::scheme;
            } else {
                reader.error(*t.get("kind"),
                             unknown_value("kind", *kind, {"fixed", "rolling", "scheme"}));
            }
        }
        track.url = reader.string(t, "url", "[[track]]").value_or("");
        reader.text_pair(t, "note", "[[track]]", track.note, track.note_nb);
        track.provenance = reader.provenance(t, "[[track]]");
        // One entry per group, so a lookup by level and group stays simple.
        for (const Group group : groups) {
            if (!scopes.insert({track.level, group}).second) {
                reader.error(*t.get("groups"),
                             fmt::format("a second track for level '{}' and group '{}'",
                                         to_string(track.level), to_string(group)));
            }
            track.group = group;
            catalog.tracks.push_back(track);
        }
    });
    return all_tables && scopes_read;
}

// A local closing time must exist exactly once, or the instant it names is unclear.
void check_local_time(Reader& reader, const toml::node& where, const date::time_zone* zone,
                      date::local_seconds local) {
    if (zone == nullptr) {
        return;
    }
    const auto info = zone->get_info(local);
    if (info.result == date::local_info::nonexistent) {
        reader.error(where, fmt::format("{} does not exist in {}: the clocks skip it",
                                        date::format("%F %R", local), zone->name()));
    } else if (info.result == date::local_info::ambiguous) {
        reader.error(where, fmt::format("{} happens twice in {}: the clocks go back over it",
                                        date::format("%F %R", local), zone->name()));
    }
}

// A yearly closing time must exist exactly once in every year, or some year's instant is
// unclear. Changeover days move, so the message names the years it fails in, not one date.
void check_yearly_local_time(Reader& reader, const toml::node& where, const date::time_zone* zone,
                             date::month_day md, std::chrono::minutes time) {
    if (zone == nullptr) {
        return;
    }
    std::vector<int> skipped;
    std::vector<int> doubled;
    for (int y = first_checked_year; y <= last_checked_year; ++y) {
        const auto local = date::local_seconds{date::local_days{date::year{y} / md} + time};
        const auto result = zone->get_info(local).result;
        if (result == date::local_info::nonexistent) {
            skipped.push_back(y);
        } else if (result == date::local_info::ambiguous) {
            doubled.push_back(y);
        }
    }
    const auto years = [](const std::vector<int>& list) {
        const std::vector<int> shown(list.begin(),
                                     list.begin() + std::min<std::size_t>(list.size(), 3));
        return fmt::format("{}{}", fmt::join(shown, ", "), list.size() > shown.size() ? ", …" : "");
    };
    if (skipped.empty() && doubled.empty()) {
        return; // the usual case: nothing to say, so nothing to format
    }
    const auto when =
        fmt::format("{} {} {}", static_cast<unsigned>(md.day()), date::format("%B", md.month()),
                    date::format("%R", date::local_seconds{} + time));
    if (!skipped.empty()) {
        reader.error(where, fmt::format("{} does not exist in {} in some years ({}): the clocks "
                                        "skip it",
                                        when, zone->name(), years(skipped)));
    }
    if (!doubled.empty()) {
        reader.error(where, fmt::format("{} happens twice in {} in some years ({}): the clocks "
                                        "go back over it",
                                        when, zone->name(), years(doubled)));
    }
}

std::optional<date::month_day> month_day(Reader& reader, const toml::table& t,
                                         std::string_view where) {
    const auto month = reader.integer(t, "month", where, 1, 12);
    const auto day = reader.integer(t, "day", where, 1, 31);
    if (!month || !day) {
        return std::nullopt;
    }
    // 29 February would close only in leap years; no admission deadline is that irregular.
    const date::month_day md{date::month{static_cast<unsigned>(*month)},
                             date::day{static_cast<unsigned>(*day)}};
    if (!md.ok() || md == date::February / 29) {
        reader.error(*t.get("day"),
                     fmt::format("{} has no day {}", date::format("%B", md.month()), *day));
        return std::nullopt;
    }
    return md;
}

// Returns false when some deadline's levels or groups could not be read.
bool read_yearly(Reader& reader, const toml::table& root, Catalog& catalog,
                 std::set<std::string>& ids) {
    bool scopes_read = true;
    const bool all_tables = for_each_table(reader, root, "deadline", [&](const toml::table& t) {
        reader.check_keys(t, "[[deadline]]",
                          {"id",
                           "levels",
                           "groups",
                           "milestone",
                           "month",
                           "day",
                           "time",
                           "intake",
                           "intake_year_offset",
                           "date_confidence",
                           "time_confidence",
                           "sources",
                           "time_sources",
                           "note",
                           "note_nb",
                           "exception",
                           "programmes",
                           "published_through",
                           "disputed_note",
                           "disputed_note_nb",
                           "disputed_sources",
                           "published_sources",
                           "checked",
                           "home_in",
                           "home_outside"});
        YearlyDeadline d;
        d.id = reader.string(t, "id", "[[deadline]]").value_or("");
        check_unique_id(reader, ids, t, d.id);
        const auto where = describe("deadline", d.id);
        const auto before = reader.count();
        d.levels = reader.enumerations<Level>(t, "levels", where);
        d.groups = reader.enumerations<Group>(t, "groups", where);
        scopes_read = scopes_read && reader.count() == before;
        d.programmes = programme_references(reader, t, where, catalog);
        d.milestone = reader.enumeration<Milestone>(t, "milestone", where).value_or(d.milestone);
        const auto md = month_day(reader, t, where);
        const auto time = reader.time_of_day(t, "time", where);
        d.semester = reader.enumeration<Semester>(t, "intake", where).value_or(d.semester);
        d.intake_year_offset =
            static_cast<int>(reader.integer(t, "intake_year_offset", where, -1, 2).value_or(0));
        d.date_confidence =
            reader.confidence(t, "date_confidence", where).value_or(d.date_confidence);
        d.time_confidence =
            reader.confidence(t, "time_confidence", where).value_or(d.time_confidence);
        auto sources = reader.sources(t, "sources", where, Reader::Required::yes);
        d.sources = std::move(sources.urls);
        d.source_details = std::move(sources.details);
        auto time_sources = reader.sources(t, "time_sources", where, Reader::Required::no);
        d.time_sources = std::move(time_sources.urls);
        d.time_source_details = std::move(time_sources.details);
        d.checked = reader.checked(t);
        reader.text_pair(t, "note", where, d.note, d.note_nb);
        if (t.get("published_through") != nullptr) {
            d.published_through = static_cast<int>(
                reader.integer(t, "published_through", where, 1900, 9999).value_or(0));
        }
        reader.text_pair(t, "disputed_note", where, d.disputed_note, d.disputed_note_nb);
        auto disputed = reader.sources(t, "disputed_sources", where, Reader::Required::no);
        d.disputed_sources = std::move(disputed.urls);
        d.disputed_source_details = std::move(disputed.details);
        auto published = reader.sources(t, "published_sources", where, Reader::Required::no);
        d.published_sources = std::move(published.urls);
        d.published_source_details = std::move(published.details);
        d.home_in = country_set_references(reader, t, "home_in", where, catalog);
        d.home_outside = country_set_references(reader, t, "home_outside", where, catalog);
        if (!d.home_in.empty() && !d.home_outside.empty()) {
            reader.error(t,
                         fmt::format("{} has both 'home_in' and 'home_outside': give one", where));
        }
        if (d.disputed_note.empty() != d.disputed_sources.empty()) {
            reader.error(t, fmt::format("{} needs both 'disputed_note' and 'disputed_sources', "
                                        "or neither",
                                        where));
        }
        if (md && time) {
            d.closing_day = *md;
            d.closing_time = *time;
            check_yearly_local_time(reader, *t.get("time"), catalog.meta.zone, *md, *time);
        }
        std::set<int> excepted_years;
        for_each_table(reader, t, "exception", [&](const toml::table& e) {
            const auto ewhere = fmt::format("exception of {}", where);
            reader.check_keys(e, "[[deadline.exception]]",
                              {"intake_year", "month", "day", "time", "note", "note_nb",
                               "confidence", "sources", "checked"});
            DeadlineException ex;
            ex.intake_year =
                static_cast<int>(reader.integer(e, "intake_year", ewhere, 1900, 9999).value_or(0));
            // Two exceptions for one intake would leave its closing date unclear.
            if (ex.intake_year != 0 && !excepted_years.insert(ex.intake_year).second) {
                reader.error(*e.get("intake_year"),
                             fmt::format("a second exception of {} for intake year {}", where,
                                         ex.intake_year));
            }
            const auto emd = month_day(reader, e, ewhere);
            const auto etime = reader.time_of_day(e, "time", ewhere);
            reader.text_pair(e, "note", ewhere, ex.note, ex.note_nb);
            ex.provenance = reader.provenance(e, ewhere);
            if (emd && etime) {
                ex.closing_day = *emd;
                ex.closing_time = *etime;
                const int closing_year = ex.intake_year - d.intake_year_offset;
                check_local_time(reader, *e.get("time"), catalog.meta.zone,
                                 date::local_days{date::year{closing_year} / *emd} + *etime);
            }
            d.exceptions.push_back(std::move(ex));
        });
        catalog.yearly.push_back(std::move(d));
    });
    return all_tables && scopes_read;
}

// Returns false when some dated deadline's levels or groups could not be read.
bool read_dated(Reader& reader, const toml::table& root, Catalog& catalog,
                std::set<std::string>& ids) {
    bool scopes_read = true;
    const bool all_tables = for_each_table(reader, root, "dated", [&](const toml::table& t) {
        reader.check_keys(t, "[[dated]]",
                          {"id", "levels", "groups", "milestone", "intake", "closes", "offered",
                           "date_confidence", "time_confidence", "intake_confidence", "sources",
                           "note", "note_nb", "offers", "offers_nb", "programmes", "checked"});
        DatedDeadline d;
        d.id = reader.string(t, "id", "[[dated]]").value_or("");
        check_unique_id(reader, ids, t, d.id);
        const auto where = describe("dated deadline", d.id);
        const auto before = reader.count();
        d.levels = reader.enumerations<Level>(t, "levels", where);
        d.groups = reader.enumerations<Group>(t, "groups", where);
        scopes_read = scopes_read && reader.count() == before;
        d.programmes = programme_references(reader, t, where, catalog);
        d.milestone = reader.enumeration<Milestone>(t, "milestone", where).value_or(d.milestone);
        if (auto text = reader.string(t, "intake", where)) {
            if (auto intake = parse_intake(*text)) {
                d.intake = *intake;
            } else {
                reader.error(*t.get("intake"),
                             fmt::format("'intake' must look like \"autumn-2027\" or "
                                         "\"spring-2027\", not \"{}\"",
                                         *text));
            }
        }
        bool offered = true;
        if (const toml::node* node = t.get("offered")) {
            if (const auto* b = node->as_boolean()) {
                offered = b->get();
            } else {
                reader.error(*node, "'offered' must be true or false");
            }
        }
        d.date_confidence =
            reader.confidence(t, "date_confidence", where).value_or(d.date_confidence);
        auto sources = reader.sources(t, "sources", where, Reader::Required::yes);
        d.sources = std::move(sources.urls);
        d.source_details = std::move(sources.details);
        d.checked = reader.checked(t);
        reader.text_pair(t, "note", where, d.note, d.note_nb);
        if (t.get("intake_confidence") != nullptr) {
            d.intake_confidence =
                reader.confidence(t, "intake_confidence", where).value_or(d.intake_confidence);
        }
        reader.text_pair(t, "offers", where, d.offers, d.offers_nb);
        if (d.offers.empty() != d.offers_nb.empty()) {
            reader.error(t,
                         fmt::format("{} needs both 'offers' and 'offers_nb', or neither", where));
        }
        const toml::node* closes = t.get("closes");
        if (offered) {
            d.time_confidence =
                reader.confidence(t, "time_confidence", where).value_or(d.time_confidence);
            if (closes == nullptr) {
                reader.error(
                    t, fmt::format("{} is missing the key 'closes' (or offered = false)", where));
            } else if (const auto* dt = closes->as_date_time(); dt && !dt->get().offset) {
                const auto& v = dt->get();
                const date::year_month_day ymd{date::year{v.date.year}, date::month{v.date.month},
                                               date::day{v.date.day}};
                const auto local = date::local_days{ymd} + std::chrono::hours{v.time.hour} +
                                   std::chrono::minutes{v.time.minute} +
                                   std::chrono::seconds{v.time.second};
                d.closes = date::local_seconds{local};
                check_local_time(reader, *closes, catalog.meta.zone, *d.closes);
            } else {
                reader.error(*closes, "'closes' must be a local date-time such as "
                                      "2024-11-01T23:59:00, with no offset: it is read in "
                                      "[meta].zone");
            }
        } else if (closes != nullptr) {
            reader.error(*closes,
                         fmt::format("{} has offered = false, so it cannot have 'closes'", where));
        }
        catalog.dated.push_back(std::move(d));
    });
    return all_tables && scopes_read;
}

// The journey after the application ([[step]]), in file order: the order steps are shown in.
void read_steps(Reader& reader, const toml::table& root, Catalog& catalog) {
    std::set<std::string> ids;
    for_each_table(reader, root, "step", [&](const toml::table& t) {
        reader.check_keys(t, "[[step]]",
                          {"id", "levels", "groups", "intakes", "for", "at_deadline", "title",
                           "title_nb", "rule", "rule_nb", "month", "day", "published_through",
                           "first_intake_year", "confidence", "sources", "dated",
                           "published_sources", "checked"});
        JourneyStep s;
        s.id = reader.string(t, "id", "[[step]]").value_or("");
        check_unique_id(reader, ids, t, s.id);
        const auto where = describe("step", s.id);
        s.levels = reader.enumerations<Level>(t, "levels", where);
        s.groups = reader.enumerations<Group>(t, "groups", where);
        s.semesters = reader.enumerations<Semester>(t, "intakes", where);
        if (t.get("for") != nullptr) {
            s.audience = reader.enumeration<StepAudience>(t, "for", where).value_or(s.audience);
        }
        if (const toml::node* node = t.get("at_deadline")) {
            if (const auto* b = node->as_boolean()) {
                s.at_deadline = b->get();
            } else {
                reader.error(*node, "'at_deadline' must be true or false");
            }
        }
        s.title = reader.string(t, "title", where).value_or("");
        s.title_nb = reader.string(t, "title_nb", where).value_or("");
        s.rule = reader.string(t, "rule", where, false).value_or("");
        s.rule_nb = reader.string(t, "rule_nb", where, false).value_or("");
        if (s.rule.empty() != s.rule_nb.empty()) {
            reader.error(t, fmt::format("{} needs both 'rule' and 'rule_nb', or neither", where));
        }
        if (t.get("month") != nullptr) {
            s.month = static_cast<unsigned>(reader.integer(t, "month", where, 1, 12).value_or(0));
        }
        if (t.get("day") != nullptr) {
            if (t.get("month") == nullptr) {
                reader.error(*t.get("day"), fmt::format("{} has a 'day' but no 'month'", where));
            } else if (const auto md = month_day(reader, t, where)) {
                s.day = static_cast<unsigned>(md->day());
            }
        }
        if (t.get("published_through") != nullptr) {
            s.published_through = static_cast<int>(
                reader.integer(t, "published_through", where, 1900, 9999).value_or(0));
        }
        auto published = reader.sources(t, "published_sources", where, Reader::Required::no);
        s.published_sources = std::move(published.urls);
        s.published_source_details = std::move(published.details);
        if (t.get("first_intake_year") != nullptr) {
            s.first_intake_year = static_cast<int>(
                reader.integer(t, "first_intake_year", where, 1900, 9999).value_or(0));
        }
        s.provenance = reader.provenance(t, where);
        std::set<int> years;
        for_each_table(reader, t, "dated", [&](const toml::table& e) {
            const auto ewhere = fmt::format("dated entry of {}", where);
            reader.check_keys(
                e, "[[step.dated]]",
                {"intake_year", "date", "note", "note_nb", "confidence", "sources", "checked"});
            StepDate d;
            d.intake_year =
                static_cast<int>(reader.integer(e, "intake_year", ewhere, 1900, 9999).value_or(0));
            if (d.intake_year != 0 && !years.insert(d.intake_year).second) {
                reader.error(*e.get("intake_year"),
                             fmt::format("a second dated entry of {} for intake year {}", where,
                                         d.intake_year));
            }
            const toml::node* date = e.get("date");
            if (date == nullptr) {
                reader.error(e, fmt::format("{} is missing the key 'date'", ewhere));
            } else if (const auto* v = date->as_date()) {
                d.day = date::year{v->get().year} / static_cast<int>(v->get().month) /
                        static_cast<int>(v->get().day);
            } else {
                reader.error(*date, "'date' must be a local date such as 2020-07-13");
            }
            reader.text_pair(e, "note", ewhere, d.note, d.note_nb);
            if (d.note.empty() != d.note_nb.empty()) {
                reader.error(e,
                             fmt::format("{} needs both 'note' and 'note_nb', or neither", ewhere));
            }
            d.provenance = reader.provenance(e, ewhere);
            s.dated.push_back(std::move(d));
        });
        catalog.steps.push_back(std::move(s));
    });
}

bool boolean(Reader& reader, const toml::table& t, std::string_view key) {
    const toml::node* node = t.get(key);
    if (node == nullptr) {
        return false;
    }
    if (const auto* b = node->as_boolean()) {
        return b->get();
    }
    reader.error(*node, fmt::format("'{}' must be true or false", key));
    return false;
}

// The English tests NTNU accepts ([[english_test]]): what `requirements --english-test` takes.
void read_english_tests(Reader& reader, const toml::table& root, Catalog& catalog) {
    std::set<std::string> ids;
    for_each_table(reader, root, "english_test", [&](const toml::table& t) {
        reader.check_keys(
            t, "[[english_test]]",
            {"id", "name", "minimum", "valid_years", "confidence", "sources", "checked"});
        EnglishTest e;
        e.id = reader.string(t, "id", "[[english_test]]").value_or("");
        check_unique_id(reader, ids, t, e.id);
        const auto where = describe("English test", e.id);
        e.name = reader.string(t, "name", where).value_or("");
        e.minimum = reader.string(t, "minimum", where, false).value_or("");
        if (t.get("valid_years") != nullptr) {
            e.valid_years =
                static_cast<int>(reader.integer(t, "valid_years", where, 1, 10).value_or(0));
        }
        e.provenance = reader.provenance(t, where);
        catalog.english_tests.push_back(std::move(e));
    });
}

// What an applicant must have ready ([[requirement]]), in file order: the records of one
// requirement are tried in that order, and the first that holds decides.
void read_requirements(Reader& reader, const toml::table& root, Catalog& catalog) {
    std::set<std::string> ids;
    for_each_table(reader, root, "requirement", [&](const toml::table& t) {
        reader.check_keys(t, "[[requirement]]",
                          {"id",
                           "requirement",
                           "levels",
                           "when",
                           "status",
                           "country_set",
                           "countries",
                           "programmes",
                           "groups",
                           "step",
                           "due_at_deadline",
                           "due_confidence",
                           "english_tests",
                           "summary",
                           "summary_nb",
                           "note",
                           "note_nb",
                           "disputed_note",
                           "disputed_note_nb",
                           "disputed_sources",
                           "confidence",
                           "sources",
                           "checked"});
        Requirement r;
        r.id = reader.string(t, "id", "[[requirement]]").value_or("");
        check_unique_id(reader, ids, t, r.id);
        const auto where = describe("requirement", r.id);
        r.requirement = reader.string(t, "requirement", where).value_or("");
        r.levels = reader.enumerations<Level>(t, "levels", where);
        r.when = reader.enumeration<RequirementWhen>(t, "when", where).value_or(r.when);
        r.status = reader.enumeration<RequirementStatus>(t, "status", where).value_or(r.status);
        r.country_set = reader.string(t, "country_set", where, false).value_or("");
        if (r.when == RequirementWhen::degree_in_set || r.when == RequirementWhen::school_in_set) {
            if (r.country_set.empty()) {
                reader.error(t, fmt::format("{} tests '{}' but names no 'country_set'", where,
                                            to_string(r.when)));
            } else if (!reader.country_set_ids.contains(r.country_set)) {
                reader.error(*t.get("country_set"),
                             fmt::format("unknown country set '{}'", r.country_set));
            }
        }
        r.countries = reader.strings(t, "countries", where, false);
        const auto* codes = t.get_as<toml::array>("countries");
        for (std::size_t i = 0; codes != nullptr && i < codes->size(); ++i) {
            if (const auto* code = (*codes)[i].as_string()) {
                check_country_code(reader, (*codes)[i], code->get());
            }
        }
        if (r.when == RequirementWhen::degree_in && r.countries.empty()) {
            reader.error(t, fmt::format("{} tests 'degree-in' but names no 'countries'", where));
        }
        r.programmes = programme_references(reader, t, where, catalog);
        if (t.get("groups") != nullptr) {
            r.groups = reader.enumerations<Group>(t, "groups", where);
        }
        r.due_at_deadline = boolean(reader, t, "due_at_deadline");
        if (t.get("due_confidence") != nullptr) {
            r.due_confidence =
                reader.confidence(t, "due_confidence", where).value_or(r.due_confidence);
        }
        r.step = reader.string(t, "step", where, false).value_or("");
        const JourneyStep* step = nullptr;
        if (!r.step.empty()) {
            const auto found = std::find_if(catalog.steps.begin(), catalog.steps.end(),
                                            [&](const JourneyStep& s) { return s.id == r.step; });
            if (found == catalog.steps.end()) {
                reader.error(*t.get("step"), fmt::format("unknown step '{}'", r.step));
            } else {
                step = &*found;
            }
            for (const auto* key :
                 {"summary", "summary_nb", "note", "note_nb", "confidence", "sources"}) {
                if (t.get(key) != nullptr) {
                    reader.error(*t.get(key),
                                 fmt::format("{} takes its words and sources from step '{}': "
                                             "'{}' would say them twice",
                                             where, r.step, key));
                }
            }
        }
        r.english_tests = boolean(reader, t, "english_tests");
        if (step != nullptr) {
            // Stated once, in the step: the requirement shows the step's own words.
            r.summary = step->title;
            r.summary_nb = step->title_nb;
            r.note = step->rule;
            r.note_nb = step->rule_nb;
            r.provenance = step->provenance;
        } else if (r.step.empty()) {
            r.summary = reader.string(t, "summary", where).value_or("");
            r.summary_nb = reader.string(t, "summary_nb", where).value_or("");
            r.note = reader.string(t, "note", where, false).value_or("");
            r.note_nb = reader.string(t, "note_nb", where, false).value_or("");
            if (r.note.empty() != r.note_nb.empty()) {
                reader.error(t,
                             fmt::format("{} needs both 'note' and 'note_nb', or neither", where));
            }
        }
        r.disputed_note = reader.string(t, "disputed_note", where, false).value_or("");
        r.disputed_note_nb = reader.string(t, "disputed_note_nb", where, false).value_or("");
        auto disputed = reader.sources(t, "disputed_sources", where, Reader::Required::no);
        r.disputed_sources = std::move(disputed.urls);
        r.disputed_source_details = std::move(disputed.details);
        if (!r.disputed_note.empty() && r.disputed_sources.empty()) {
            reader.error(t,
                         fmt::format("{} has a 'disputed_note' but no 'disputed_sources'", where));
        }
        // A requirement without a source is refused here, as every fact is (provenance()).
        if (r.step.empty()) {
            r.provenance = reader.provenance(t, where);
        }
        catalog.requirements.push_back(std::move(r));
    });
}

std::optional<ProgrammeKind> programme_kind(std::string_view text) {
    if (text == "regular") {
        return ProgrammeKind::regular;
    }
    if (text == "joint-nordic") {
        return ProgrammeKind::joint_nordic;
    }
    if (text == "erasmus-mundus") {
        return ProgrammeKind::erasmus_mundus;
    }
    if (text == "joint") {
        return ProgrammeKind::joint;
    }
    return std::nullopt;
}

// [[programme.paused]]: intakes NTNU paused, each with its source.
void read_paused(Reader& reader, const toml::table& t, const std::string& where, Programme& p) {
    for_each_table(reader, t, "paused", [&](const toml::table& e) {
        const auto ewhere = fmt::format("paused intake of {}", where);
        reader.check_keys(e, "[[programme.paused]]", {"intake", "sources", "checked"});
        PausedIntake paused;
        if (auto text = reader.string(e, "intake", ewhere)) {
            if (auto intake = parse_intake(*text)) {
                paused.intake = *intake;
                if (p.paused_intake(*intake) != nullptr) {
                    reader.error(*e.get("intake"),
                                 fmt::format("{} is paused twice for {}", where, *text));
                }
            } else {
                reader.error(*e.get("intake"),
                             fmt::format("'intake' must look like \"autumn-2027\" or "
                                         "\"spring-2027\", not \"{}\"",
                                         *text));
            }
        }
        auto sources = reader.sources(e, "sources", ewhere, Reader::Required::yes);
        paused.sources = std::move(sources.urls);
        paused.source_details = std::move(sources.details);
        paused.checked = reader.checked(e);
        p.paused.push_back(std::move(paused));
    });
    std::sort(p.paused.begin(), p.paused.end(),
              [](const PausedIntake& a, const PausedIntake& b) { return a.intake < b.intake; });
}

void read_programmes(Reader& reader, const toml::table& root, Catalog& catalog) {
    for_each_table(reader, root, "programme", [&](const toml::table& t) {
        reader.check_keys(
            t, "[[programme]]",
            {"id",          "name",       "level",     "campuses",    "duration_years", "kind",
             "url",         "closed_to",  "deadlines", "requirement", "requirement_nb", "note",
             "note_nb",     "confidence", "sources",   "source_year", "language",       "paused",
             "start_month", "checked"});
        Programme p;
        p.id = reader.string(t, "id", "[[programme]]").value_or("");
        if (!reader.programme_ids.add(p.id) && !p.id.empty()) {
            reader.error(*t.get("id"), fmt::format("duplicate id '{}'", p.id));
        }
        const auto where = describe("programme", p.id);
        p.name = reader.string(t, "name", where).value_or("");
        p.level = reader.enumeration<Level>(t, "level", where).value_or(p.level);
        if (t.get("campuses") != nullptr) {
            p.campuses = reader.enumerations<Campus>(t, "campuses", where);
        }
        if (t.get("duration_years") != nullptr) {
            p.duration_years =
                static_cast<int>(reader.integer(t, "duration_years", where, 1, 10).value_or(0));
            if (p.duration_years == 0) {
                p.duration_years.reset();
            }
        }
        if (auto kind = reader.string(t, "kind", where)) {
            if (auto k = programme_kind(*kind)) {
                p.kind = *k;
            } else {
                reader.error(*t.get("kind"),
                             unknown_value("kind", *kind,
                                           {"regular", "joint-nordic", "erasmus-mundus", "joint"}));
            }
        }
        p.url = reader.string(t, "url", where).value_or("");
        if (!p.url.empty() && !p.url.starts_with("https://") && !p.url.starts_with("http://")) {
            reader.error(*t.get("url"), fmt::format("url '{}' is not an http(s) URL", p.url));
        }
        if (t.get("closed_to") != nullptr) {
            p.closed_to = reader.enumerations<Group>(t, "closed_to", where);
        }
        if (auto mode = reader.string(t, "deadlines", where)) {
            if (*mode == "general" || *mode == "own") {
                p.deadlines = *mode == "own" ? DeadlineSource::own : DeadlineSource::general;
            } else {
                reader.error(*t.get("deadlines"),
                             unknown_value("deadlines", *mode, {"general", "own"}));
            }
        }
        reader.text_pair(t, "requirement", where, p.requirement, p.requirement_nb);
        reader.text_pair(t, "note", where, p.note, p.note_nb);
        p.provenance = reader.provenance(t, where);
        if (t.get("source_year") != nullptr) {
            p.source_year =
                static_cast<int>(reader.integer(t, "source_year", where, 1990, 9999).value_or(0));
        }
        if (auto language = reader.string(t, "language", where, false)) {
            if (*language == "english" || *language == "norwegian") {
                p.language = *language == "english" ? TeachingLanguage::english
                                                    : TeachingLanguage::norwegian;
            } else {
                reader.error(*t.get("language"),
                             unknown_value("language", *language, {"english", "norwegian"}));
            }
        }
        // The month teaching starts, where the programme's page states it: the journey's
        // semester start uses it.
        if (t.get("start_month") != nullptr) {
            p.start_month =
                static_cast<unsigned>(reader.integer(t, "start_month", where, 1, 12).value_or(0));
        }
        read_paused(reader, t, where, p);
        catalog.programmes.push_back(std::move(p));
    });
}

template <typename Entry> bool covers(const Entry& d, Level level, std::optional<Group> group) {
    return d.programmes.empty() && std::count(d.levels.begin(), d.levels.end(), level) > 0 &&
           (!group || std::count(d.groups.begin(), d.groups.end(), *group) > 0);
}

// Every group needs a deadline at the master's level, which the overview shows, or `ntnu` would
// go silent on it. With Checks::validation, every other level needs one too, for some group;
// that is a warning, because a file for master's admissions alone is still usable with --data.
// A single programme's deadline does not count: it answers only for that programme.
// Whole-file problems point at the start of the file.
void check_coverage(Reader& reader, const toml::table& root, const Catalog& catalog,
                    Checks checks) {
    if (catalog.yearly.empty() && catalog.dated.empty() && catalog.tracks.empty()) {
        reader.error(root.source(), "no deadlines: the data file has no [[deadline]], [[dated]] "
                                    "or [[track]] entry");
        return;
    }
    const auto covered = [&](Level level, std::optional<Group> group) {
        const auto entry = [&](const auto& d) { return covers(d, level, group); };
        return std::any_of(catalog.yearly.begin(), catalog.yearly.end(), entry) ||
               std::any_of(catalog.dated.begin(), catalog.dated.end(), entry) ||
               std::any_of(catalog.tracks.begin(), catalog.tracks.end(), [&](const Track& t) {
                   return t.level == level && (!group || t.group == *group);
               });
    };
    for (const Group group : all_values<Group>()) {
        if (!covered(Level::master, group)) {
            reader.error(root.source(), fmt::format("level 'master' has no deadline for group '{}'",
                                                    to_string(group)));
        }
    }
    for (const Level level : all_values<Level>()) {
        if (checks == Checks::validation && level != Level::master &&
            !covered(level, std::nullopt)) {
            reader.warning(root.source(),
                           fmt::format("level '{}' has no deadline or track for any group, so "
                                       "'ntnu deadline --level {}' has no answer",
                                       to_string(level), to_string(level)));
        }
    }
}

} // namespace

CatalogResult parse_catalog(std::string_view text, std::string_view source_name, Checks checks) {
    CatalogResult result;
    Reader reader(source_name, checks);
    if (text.size() > max_catalog_bytes) {
        result.diagnostics.push_back({std::string(source_name), 0, 0,
                                      fmt::format("data file is {} bytes; the limit is {}",
                                                  text.size(), max_catalog_bytes)});
        return result;
    }
    if (text.empty()) {
        // No line to point at, and no use listing every missing table one by one.
        result.diagnostics.push_back({std::string(source_name), 0, 0, "data file is empty"});
        return result;
    }
    if (text.find('\0') != std::string_view::npos) {
        // toml++ would stop at the NUL; say plainly that this is not a text file.
        const auto before = text.substr(0, text.find('\0'));
        const int line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
        const auto last_newline = before.rfind('\n');
        const int column =
            static_cast<int>(before.size() -
                             (last_newline == std::string_view::npos ? 0 : last_newline + 1)) +
            1;
        result.diagnostics.push_back(
            {std::string(source_name), line, column, "NUL byte: this is not a text file"});
        return result;
    }
    if (const auto shape = find_shape_problem(text)) {
        result.diagnostics.push_back(
            {std::string(source_name), shape->line, shape->column, shape->message});
        return result;
    }
    toml::table root;
    try {
        root = toml::parse(text, source_name);
    } catch (const toml::parse_error& e) {
        result.diagnostics.push_back(
            {std::string(source_name), static_cast<int>(e.source().begin.line),
             static_cast<int>(e.source().begin.column), std::string(e.description())});
        return result;
    }
    Catalog catalog;
    reader.check_keys(root, "the data file",
                      {"meta", "country_set", "territory", "rule", "track", "deadline", "dated",
                       "programme", "step", "english_test", "requirement"});
    read_meta(reader, root, catalog);
    read_country_sets(reader, root, catalog);
    read_territories(reader, root, catalog);
    const bool rules_read = read_rules(reader, root, catalog);
    // Programmes first, so each deadline that names one can be checked where it names it.
    read_programmes(reader, root, catalog);
    bool scopes_read = read_tracks(reader, root, catalog);
    std::set<std::string> deadline_ids;
    scopes_read = read_yearly(reader, root, catalog, deadline_ids) && scopes_read;
    scopes_read = read_dated(reader, root, catalog, deadline_ids) && scopes_read;
    read_steps(reader, root, catalog);
    read_english_tests(reader, root, catalog);
    read_requirements(reader, root, catalog);
    // Coverage is reported beside other problems, except when some entry's levels or groups
    // could not be read: that entry's groups would be reported as uncovered, a false alarm.
    if (scopes_read) {
        check_coverage(reader, root, catalog, checks);
        if (rules_read) {
            check_rule_order(reader, root, catalog);
        }
    }
    result.diagnostics = reader.take();
    check_document_text(root, source_name, result.diagnostics);
    // Only on a file otherwise sound: a record read in part would give false findings.
    if (std::none_of(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; })) {
        check_sources(root, catalog, source_name, result.diagnostics);
    }
    // A fact its quotes do not back leaves the file usable: loading warns, validation refuses.
    for (auto& d : result.diagnostics) {
        if (d.source_finding) {
            d.severity = checks == Checks::validation ? Severity::error : Severity::warning;
        }
    }
    if (std::none_of(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; })) {
        result.catalog = std::move(catalog);
    }
    // Report in file order, as a compiler would.
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    return result;
}

} // namespace ntnu
