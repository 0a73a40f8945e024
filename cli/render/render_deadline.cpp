// SPDX-License-Identifier: MIT
#include "render_deadline.hpp"
#include "layout.hpp"

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
namespace {

using fmt::arg;

constexpr Wording<Status, 6> status_texts{{
    {Status::open, Msg::status_open},
    {Status::closing_soon, Msg::status_closing_soon},
    {Status::closed, Msg::status_closed},
    {Status::rolling, Msg::status_rolling},
    {Status::none, Msg::status_none},
    {Status::paused, Msg::status_paused},
}};
static_assert(words_every_value(status_texts));

std::string status_text(const Answer& a, const Language& lang) {
    return words(status_texts, a.status, lang);
}

bool same_zone(const Context& context) {
    return context.zone == context.catalog.meta.zone;
}

std::string assumed_time_note(const std::vector<const Answer*>& answers, const Language& lang) {
    std::set<std::string> times;
    Confidence confidence = Confidence::inferred;
    for (const auto* a : answers) {
        if (time_assumed(*a)) {
            times.insert(clock_time(a->occurrence->local, lang));
            confidence = weakest(confidence, a->occurrence->time_confidence);
        }
    }
    if (times.empty()) {
        return "";
    }
    return lang.format(Msg::note_assumed_time,
                       arg("times", fmt::format("{}", fmt::join(times, " / "))),
                       arg("confidence", confidence_title(confidence, lang)));
}

constexpr Wording<Milestone, 4> milestone_labels{{
    {Milestone::opens, Msg::label_opens},
    {Milestone::nominate, Msg::label_nominate},
    {Milestone::early, Msg::label_early},
    {Milestone::apply, Msg::label_deadline},
}};
static_assert(words_every_value(milestone_labels));

std::string milestone_label(Milestone milestone, const Language& lang) {
    return words(milestone_labels, milestone, lang);
}

// "NTNU has no separate admission for refugees for autumn 2027: …, in the EU/EEA group."
std::string instead_of_text(const InsteadOf& instead_of, Group regular,
                            const std::optional<Intake>& answered, const Language& l) {
    std::string text = l.format(
        instead_of.scheme_open ? Msg::card_instead_of_scheme : Msg::card_instead_of,
        arg("group", group_title(instead_of.group, l)), arg("regular", group_title(regular, l)));
    // The data's note on the refugee scheme, when it is about this very intake.
    if (!instead_of.reason.empty() && instead_of.intake && instead_of.intake == answered) {
        // After a full stop: "… group. Autumn 2025: …".
        text += " " + l.format(Msg::card_intake_reason,
                               arg("intake", sentence_start(intake_title(*instead_of.intake, l))),
                               arg("reason", note_in(instead_of.reason, instead_of.reason_nb, l)));
    }
    return text;
}

void render_occurrence(const Answer& a, Context& c) {
    const auto& o = *a.occurrence;
    const auto& oslo = *c.catalog.meta.zone;
    const auto& l = c.lang;
    card_line(c, milestone_label(a.milestone, l),
              l.format(Msg::card_norwegian_time, arg("datetime", long_datetime(o.closes, oslo, l)),
                       arg("mark", time_assumed(a) ? " *" : "")),
              Tone::emphasis);
    if (same_zone(c)) {
        card_line(c, "", l.text(Msg::card_same_zone), Tone::dim);
    } else {
        card_line(c, "",
                  l.format(Msg::card_your_time,
                           arg("datetime", long_datetime(o.closes, *c.zone, l)),
                           arg("zone", c.zone->name())));
    }
    card_line(c, l.text(Msg::label_time_left),
              a.remaining->count() > 0
                  ? long_duration(*a.remaining, l)
                  : l.format(Msg::card_closed_ago, arg("ago", closed_ago(-*a.remaining, l))),
              tone_of(a.status));
    card_line(c, l.text(Msg::label_status),
              l.format(Msg::card_status_milestone, arg("status", status_text(a, l)),
                       arg("milestone", milestone_title(a.milestone, l))),
              tone_of(a.status));
    if (a.milestone == Milestone::nominate) {
        card_line(c, "", l.text(Msg::card_nominated_by_home));
    }
    if (o.if_home_in) {
        std::vector<std::string> sets;
        for (const auto& id : o.if_home_in->home_in) {
            const CountrySet* set = c.catalog.country_set(id);
            sets.push_back(set == nullptr ? id : note_in(set->name, set->name_nb, l));
        }
        card_line(c, "",
                  l.format(Msg::card_if_home_in, arg("sets", l.join(sets, Msg::list_or)),
                           arg("datetime", long_datetime(o.if_home_in->closes, oslo, l))),
                  Tone::warn);
    }
    if (!o.note.empty()) {
        card_line(c, l.text(Msg::label_note), note_in(o.note, o.note_nb, l));
    }
    if (!o.disputed_note.empty()) {
        card_line(c, "",
                  l.format(Msg::card_disputed,
                           arg("note", note_in(o.disputed_note, o.disputed_note_nb, l))),
                  Tone::warn);
    }
}

// A group's separate scheme (a refugee's temporary study places), after the regular route:
// its date, its intake (which the page may not name), what it offers and its page.
void render_scheme(const Answer& a, Context& c) {
    const auto& l = c.lang;
    const auto& o = *a.occurrence;
    c.out << "\n";
    card_line(c, "", l.format(Msg::card_scheme, arg("group", group_title(a.group, l))),
              Tone::emphasis);
    render_occurrence(a, c);
    card_line(c, l.text(Msg::label_intake), answer_intake_title(a, l));
    card_line(c, l.text(Msg::label_offers),
              o.offers.empty() ? std::string(l.text(Msg::card_offers_not_stated))
                               : note_in(o.offers, o.offers_nb, l));
    if (a.track) {
        card_line(c, l.text(Msg::label_see), a.track->url);
    }
}

// Each source's quote, under the URL it is from (--explain): NTNU's words, as the page has them.
void quote_lines(Context& c, const std::vector<Source>& sources, std::string_view url) {
    for (const auto& s : sources) {
        if (s.url == url) {
            if (const auto line = source_quote_line(s, c.lang); !line.empty()) {
                card_line(c, "", fmt::format("    {}", line), Tone::dim);
            }
        }
    }
}

// The sources of one URL, each quote once: one page may back several milestones.
std::vector<Source> unique_quotes(const std::vector<Source>& all, std::string_view url) {
    std::vector<Source> out;
    for (const auto& s : all) {
        if (s.url == url && std::none_of(out.begin(), out.end(), [&](const Source& seen) {
                return seen.quote == s.quote && seen.as_of == s.as_of;
            })) {
            out.push_back(s);
        }
    }
    return out;
}

void render_no_deadline(const Answer& a, Context& c) {
    const auto& l = c.lang;
    if (a.paused != nullptr) {
        card_line(c, l.text(Msg::label_deadline),
                  l.format(Msg::card_paused, arg("programme", a.programme->name),
                           arg("intake", intake_title(a.paused->intake, l))),
                  Tone::bad);
        card_line(c, l.text(Msg::label_status), status_text(a, l), tone_of(a.status));
        bool label_shown = false;
        for (const auto& url : a.paused->sources) {
            card_line(c, label_shown ? "" : l.text(Msg::label_sources), url, Tone::dim);
            label_shown = true;
            quote_lines(c, a.paused->source_details, url);
        }
        card_line(c, l.text(Msg::label_see), a.programme->url);
        return;
    }
    if (a.closed_to_group) {
        card_line(c, l.text(Msg::label_deadline), l.text(Msg::card_not_taking_group), Tone::bad);
        card_line(c, l.text(Msg::label_status),
                  l.format(Msg::card_programme_not_open, arg("programme", a.programme->name),
                           arg("group", group_title(a.group, l))),
                  Tone::bad);
        if (!a.programme->note.empty()) {
            card_line(c, l.text(Msg::label_ntnu_says),
                      note_in(a.programme->note, a.programme->note_nb, l));
        }
        card_line(c, l.text(Msg::label_see), a.programme->url);
        return;
    }
    card_line(c, l.text(Msg::label_deadline),
              l.text(a.status == Status::rolling ? Msg::card_none_rolling
                     : a.programme && a.programme->deadlines == DeadlineSource::own
                         ? Msg::card_none_own
                         : Msg::card_none_announced),
              tone_of(a.status));
    card_line(c, l.text(Msg::label_status), status_text(a, l), tone_of(a.status));
    if (a.programme && a.programme->deadlines == DeadlineSource::own) {
        if (!a.programme->note.empty()) {
            card_line(c, l.text(Msg::label_about),
                      note_in(a.programme->note, a.programme->note_nb, l));
        }
        card_line(c, l.text(Msg::label_see), a.programme->url);
        return;
    }
    if (!a.none_reason.empty()) {
        card_line(c, l.text(Msg::label_latest),
                  a.none_intake
                      ? l.format(Msg::card_intake_reason,
                                 arg("intake", intake_title(*a.none_intake, l)),
                                 arg("reason", note_in(a.none_reason, a.none_reason_nb, l)))
                      : note_in(a.none_reason, a.none_reason_nb, l));
    }
    // Spring asked for: no "previous" deadline of a later intake (autumn 2027 is not before
    // spring 2027), and why the general master's dates have none.
    const bool spring_master = a.intake && a.intake->semester == Semester::spring &&
                               a.level == Level::master && a.programme == nullptr;
    if (spring_master) {
        card_line(c, l.text(Msg::label_about), l.text(Msg::card_spring_master));
    }
    if (a.previous && !(a.intake && *a.intake < a.previous->intake)) {
        card_line(
            c, l.text(Msg::label_previous),
            l.format(Msg::card_previous, arg("intake", intake_title(a.previous->intake, l)),
                     arg("datetime", long_datetime(a.previous->closes, *c.catalog.meta.zone, l))));
    }
    if (a.track) {
        if (!a.track->note.empty()) {
            card_line(c, l.text(Msg::label_about), note_in(a.track->note, a.track->note_nb, l));
        }
        card_line(c, l.text(Msg::label_see), a.track->url);
    }
}

} // namespace

void render_card(const GroupAnswers& group, const std::optional<Resolution>& resolution,
                 Level level, Explain explain, Context& c) {
    const auto& l = c.lang;
    const Programme* programme = group.answers.front().programme;
    const std::string subject =
        programme ? fmt::format("{} ({})", programme->name, programme->id)
                  : l.format(Msg::card_subject_level, arg("level", level_title(level, l)));
    heading(c, l.format(Msg::card_heading, arg("subject", subject),
                        arg("group", group_title(group.group, l))));
    c.out << "\n";
    std::vector<const Answer*> all;
    for (const auto& a : group.answers) {
        if (a.scheme) {
            continue; // after the regular route, below
        }
        if (!all.empty()) {
            c.out << "\n"; // one block per milestone: nominate, then apply
        }
        all.push_back(&a);
        if (a.occurrence) {
            render_occurrence(a, c);
            // "Nominate" is the home university's step, not the student's (issue 27, 5).
            if (a.milestone == Milestone::nominate) {
                card_line(c, "", l.text(Msg::timeline_nomination_note));
            }
        } else {
            render_no_deadline(a, c);
        }
    }
    const Answer& first = group.answers.front();
    if (first.intake) {
        card_line(c, l.text(Msg::label_intake), intake_title(*first.intake, l));
    }
    if (first.occurrence && first.previous &&
        recently_missed(*first.previous, first.occurrence->intake, c.now)) {
        card_line(c, l.text(Msg::label_missed),
                  l.format(Msg::card_missed, arg("intake", intake_title(first.previous->intake, l)),
                           arg("ago", closed_ago(c.now - first.previous->closes, l)),
                           arg("datetime",
                               short_datetime(first.previous->closes, *c.catalog.meta.zone, l))),
                  Tone::warn);
    }
    if (programme != nullptr && !programme->requirement.empty()) {
        card_line(c, l.text(Msg::label_requires),
                  note_in(programme->requirement, programme->requirement_nb, l), Tone::warn);
    }
    // An applicant from abroad reads "open, 1 March" and applies: the programmes Samordna
    // opptak admits to are taught in Norwegian, which NTNU requires of them (issue 27, 10).
    if (level == Level::bachelor && programme == nullptr) {
        card_line(c, l.text(Msg::label_requires), l.text(Msg::card_bachelor_norwegian), Tone::warn);
    }
    if (programme != nullptr && programme->provenance.confidence != Confidence::confirmed) {
        card_line(
            c, "",
            l.format(Msg::card_programme_not_confirmed,
                     arg("confidence", confidence_title(programme->provenance.confidence, l))),
            Tone::warn);
    }
    if (programme != nullptr && programme_source_is_old(*programme, c.catalog.meta)) {
        card_line(c, "",
                  l.format(Msg::card_programme_source_old, arg("year", programme->source_year)),
                  Tone::warn);
    }
    if (first.after_pause != nullptr && !first.after_pause->source_details.empty()) {
        card_line(c, "",
                  l.format(Msg::card_after_pause,
                           arg("intake", intake_title(first.after_pause->intake, l)),
                           arg("age", source_age(first.after_pause->source_details.front(), l))),
                  Tone::warn);
    }
    const auto& instead_of = first.instead_of;
    if (instead_of && !resolution) {
        card_line(c, l.text(Msg::label_why),
                  instead_of_text(*instead_of, first.group, first.intake, l));
    }
    // A refugee with no separate scheme this intake: one plain paragraph, no separate scheme
    // so the regular process, in which group and why; the rules tried are --explain's.
    const ResolutionStep* regular_step = nullptr;
    if (resolution && instead_of && explain != Explain::full) {
        for (const auto& step : resolution->steps) {
            if (step.fired && step.group == first.group) {
                regular_step = &step;
                break;
            }
        }
    }
    if (regular_step != nullptr) {
        std::string text = instead_of_text(*instead_of, first.group, first.intake, l);
        // Why this group: the refugee rule's own words repeat the group, a degree's do not.
        if (regular_step->condition != RuleCondition::refugee) {
            text += ' ';
            text += step_text(*regular_step, c.catalog, l);
        }
        if (!regular_step->note.empty()) {
            text += ' ';
            text += note_in(regular_step->note, regular_step->note_nb, l);
        }
        card_line(c, l.text(Msg::label_why), text);
    } else if (resolution) {
        bool label_shown = false;
        for (const auto& step : resolution->steps) {
            card_line(c, label_shown ? "" : l.text(Msg::label_why), step_text(step, c.catalog, l));
            label_shown = true;
            if (step.fired && !step.note.empty()) {
                card_line(c, "", note_in(step.note, step.note_nb, l), Tone::dim);
            }
            // The refugee scheme's step, then why the regular process applies instead.
            if (instead_of && step.fired && step.group == instead_of->group) {
                card_line(c, "", instead_of_text(*instead_of, first.group, first.intake, l));
            }
            if (explain == Explain::full) {
                card_line(c, "",
                          l.format(Msg::card_explain_rule, arg("rule", step.rule_id),
                                   arg("confidence", confidence_title(step.confidence, l))),
                          Tone::dim);
                for (const auto& url : step.sources) {
                    card_line(c, "", fmt::format("  {}", url), Tone::dim);
                    quote_lines(c, step.source_details, url);
                }
            }
        }
    }
    if (resolution) {
        if (resolution->confidence() != Confidence::confirmed) {
            card_line(c, "",
                      l.format(Msg::card_group_not_confirmed,
                               arg("confidence", confidence_title(resolution->confidence(), l))),
                      Tone::warn);
        }
    }
    for (const auto& a : group.answers) {
        if (a.scheme && a.occurrence) {
            all.push_back(&a);
            render_scheme(a, c);
        }
    }
    std::vector<std::string> sources;
    std::vector<std::string> time_sources; // they back only the time of day, not the date
    std::vector<Source> details;           // every source in full, for --explain's quotes
    const auto add_details = [&](const std::vector<Source>& more) {
        details.insert(details.end(), more.begin(), more.end());
    };
    const auto add = [](std::vector<std::string>& list, const std::vector<std::string>& more) {
        for (const auto& url : more) {
            if (std::find(list.begin(), list.end(), url) == list.end()) {
                list.push_back(url);
            }
        }
    };
    bool projected_said = false;
    for (const auto& a : group.answers) {
        if (a.occurrence) {
            add(sources, a.occurrence->sources);
            add(sources, a.occurrence->disputed_sources);
            add(sources, a.occurrence->published_sources);
            add(time_sources, a.occurrence->time_sources);
            add_details(a.occurrence->source_details);
            add_details(a.occurrence->disputed_source_details);
            add_details(a.occurrence->published_source_details);
            add_details(a.occurrence->time_source_details);
            if (a.occurrence->date_confidence == Confidence::projected) {
                if (projected_said) {
                    continue;
                }
                projected_said = true;
                card_line(c, "",
                          l.format(Msg::card_date_projected,
                                   arg("intake", intake_title(a.occurrence->intake, l))),
                          Tone::warn);
            } else if (a.occurrence->date_confidence != Confidence::confirmed) {
                card_line(
                    c, "",
                    l.format(Msg::card_date_not_confirmed,
                             arg("confidence", confidence_title(a.occurrence->date_confidence, l))),
                    Tone::warn);
            }
        }
    }
    if (explain == Explain::full || !sources.empty()) {
        bool label_shown = false;
        for (const auto& url : sources) {
            card_line(c, label_shown ? "" : l.text(Msg::label_sources), url, Tone::dim);
            label_shown = true;
            if (explain == Explain::full) {
                quote_lines(c, unique_quotes(details, url), url);
            }
        }
        label_shown = false;
        for (const auto& url : time_sources) {
            card_line(c, label_shown ? "" : l.text(Msg::label_time_sources), url, Tone::dim);
            label_shown = true;
            if (explain == Explain::full) {
                quote_lines(c, unique_quotes(details, url), url);
            }
        }
    }
    if (const auto text = assumed_time_note(all, l); !text.empty()) {
        c.out << "\n";
        footnote(c, text, Tone::warn);
    }
    footnote(c, l.text(Msg::note_check_ntnu), Tone::dim);
    warn_if_stale(c);
}

void warn_if_stale(Context& c) {
    const auto& meta = c.catalog.meta;
    // On stderr, so it reaches a reader of --format output too, and never mixes into it.
    if (data_is_stale(meta, c.now)) {
        c.err << "ntnu: "
              << c.lang.format(Msg::note_stale, arg("date", long_date(meta.last_checked, c.lang)))
              << "\n";
    }
}

constexpr Wording<Milestone, 4> milestone_cells{{
    {Milestone::opens, Msg::milestone_short_opens},
    {Milestone::nominate, Msg::milestone_short_nominate},
    {Milestone::early, Msg::milestone_short_early},
    {Milestone::apply, Msg::milestone_short_apply},
}};
static_assert(words_every_value(milestone_cells));

std::string answer_intake_title(const Answer& a, const Language& lang) {
    if (!a.intake) {
        return "";
    }
    const Confidence sure = a.occurrence ? a.occurrence->intake_confidence : Confidence::confirmed;
    return sure == Confidence::confirmed
               ? intake_title(*a.intake, lang)
               : lang.format(Msg::card_intake_with_confidence,
                             arg("intake", intake_title(*a.intake, lang)),
                             arg("confidence", confidence_title(sure, lang)));
}

bool time_assumed(const Answer& a) {
    return a.occurrence && a.occurrence->time_confidence != Confidence::confirmed;
}

Row overview_row(Group group, const Answer& a, const Cell& no_date, const Context& c) {
    const auto& oslo = *c.catalog.meta.zone;
    const auto& l = c.lang;
    Row row{{overview_group_cell(group, a, l)}};
    if (a.occurrence) {
        const auto closes = a.occurrence->closes;
        // A projected date is marked in its own row, as the timeline marks it ("~").
        const bool projected = a.occurrence->date_confidence == Confidence::projected;
        row.push_back({fmt::format("{}{}{}", projected ? "~" : "",
                                   compact_datetime(closes, oslo, WithYear::yes, l),
                                   time_assumed(a) ? "*" : ""),
                       Tone::emphasis});
        if (!same_zone(c)) {
            row.push_back({fmt::format("{} {}", compact_datetime(closes, *c.zone, WithYear::no, l),
                                       zone_abbreviation(closes, *c.zone))});
        }
        row.push_back({a.remaining->count() > 0 ? short_duration(*a.remaining, l)
                                                : std::string(l.text(Msg::overview_closed)),
                       tone_of(a.status)});
        // "~spring 2027": an intake the page does not name, said in a footnote (narrow cells).
        const bool inferred = a.occurrence->intake_confidence != Confidence::confirmed;
        row.push_back({a.intake ? (inferred ? "~" : "") + intake_title(*a.intake, l) : ""});
    } else {
        row.push_back(no_date);
        if (!same_zone(c)) {
            row.push_back({""});
        }
        row.push_back({"-", Tone::dim});
        row.push_back({a.intake ? intake_title(*a.intake, l) : "-", Tone::dim});
    }
    return row;
}

std::string overview_group_cell(Group group, const Answer& a, const Language& lang) {
    std::string text = short_group_title(group, lang);
    if (a.scheme) {
        text = lang.format(Msg::overview_group_scheme, arg("group", text));
    } else if (a.instead_of) {
        // A refugee with no separate scheme: the regular group's deadline, marked.
        text = lang.format(Msg::overview_group_as, arg("group", text),
                           arg("regular", short_group_title(a.group, lang)));
    }
    if (a.milestone != Milestone::apply) {
        text = lang.format(Msg::overview_group_milestone, arg("group", text),
                           arg("milestone", milestone_in_cell(a.milestone, lang)));
    }
    return text;
}

std::string milestone_in_cell(Milestone milestone, const Language& lang) {
    return words(milestone_cells, milestone, lang);
}

void render_now_lines(Context& c) {
    const auto& oslo = *c.catalog.meta.zone;
    const auto& l = c.lang;
    c.out << paint(l.format(Msg::overview_now, arg("datetime", short_datetime(c.now, oslo, l)),
                            arg("zone", zone_abbreviation(c.now, oslo))),
                   Tone::dim, c.colour)
          << "\n";
    if (!same_zone(c)) {
        c.out << paint(l.format(Msg::overview_your_zone, arg("zone", c.zone->name())), Tone::dim,
                       c.colour)
              << "\n";
    }
    c.out << "\n";
}

Row overview_header(const Context& c) {
    const auto& l = c.lang;
    // Narrow cells keep the table inside 80 columns: the header says which zone each is in.
    Row header{{std::string(l.text(Msg::column_group))},
               {std::string(l.text(Msg::column_closes_norway))}};
    if (!same_zone(c)) {
        header.push_back({std::string(l.text(Msg::column_your_time))});
    }
    header.push_back({std::string(l.text(Msg::column_time_left))});
    header.push_back({std::string(l.text(Msg::column_intake))});
    return header;
}

std::string render_overview_table(Row header, std::vector<Row> rows, const Context& c) {
    // Only the group's cell wraps at first: a date broken across lines is misread. Where that
    // is not enough, "Your time" goes; then the closing time's cell wraps too (a long
    // "rolling: …" says more than a date).
    std::string table = render_fitted_table(header, rows, {Wrap::yes}, c.colour, c.width);
    if (widest_line(table) <= c.width) {
        return table;
    }
    const std::vector<std::size_t> your_time{2}; // after the group's and Norway's
    return render_narrowed_table(std::move(header), std::move(rows), {Wrap::yes, Wrap::yes},
                                 same_zone(c) ? std::vector<std::size_t>{} : your_time, c.colour,
                                 c.width);
}

void render_overview(const std::vector<GroupAnswers>& groups, Level level, Context& c) {
    const auto& l = c.lang;
    heading(c, l.format(Msg::overview_heading, arg("level", level_title(level, l))));
    render_now_lines(c);
    const Row header = overview_header(c);
    std::vector<Row> rows;
    std::vector<const Answer*> all;
    // Where to read more, one line per page: groups that share a page share the line.
    std::vector<std::pair<std::string, std::vector<std::string>>> footnotes;
    for (const auto& g : groups) {
        for (const auto& a : g.answers) {
            all.push_back(&a);
            rows.push_back(overview_row(g.group, a, {status_text(a, l), tone_of(a.status)}, c));
            if (!a.occurrence && a.track) {
                auto it = std::find_if(footnotes.begin(), footnotes.end(),
                                       [&](const auto& f) { return f.first == a.track->url; });
                if (it == footnotes.end()) {
                    footnotes.push_back({a.track->url, {}});
                    it = std::prev(footnotes.end());
                }
                it->second.push_back(short_group_title(g.group, l));
            }
        }
    }
    c.out << render_overview_table(header, std::move(rows), c);
    c.out << "\n";
    if (const auto text = assumed_time_note(all, l); !text.empty()) {
        footnote(c, text, Tone::warn);
    }
    for (const auto* a : all) {
        if (a->instead_of) {
            footnote(c, instead_of_text(*a->instead_of, a->group, a->intake, l), Tone::plain);
            break;
        }
    }
    if (std::any_of(all.begin(), all.end(), [](const Answer* a) {
            return a->occurrence && a->occurrence->date_confidence == Confidence::projected;
        })) {
        footnote(c, fmt::format("~ {}", l.text(Msg::overview_projected)), Tone::warn);
    }
    if (std::any_of(all.begin(), all.end(), [](const Answer* a) {
            return a->occurrence && a->occurrence->intake_confidence != Confidence::confirmed;
        })) {
        footnote(c, l.text(Msg::overview_intake_inferred), Tone::plain);
    }
    for (const auto& [url, group_names] : footnotes) {
        footnote(c,
                 l.format(Msg::overview_footnote_url,
                          arg("groups", fmt::format("{}", fmt::join(group_names, ", "))),
                          arg("url", url)),
                 Tone::plain);
    }
    footnote(c, l.text(Msg::overview_try), Tone::dim);
    warn_if_stale(c);
}

} // namespace ntnu
