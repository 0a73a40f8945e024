// SPDX-License-Identifier: MIT
#include "source_findings.hpp"

#include "intake.hpp"
#include "programme_search.hpp"
#include "source_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <functional>
#include <initializer_list>

namespace ntnu {
namespace {

using Sources = std::vector<Source>;

class Findings {
public:
    Findings(std::string_view file, Diagnostics& out) : file_(file), out_(out) {}

    void add(const toml::node& where, std::string message) {
        const auto& begin = where.source().begin;
        Diagnostic d{file_, static_cast<int>(begin.line), static_cast<int>(begin.column),
                     std::move(message)};
        d.source_finding = true;
        out_.push_back(std::move(d));
    }

private:
    std::string file_;
    Diagnostics& out_;
};

// The node of a key where it exists, else the table itself, so a finding always has a place.
const toml::node& at(const toml::table& table, std::string_view key) {
    const toml::node* node = table.get(key);
    return node != nullptr ? *node : static_cast<const toml::node&>(table);
}

bool has_quote(std::initializer_list<const Sources*> lists) {
    return std::any_of(lists.begin(), lists.end(), [](const Sources* list) {
        return std::any_of(list->begin(), list->end(),
                           [](const Source& s) { return !s.quote.empty(); });
    });
}

bool any_quote(std::initializer_list<const Sources*> lists,
               const std::function<bool(std::string_view)>& states) {
    return std::any_of(lists.begin(), lists.end(), [&](const Sources* list) {
        return std::any_of(list->begin(), list->end(),
                           [&](const Source& s) { return !s.quote.empty() && states(s.quote); });
    });
}

std::string day_text(date::month_day md) {
    return fmt::format("{} {}", static_cast<unsigned>(md.day()), date::format("%B", md.month()));
}

std::string time_text(std::chrono::minutes time) {
    return date::format("%R", date::local_seconds{} + time);
}

// Calls visit(table, index) for each table of the array `key`, counting tables only, as the
// parser pushed one record for each.
template <typename F> void each_table(const toml::table& root, std::string_view key, F&& visit) {
    const auto* array = root.get_as<toml::array>(key);
    std::size_t index = 0;
    for (std::size_t i = 0; array != nullptr && i < array->size(); ++i) {
        if (const auto* table = (*array)[i].as_table()) {
            visit(*table, index++);
        }
    }
}

// A confirmed fact with no quote at all; true when so (and reported).
bool refuse_unquoted(Findings& f, const toml::table& t, std::string_view where,
                     Confidence confidence, std::initializer_list<const Sources*> lists,
                     std::string_view sources_key = "sources") {
    const bool no_sources =
        std::all_of(lists.begin(), lists.end(), [](const Sources* list) { return list->empty(); });
    // With no source at all, the parser has said so already.
    if (confidence != Confidence::confirmed || has_quote(lists) || no_sources) {
        return no_sources && confidence == Confidence::confirmed;
    }
    f.add(at(t, sources_key),
          fmt::format("{} is confirmed, but none of its sources has a quote: give the page's own "
                      "words that state it, or lower its confidence",
                      where));
    return true;
}

void check_day(Findings& f, const toml::node& where, std::string_view what, date::month_day md,
               std::initializer_list<const Sources*> lists) {
    if (!any_quote(lists, [&](std::string_view q) { return quote_states_day(q, md); })) {
        f.add(where, fmt::format("{} is confirmed on {}, but no quote of its sources names that "
                                 "day",
                                 what, day_text(md)));
    }
}

void check_time(Findings& f, const toml::node& where, std::string_view what,
                std::chrono::minutes time, std::initializer_list<const Sources*> lists) {
    if (!any_quote(lists, [&](std::string_view q) { return quote_states_time(q, time); })) {
        f.add(where, fmt::format("{} is confirmed at {}, but no quote of its sources names that "
                                 "time",
                                 what, time_text(time)));
    }
}

std::string describe(std::string_view kind, std::string_view id) {
    return id.empty() ? std::string(kind) : fmt::format("{} '{}'", kind, id);
}

// True when a source names the cycle of intake `year` or dates it: the closing year or the
// intake year in its quote, or an as_of date in (previous, close], while that cycle was open.
bool dates_cycle(const Source& s, int intake_year, int closing_year, date::year_month_day previous,
                 date::year_month_day close) {
    if (!s.quote.empty() &&
        (quote_states_year(s.quote, intake_year) || quote_states_year(s.quote, closing_year))) {
        return true;
    }
    const auto as_of = parse_as_of(s.as_of);
    const auto* day = as_of ? std::get_if<date::year_month_day>(&*as_of) : nullptr;
    return day != nullptr && date::sys_days{*day} > date::sys_days{previous} &&
           date::sys_days{*day} <= date::sys_days{close};
}

void check_published(Findings& f, const toml::table& t, std::string_view where, int through,
                     const Sources& published, const std::function<bool(const Source&)>& dates_it) {
    if (through == 0) {
        return;
    }
    if (published.empty()) {
        f.add(at(t, "published_through"),
              fmt::format("{} has published_through = {} but no published_sources: name the "
                          "dated page that publishes that cycle",
                          where, through));
        return;
    }
    if (std::none_of(published.begin(), published.end(), dates_it)) {
        f.add(at(t, "published_sources"),
              fmt::format("{} has published_through = {}, but no published source names that "
                          "cycle's year in a quote or dates it with its as_of",
                          where, through));
    }
}

// The newest age among sources, as (year, date or nothing); nullopt when some is not dated.
struct Age {
    int year = 0;
    std::optional<date::year_month_day> day;
};

std::optional<Age> newest_age(const Sources& sources) {
    std::optional<Age> newest;
    for (const auto& s : sources) {
        const auto as_of = parse_as_of(s.as_of);
        const auto year = as_of ? as_of_year(*as_of) : std::nullopt;
        if (!year) {
            return std::nullopt;
        }
        Age age{*year, std::nullopt};
        if (const auto* d = std::get_if<date::year_month_day>(&*as_of)) {
            age.day = *d;
        }
        if (!newest || age.year > newest->year ||
            (age.year == newest->year && age.day && (!newest->day || *age.day > *newest->day))) {
            newest = age;
        }
    }
    return newest;
}

// Pages whose ages are known: the newer stands, so the deadline is not disputed (issue 29,
// "When pages disagree").
void check_disputed(Findings& f, const toml::table& t, std::string_view where, const Sources& kept,
                    const Sources& disputed) {
    if (disputed.empty() || kept.empty()) {
        return;
    }
    const auto a = newest_age(kept);
    const auto b = newest_age(disputed);
    if (!a || !b) {
        return;
    }
    const bool ordered = a->year != b->year || (a->day && b->day && *a->day != *b->day);
    if (ordered) {
        f.add(at(t, "disputed_sources"),
              fmt::format("{} is marked disputed, but its pages can be ordered by age: the newer "
                          "page stands, and the older date may be named in the note",
                          where));
    }
}

void check_country_sets(Findings& f, const toml::table& root, const Catalog& c) {
    each_table(root, "country_set", [&](const toml::table& t, std::size_t i) {
        if (i < c.country_sets.size()) {
            const auto& p = c.country_sets[i].provenance;
            refuse_unquoted(f, t, describe("country set", c.country_sets[i].id), p.confidence,
                            {&p.source_details});
        }
    });
}

void check_territories(Findings& f, const toml::table& root, const Catalog& c) {
    each_table(root, "territory", [&](const toml::table& t, std::size_t i) {
        if (i < c.territories.size()) {
            const auto& p = c.territories[i].provenance;
            refuse_unquoted(f, t, describe("territory", c.territories[i].citizenship), p.confidence,
                            {&p.source_details});
        }
    });
}

void check_rules(Findings& f, const toml::table& root, const Catalog& c) {
    each_table(root, "rule", [&](const toml::table& t, std::size_t i) {
        if (i >= c.rules.size()) {
            return;
        }
        const auto& r = c.rules[i];
        // A rule's own `quote`, older than quoted sources, is NTNU's words too.
        if (r.quote.empty()) {
            refuse_unquoted(f, t, describe("rule", r.id), r.provenance.confidence,
                            {&r.provenance.source_details});
        }
    });
}

void check_tracks(Findings& f, const toml::table& root, const Catalog& c) {
    // The parser keeps one track per group of a [[track]]: the first of each table stands for it.
    std::size_t k = 0;
    each_table(root, "track", [&](const toml::table& t, std::size_t) {
        const auto* groups = t.get_as<toml::array>("groups");
        if (k < c.tracks.size()) {
            const auto& p = c.tracks[k].provenance;
            refuse_unquoted(f, t, "track", p.confidence, {&p.source_details});
        }
        k += groups != nullptr ? groups->size() : 1;
    });
}

void check_yearly(Findings& f, const toml::table& root, const Catalog& c) {
    each_table(root, "deadline", [&](const toml::table& t, std::size_t i) {
        if (i >= c.yearly.size()) {
            return;
        }
        const auto& d = c.yearly[i];
        const auto where = describe("deadline", d.id);
        if (d.date_confidence == Confidence::confirmed &&
            !refuse_unquoted(f, t, where, d.date_confidence, {&d.source_details})) {
            check_day(f, at(t, "day"), where, d.closing_day, {&d.source_details});
        }
        if (d.time_confidence == Confidence::confirmed) {
            if (!has_quote({&d.time_source_details, &d.source_details})) {
                if (d.date_confidence != Confidence::confirmed) {
                    refuse_unquoted(f, t, fmt::format("the time of day of {}", where),
                                    d.time_confidence, {&d.time_source_details, &d.source_details},
                                    d.time_sources.empty() ? "sources" : "time_sources");
                }
            } else {
                check_time(f, at(t, "time"), fmt::format("the time of day of {}", where),
                           d.closing_time, {&d.time_source_details, &d.source_details});
            }
        }
        const auto close = [&](int intake_year) {
            return date::year_month_day{date::year{intake_year - d.intake_year_offset} /
                                        d.closing_day};
        };
        check_published(
            f, t, where, d.published_through, d.published_source_details, [&](const Source& s) {
                return dates_cycle(s, d.published_through,
                                   d.published_through - d.intake_year_offset,
                                   close(d.published_through - 1), close(d.published_through));
            });
        check_disputed(f, t, where, d.source_details, d.disputed_source_details);
        each_table(t, "exception", [&](const toml::table& e, std::size_t j) {
            if (j >= d.exceptions.size()) {
                return;
            }
            const auto& ex = d.exceptions[j];
            const auto ewhere = fmt::format("the {} exception of {}", ex.intake_year, where);
            const auto& p = ex.provenance;
            if (!refuse_unquoted(f, e, ewhere, p.confidence, {&p.source_details}) &&
                p.confidence == Confidence::confirmed) {
                check_day(f, at(e, "day"), ewhere, ex.closing_day, {&p.source_details});
                check_time(f, at(e, "time"), ewhere, ex.closing_time, {&p.source_details});
            }
        });
    });
}

void check_dated(Findings& f, const toml::table& root, const Catalog& c) {
    each_table(root, "dated", [&](const toml::table& t, std::size_t i) {
        if (i >= c.dated.size()) {
            return;
        }
        const auto& d = c.dated[i];
        const auto where = describe("dated deadline", d.id);
        const bool any_confirmed = d.date_confidence == Confidence::confirmed ||
                                   (d.closes && d.time_confidence == Confidence::confirmed);
        if (!any_confirmed ||
            refuse_unquoted(f, t, where, Confidence::confirmed, {&d.source_details}) || !d.closes) {
            return;
        }
        const auto day = date::floor<date::days>(*d.closes);
        const date::year_month_day ymd{day};
        if (d.date_confidence == Confidence::confirmed) {
            check_day(f, at(t, "closes"), where, ymd.month() / ymd.day(), {&d.source_details});
        }
        if (d.time_confidence == Confidence::confirmed) {
            check_time(f, at(t, "closes"), fmt::format("the time of day of {}", where),
                       std::chrono::duration_cast<std::chrono::minutes>(*d.closes - day),
                       {&d.source_details});
        }
    });
}

void check_steps(Findings& f, const toml::table& root, const Catalog& c) {
    each_table(root, "step", [&](const toml::table& t, std::size_t i) {
        if (i >= c.steps.size()) {
            return;
        }
        const auto& s = c.steps[i];
        const auto where = describe("step", s.id);
        const auto& p = s.provenance;
        if (!refuse_unquoted(f, t, where, p.confidence, {&p.source_details}) &&
            p.confidence == Confidence::confirmed && s.month != 0) {
            const date::month month{s.month};
            if (s.day != 0) {
                check_day(f, at(t, "day"), where, month / date::day{s.day}, {&p.source_details});
            } else if (!any_quote({&p.source_details}, [&](std::string_view q) {
                           return quote_states_month(q, month);
                       })) {
                f.add(at(t, "month"),
                      fmt::format("{} is confirmed in {}, but no quote of its sources names that "
                                  "month",
                                  where, date::format("%B", month)));
            }
        }
        // A step's cycle for intake Y: the year before it, and Y up to the step itself.
        check_published(
            f, t, where, s.published_through, s.published_source_details, [&](const Source& src) {
                const int y = s.published_through;
                if (!src.quote.empty() &&
                    (quote_states_year(src.quote, y) || quote_states_year(src.quote, y - 1))) {
                    return true;
                }
                const auto as_of = parse_as_of(src.as_of);
                const auto* day = as_of ? std::get_if<date::year_month_day>(&*as_of) : nullptr;
                if (day == nullptr) {
                    return false;
                }
                const date::year_month_day last{date::year{y},
                                                date::month{s.month == 0 ? 12 : s.month},
                                                date::day{s.day == 0 ? 28 : s.day}};
                return static_cast<int>(day->year()) >= y - 1 && *day <= last;
            });
        each_table(t, "dated", [&](const toml::table& e, std::size_t j) {
            if (j >= s.dated.size()) {
                return;
            }
            const auto& d = s.dated[j];
            const auto ewhere = fmt::format("the {} date of {}", d.intake_year, where);
            const auto& dp = d.provenance;
            if (!refuse_unquoted(f, e, ewhere, dp.confidence, {&dp.source_details}) &&
                dp.confidence == Confidence::confirmed) {
                check_day(f, at(e, "date"), ewhere, d.day.month() / d.day.day(),
                          {&dp.source_details});
            }
        });
    });
}

void check_programmes(Findings& f, const toml::table& root, const Catalog& c) {
    each_table(root, "programme", [&](const toml::table& t, std::size_t i) {
        if (i >= c.programmes.size()) {
            return;
        }
        const auto& p = c.programmes[i];
        const auto where = describe("programme", p.id);
        const Sources& quotes = p.provenance.source_details;
        // A programme refused for having no quote at all is not refused again for each fact.
        const bool unquoted = refuse_unquoted(f, t, where, p.provenance.confidence, {&quotes});
        if (std::none_of(quotes.begin(), quotes.end(),
                         [](const Source& s) { return !s.as_of.empty(); })) {
            f.add(at(t, "sources"),
                  fmt::format("{} has no source age: give a source its as_of (a year, a date, "
                              "or \"undated\")",
                              where));
        }
        for (const Campus campus : unquoted ? std::vector<Campus>{} : p.campuses) {
            if (!any_quote({&quotes},
                           [&](std::string_view q) { return quote_states_campus(q, campus); })) {
                f.add(at(t, "campuses"), fmt::format("{}: no quote of its sources names the "
                                                     "campus {}",
                                                     where, campus_name(campus)));
            }
        }
        if (!unquoted && p.duration_years && !any_quote({&quotes}, [&](std::string_view q) {
                return quote_states_years_long(q, *p.duration_years);
            })) {
            f.add(at(t, "duration_years"),
                  fmt::format("{}: no quote of its sources states its length, {} years", where,
                              *p.duration_years));
        }
        if (!unquoted && p.language != TeachingLanguage::unconfirmed) {
            const bool english = p.language == TeachingLanguage::english;
            if (!any_quote({&quotes},
                           [&](std::string_view q) { return quote_states_language(q, english); })) {
                f.add(at(t, "language"),
                      fmt::format("{}: no quote of its sources names its language, {}", where,
                                  english ? "English" : "Norwegian"));
            }
        }
        each_table(t, "paused", [&](const toml::table& e, std::size_t j) {
            if (j < p.paused.size() && !has_quote({&p.paused[j].source_details})) {
                f.add(at(e, "sources"),
                      fmt::format("the paused intake {} of {} has no quoted source: quote the "
                                  "page that says NTNU paused it",
                                  intake_id(p.paused[j].intake), where));
            }
        });
    });
}

// Spelled out as NTNU's pages write a length of validity: "two years", "2 years".
bool quote_states_years(std::string_view quote, int years) {
    static constexpr std::array<std::string_view, 6> words{"zero",  "one",  "two",
                                                           "three", "four", "five"};
    const std::string digits = fmt::format("{} year", years);
    if (quote.find(digits) != std::string_view::npos) {
        return true;
    }
    return years >= 0 && years < static_cast<int>(words.size()) &&
           quote.find(fmt::format("{} year", words[static_cast<std::size_t>(years)])) !=
               std::string_view::npos;
}

// A confirmed test's minimum score and its validity must be in a quote: a score is the value an
// applicant is refused on.
void check_english_tests(Findings& f, const toml::table& root, const Catalog& c) {
    each_table(root, "english_test", [&](const toml::table& t, std::size_t i) {
        if (i >= c.english_tests.size()) {
            return;
        }
        const auto& e = c.english_tests[i];
        const auto where = describe("English test", e.id);
        const auto& p = e.provenance;
        if (refuse_unquoted(f, t, where, p.confidence, {&p.source_details}) ||
            p.confidence != Confidence::confirmed) {
            return;
        }
        const auto in_quote = [&](const std::function<bool(std::string_view)>& states) {
            return any_quote({&p.source_details}, states);
        };
        if (!e.minimum.empty() && !in_quote([&](std::string_view q) {
                return q.find(e.minimum) != std::string_view::npos;
            })) {
            f.add(at(t, "minimum"), fmt::format("{} is confirmed with the minimum {}, but no quote "
                                                "of its sources names it",
                                                where, e.minimum));
        }
        if (e.valid_years != 0 &&
            !in_quote([&](std::string_view q) { return quote_states_years(q, e.valid_years); })) {
            f.add(at(t, "valid_years"),
                  fmt::format("{} is confirmed valid for {} years, but no quote of its sources "
                              "says so",
                              where, e.valid_years));
        }
        if (e.valid_years == 0 && !in_quote([](std::string_view q) {
                return q.find("no expiration") != std::string_view::npos;
            })) {
            f.add(t, fmt::format("{} is confirmed to have no expiry, but no quote of its sources "
                                 "says so: give 'valid_years'",
                                 where));
        }
    });
}

void check_requirements(Findings& f, const toml::table& root, const Catalog& c) {
    each_table(root, "requirement", [&](const toml::table& t, std::size_t i) {
        if (i >= c.requirements.size()) {
            return;
        }
        const auto& r = c.requirements[i];
        const auto where = describe("requirement", r.id);
        const auto& p = r.provenance;
        refuse_unquoted(f, t, where, p.confidence, {&p.source_details});
        if (!r.disputed_source_details.empty() && !has_quote({&r.disputed_source_details})) {
            f.add(at(t, "disputed_sources"),
                  fmt::format("{} names an older page's dates, but none of its disputed sources "
                              "has a quote",
                              where));
        }
    });
}

} // namespace

void check_sources(const toml::table& root, const Catalog& catalog, std::string_view file,
                   Diagnostics& out) {
    Findings f(file, out);
    check_country_sets(f, root, catalog);
    check_territories(f, root, catalog);
    check_rules(f, root, catalog);
    check_tracks(f, root, catalog);
    check_yearly(f, root, catalog);
    check_dated(f, root, catalog);
    check_steps(f, root, catalog);
    check_programmes(f, root, catalog);
    check_english_tests(f, root, catalog);
    check_requirements(f, root, catalog);
}

} // namespace ntnu
