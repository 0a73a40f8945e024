// SPDX-License-Identifier: MIT
#include "render_programme.hpp"
#include "layout.hpp"

#include "printable.hpp"
#include "programme_search.hpp"
#include "render_sources.hpp"
#include "render_time.hpp"
#include "style.hpp"
#include "table.hpp"
#include "wording.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>
#include <set>

namespace ntnu {

using fmt::arg;

std::string programmes_filter_text(const ProgrammeFilter& f, const Language& l) {
    std::vector<std::string> parts;
    if (f.level) {
        parts.push_back(level_filter(*f.level, l));
    }
    if (f.campus) {
        parts.push_back(
            l.format(Msg::programmes_filter_campus, arg("campus", campus_name(*f.campus))));
    }
    if (f.open_to) {
        parts.push_back(
            l.format(Msg::programmes_filter_open_to, arg("group", group_title(*f.open_to, l))));
    }
    if (!f.search.empty()) {
        // Echoed to a terminal: no control character (C1's CSI included), bidirectional
        // override or byte that is not UTF-8 may reach it.
        parts.push_back(l.format(Msg::programmes_filter_search, arg("text", printable(f.search))));
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

namespace {
// Why nothing matched, and what to try: a search none of whose words begins a word of any
// programme gets the words of the names close to it, and the ways to widen it.
std::string no_match_text(const ProgrammeFilter& filter, const Context& c) {
    const auto& l = c.lang;
    ProgrammeFilter search_alone;
    search_alone.search = filter.search;
    if (filter.search.empty() || !find_programmes(c.catalog, search_alone).empty()) {
        return std::string(l.text(Msg::programmes_no_match));
    }
    std::string text =
        l.format(Msg::programmes_no_match_search, arg("text", printable(filter.search)));
    std::vector<std::string> hints;
    for (const auto& word : search_hints(c.catalog, filter.search)) {
        hints.push_back(fmt::format("'{}'", word));
    }
    if (!hints.empty()) {
        text += ' ';
        text += l.format(Msg::programmes_no_match_hints, arg("hints", l.join(hints, Msg::list_or)));
    }
    return text;
}

std::string closed_to_text(const Programme& p, const Language& lang) {
    std::vector<std::string> groups;
    for (const Group g : p.closed_to) {
        groups.push_back(group_title(g, lang));
    }
    return lang.format(Msg::programme_groups_applicants,
                       arg("groups", lang.join(groups, Msg::list_and)));
}

Msg no_date_cell(const Answer& a) {
    if (a.closed_to_group) {
        return Msg::programme_cell_not_open;
    }
    if (a.status == Status::paused) {
        return Msg::status_paused;
    }
    if (a.status == Status::rolling) {
        return Msg::status_rolling;
    }
    if (a.programme != nullptr && a.programme->deadlines == DeadlineSource::own) {
        return Msg::programme_cell_no_date;
    }
    return Msg::status_none;
}

// ProgrammeKind has no EnumNames (its spelling is the parser's), so no static_assert: a kind
// missing here shows as the regular one.
constexpr Wording<ProgrammeKind, 4> kind_phrases{{
    {ProgrammeKind::regular, Msg::kind_long_regular},
    {ProgrammeKind::joint_nordic, Msg::kind_long_joint_nordic},
    {ProgrammeKind::erasmus_mundus, Msg::kind_long_erasmus_mundus},
    {ProgrammeKind::joint, Msg::kind_long_joint},
}};

constexpr Wording<ProgrammeKind, 4> kind_titles{{
    {ProgrammeKind::regular, Msg::kind_regular},
    {ProgrammeKind::joint_nordic, Msg::kind_joint_nordic},
    {ProgrammeKind::erasmus_mundus, Msg::kind_erasmus_mundus},
    {ProgrammeKind::joint, Msg::kind_joint},
}};

Msg kind_phrase(ProgrammeKind kind) {
    return message_for(kind_phrases, kind).value_or(Msg::kind_long_regular);
}

} // namespace

std::string kind_title(ProgrammeKind kind, const Language& lang) {
    return words(kind_titles, kind, lang);
}

std::string campus_list(const Programme& p, const Language& lang) {
    if (p.campuses.empty()) {
        return std::string(lang.text(Msg::programme_campus_unconfirmed));
    }
    std::vector<std::string> names;
    for (const Campus campus : p.campuses) {
        names.emplace_back(campus_name(campus));
    }
    return fmt::format("{}", fmt::join(names, ", "));
}

std::string duration_text(const Programme& p, const Language& lang) {
    if (!p.duration_years) {
        return "";
    }
    return lang.count(*p.duration_years, Msg::unit_year_one, Msg::unit_year_other);
}

void render_programme_details(const Programme& p, Context& c) {
    const auto& l = c.lang;
    heading(c, fmt::format("{} ({})", p.name, p.id));
    c.out << "\n";
    card_line(c, l.text(Msg::label_campus), campus_list(p, l),
              p.campuses.empty() ? Tone::dim : Tone::plain);
    card_line(c, l.text(Msg::label_duration),
              p.duration_years ? duration_text(p, l)
                               : std::string(l.text(Msg::programme_duration_unconfirmed)),
              p.duration_years ? Tone::plain : Tone::dim);
    card_line(c, l.text(Msg::label_kind), l.text(kind_phrase(p.kind)));
    card_line(c, l.text(Msg::label_level), level_name(p.level, l));
    card_line(c, l.text(Msg::label_deadlines),
              p.deadlines == DeadlineSource::own ? std::string(l.text(Msg::programme_deadlines_own))
                                                 : l.format(Msg::programme_deadlines_general,
                                                            arg("level", level_title(p.level, l))));
    if (!p.closed_to.empty()) {
        card_line(c, l.text(Msg::label_closed_to), closed_to_text(p, l), Tone::bad);
    }
    card_line(c, l.text(Msg::label_url), p.url);
    if (!p.requirement.empty()) {
        card_line(c, l.text(Msg::label_requires), note_in(p.requirement, p.requirement_nb, l),
                  Tone::warn);
    }
    if (!p.note.empty()) {
        card_line(c, l.text(Msg::label_note), note_in(p.note, p.note_nb, l));
    }
    if (p.source_year != 0) {
        const bool old = programme_source_is_old(p, c.catalog.meta);
        card_line(c, l.text(Msg::label_source_year),
                  l.format(old ? Msg::programme_source_year_old : Msg::programme_source_year,
                           arg("year", p.source_year)),
                  old ? Tone::warn : Tone::plain);
    } else {
        // The pages found show no year: say so rather than nothing, so no age is implied.
        card_line(c, l.text(Msg::label_source_year), l.text(Msg::programme_source_undated),
                  Tone::dim);
    }
    if (p.provenance.confidence != Confidence::confirmed) {
        card_line(c, l.text(Msg::label_confidence),
                  l.format(Msg::programme_confidence,
                           arg("confidence", confidence_title(p.provenance.confidence, l))),
                  Tone::warn);
    }
    // Each paused intake, with NTNU's words: no date is offered for it.
    for (const auto& pause : p.paused) {
        card_line(c, l.text(Msg::label_paused), intake_title(pause.intake, l), Tone::bad);
        for (const auto& s : pause.source_details) {
            card_line(c, "", s.url, Tone::dim);
            if (const auto line = source_quote_line(s, l); !line.empty()) {
                card_line(c, "", fmt::format("    {}", line), Tone::dim);
            }
        }
    }
    bool label_shown = false;
    for (const auto& s : p.provenance.source_details) {
        card_line(c, label_shown ? "" : l.text(Msg::label_sources), s.url, Tone::dim);
        label_shown = true;
        if (const auto line = source_quote_line(s, l); !line.empty()) {
            card_line(c, "", fmt::format("    {}", line), Tone::dim);
        }
    }
}

void render_programme_overview(const Programme& p, const std::vector<GroupAnswers>& groups,
                               Context& c) {
    const auto& l = c.lang;
    heading(c, l.text(Msg::programme_overview_heading));
    render_now_lines(c);
    const Row header = overview_header(c);
    std::vector<Row> rows;
    std::set<std::string> assumed_times;
    std::vector<std::string> closed_groups;
    std::vector<std::string> own_without_date;
    std::vector<std::string> footnotes;
    std::vector<std::string> notes;
    for (const auto& g : groups) {
        for (const auto& a : g.answers) {
            rows.push_back(overview_row(g.group, a,
                                        {std::string(l.text(no_date_cell(a))),
                                         a.closed_to_group ? Tone::bad : tone_of(a.status)},
                                        c));
            if (a.occurrence) {
                if (time_assumed(a)) {
                    assumed_times.insert(clock_time(a.occurrence->local, l));
                }
                const auto note = note_in(a.occurrence->note, a.occurrence->note_nb, l);
                if (!note.empty() && std::find(notes.begin(), notes.end(), note) == notes.end()) {
                    notes.push_back(note);
                }
            } else if (a.closed_to_group) {
                closed_groups.push_back(group_title(g.group, l));
            } else if (p.deadlines == DeadlineSource::own) {
                own_without_date.push_back(group_title(g.group, l));
            } else if (a.track) {
                footnotes.push_back(l.format(Msg::overview_footnote_url,
                                             arg("groups", group_title(g.group, l)),
                                             arg("url", a.track->url)));
            }
        }
    }
    c.out << render_overview_table(header, std::move(rows), c);
    c.out << "\n";
    // The rows overview_row marked "~".
    if (std::any_of(groups.begin(), groups.end(), [](const GroupAnswers& g) {
            return std::any_of(g.answers.begin(), g.answers.end(), [](const Answer& a) {
                return a.occurrence && a.occurrence->date_confidence == Confidence::projected;
            });
        })) {
        footnote(c, fmt::format("~ {}", l.text(Msg::overview_projected)), Tone::warn);
    }
    if (!assumed_times.empty()) {
        footnote(c,
                 l.format(Msg::note_assumed_time,
                          arg("times", fmt::format("{}", fmt::join(assumed_times, " / "))),
                          arg("confidence", confidence_title(Confidence::assumed, l))),
                 Tone::warn);
    }
    if (!closed_groups.empty()) {
        footnote(c,
                 l.format(Msg::programme_not_open_to, arg("programme", p.name),
                          arg("groups", l.join(closed_groups, Msg::list_or))),
                 Tone::bad);
    }
    if (!own_without_date.empty()) {
        const bool every_group = own_without_date.size() == rows.size();
        footnote(c,
                 l.format(Msg::programme_own_no_date, arg("programme", p.name),
                          arg("whom", every_group ? std::string(l.text(Msg::programme_whom_it))
                                                  : l.format(Msg::programme_groups_applicants,
                                                             arg("groups", l.join(own_without_date,
                                                                                  Msg::list_or)))),
                          arg("url", p.url)),
                 Tone::warn);
    }
    for (const auto& text : notes) {
        footnote(c, text, Tone::plain);
    }
    for (const auto& text : footnotes) {
        footnote(c, text, Tone::plain);
    }
    footnote(c, l.format(Msg::programme_try, arg("id", p.id)), Tone::dim);
    footnote(c, l.text(Msg::note_check_ntnu), Tone::dim);
    warn_if_stale(c);
}

void render_programmes(const std::vector<const Programme*>& found, const ProgrammeFilter& filter,
                       Context& c) {
    const auto& l = c.lang;
    const std::string asked = programmes_filter_text(filter, l);
    heading(c, asked.empty() ? l.format(Msg::programmes_title_all, arg("count", found.size()))
                             : l.format(Msg::programmes_title_filtered, arg("filter", asked),
                                        arg("found", found.size()),
                                        arg("total", c.catalog.programmes.size())));
    c.out << "\n";

    if (found.empty()) {
        footnote(c, no_match_text(filter, c), Tone::plain);
    } else {
        bool any_own = false;
        bool any_restricted = false;
        bool any_paused = false;
        bool any_norwegian = false;
        std::vector<Row> rows;
        for (const auto* p : found) {
            std::string flags;
            if (p->deadlines == DeadlineSource::own) {
                flags += l.text(Msg::programmes_flag_own);
                any_own = true;
            }
            if (!p->closed_to.empty()) {
                flags += l.text(Msg::programmes_flag_restricted);
                any_restricted = true;
            }
            if (!p->paused.empty()) {
                flags += l.text(Msg::programmes_flag_paused);
                any_paused = true;
            }
            if (p->language == TeachingLanguage::norwegian) {
                flags += l.text(Msg::programmes_flag_norwegian);
                any_norwegian = true;
            }
            rows.push_back({{p->id, Tone::emphasis},
                            {p->name},
                            {campus_list(*p, l), p->campuses.empty() ? Tone::dim : Tone::plain},
                            {p->duration_years ? std::to_string(*p->duration_years) : ""},
                            {kind_title(p->kind, l)},
                            {flags, Tone::warn}});
        }
        // In a narrow terminal the years, then the kind, go: `ntnu programme ID` has them.
        constexpr std::size_t years = 3;
        constexpr std::size_t kind = 4;
        c.out << render_narrowed_table(
            {{std::string(l.text(Msg::column_id))},
             {std::string(l.text(Msg::column_name))},
             {std::string(l.text(Msg::column_campus))},
             {std::string(l.text(Msg::column_years))},
             {std::string(l.text(Msg::column_kind))},
             {std::string(l.text(Msg::column_flags))}},
            rows,
            // The kind wraps too: "Erasmus Mundus" on two lines keeps 42 programmes in 80 columns.
            // The campus and the kind give way before the name, which is what a reader scans.
            {Wrap::no, Wrap::yes, Wrap::first, Wrap::no, Wrap::first, Wrap::no}, {years, kind},
            c.colour, c.width);
        c.out << "\n";
        if (any_own) {
            footnote(c, l.text(Msg::programmes_flag_own_note), Tone::plain);
        }
        if (any_restricted) {
            footnote(c, l.text(Msg::programmes_flag_restricted_note), Tone::plain);
        }
        if (any_paused) {
            footnote(c, l.text(Msg::programmes_flag_paused_note), Tone::plain);
        }
        if (any_norwegian) {
            footnote(c, l.text(Msg::programmes_flag_norwegian_note), Tone::plain);
        }
    }
    if (filter.campus) {
        ProgrammeFilter anywhere = filter;
        anywhere.campus.reset();
        std::vector<std::string> unplaced;
        for (const auto* p : find_programmes(c.catalog, anywhere)) {
            if (p->campuses.empty()) {
                unplaced.push_back(p->id);
            }
        }
        if (!unplaced.empty()) {
            footnote(
                c,
                l.format(l.plural(static_cast<long long>(unplaced.size()),
                                  Msg::programmes_unplaced_one, Msg::programmes_unplaced_other),
                         arg("n", unplaced.size()),
                         arg("ids", fmt::format("{}", fmt::join(unplaced, ", ")))),
                Tone::dim);
        }
    }
    footnote(c, l.text(Msg::programmes_footer_note), Tone::dim);
}

} // namespace ntnu
