// SPDX-License-Identifier: MIT
#include "render_cycle.hpp"
#include "layout.hpp"

#include "render_deadline.hpp"
#include "render_time.hpp"
#include "render_timeline.hpp"
#include "style.hpp"
#include "wording.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace ntnu {

const GroupJourney* own_journey(const TimelineCycle& cycle) {
    for (const auto& j : cycle.journeys) {
        if (j.mine == Mine::yes) {
            return &j;
        }
    }
    return nullptr;
}

const JourneyEntry* semester_start(const TimelineCycle& cycle) {
    const auto in = [](const GroupJourney& j) -> const JourneyEntry* {
        for (const auto& e : j.entries) {
            if (starts_semester(*e.step) && e.precision != StepPrecision::undated) {
                return &e;
            }
        }
        return nullptr;
    };
    if (const auto* own = own_journey(cycle)) {
        return in(*own);
    }
    for (const auto& j : cycle.journeys) {
        if (const auto* e = in(j)) {
            return e;
        }
    }
    return nullptr;
}

namespace {

// A line under the title, wrapped to the terminal.
void note_line(Context& c, std::string_view text, Tone tone) {
    for (const auto& line : wrap_text(text, c.width)) {
        c.out << paint(line, tone, c.colour) << "\n";
    }
}

enum class Words { full, brief };

// What a milestone is called on its row; the brief words serve where the full ones do not fit.
std::string milestone_words(Milestone m, bool several_deadlines, Words words, const Language& l) {
    const bool full = words == Words::full;
    switch (m) {
    case Milestone::opens:
        return full ? milestone_title(m, l) : std::string(l.text(Msg::timeline_brief_opens));
    case Milestone::nominate:
        return full ? milestone_title(m, l) : std::string(l.text(Msg::timeline_brief_nominate));
    case Milestone::early:
        return full ? milestone_title(m, l) : std::string(l.text(Msg::timeline_brief_early));
    case Milestone::apply:
        return !several_deadlines ? std::string(l.text(Msg::timeline_deadline))
               : full             ? milestone_title(m, l)
                                  : std::string(l.text(Msg::timeline_brief_apply));
    }
    return "";
}

// Milestones that close at the same instant with the same facts are one row: bachelor's
// deadlines are the same for every group, and three identical rows would say nothing more.
struct MilestoneRow {
    std::vector<const CycleItem*> items;
    const Occurrence& occurrence() const { return items.front()->occurrence; }
    bool applies() const {
        return std::any_of(items.begin(), items.end(),
                           [](const CycleItem* i) { return i->applies; });
    }
};

bool same_row(const Occurrence& a, const Occurrence& b) {
    return a.closes == b.closes && a.milestone == b.milestone &&
           a.date_confidence == b.date_confidence && a.time_confidence == b.time_confidence &&
           a.note == b.note;
}

std::vector<MilestoneRow> rows_of(const Cycle& cycle) {
    std::vector<MilestoneRow> rows;
    for (const auto& item : cycle.items) {
        auto found = std::find_if(rows.begin(), rows.end(), [&](const MilestoneRow& r) {
            return same_row(r.occurrence(), item.occurrence);
        });
        if (found == rows.end()) {
            rows.push_back({{&item}});
        } else {
            found->items.push_back(&item);
        }
    }
    return rows;
}

std::string local_day_month(date::local_seconds local, const Language& l) {
    return day_month(date::year_month_day{date::floor<date::days>(local)}, l);
}

// "1 Dec 23:59* non-EU/EEA deadline": "~" before an inferred date, "*" after a time of day
// NTNU does not state. Without a group when every group with milestones shares the row.
std::string row_label(const MilestoneRow& row, std::size_t groups_with_milestones,
                      bool several_deadlines, Words words, const Language& l) {
    const auto& o = row.occurrence();
    std::vector<std::string> groups;
    for (const auto* item : row.items) {
        groups.push_back(short_group_title(item->group, l));
    }
    const bool everyone = groups_with_milestones > 1 && row.items.size() == groups_with_milestones;
    const std::string milestone = milestone_words(o.milestone, several_deadlines, words, l);
    // Bokmål cannot put the group before the milestone as English does ("Nordic deadline").
    return fmt::format(
        "{}{} {}{} {}", o.date_confidence == Confidence::confirmed ? "" : "~",
        local_day_month(o.local, l), clock_time(o.local, l),
        o.time_confidence == Confidence::confirmed ? "" : "*",
        everyone ? milestone
                 : l.format(Msg::timeline_row_groups,
                            fmt::arg("groups", fmt::format("{}", fmt::join(groups, ", "))),
                            fmt::arg("milestone", milestone)));
}

// "(2 Dec 04:29 IST)": the applicant's own clock, where it reads differently.
std::string your_time(Instant t, const Context& c) {
    const auto& oslo = *c.catalog.meta.zone;
    const std::string theirs = compact_datetime(t, *c.zone, WithYear::no, c.lang);
    if (c.zone == &oslo || theirs == compact_datetime(t, oslo, WithYear::no, c.lang)) {
        return "";
    }
    return fmt::format("({} {})", theirs, zone_abbreviation(t, *c.zone));
}

std::string subject_of(const Cycle& cycle, const Language& l) {
    return cycle.programme
               ? fmt::format("{} ({})", cycle.programme->name, cycle.programme->id)
               : l.format(Msg::card_subject_level, fmt::arg("level", level_title(cycle.level, l)));
}

// Groups that have milestones in the cycle, in group order.
std::vector<Group> groups_with_milestones(const Cycle& cycle) {
    std::vector<Group> out;
    for (const Group g : all_values<Group>()) {
        if (std::any_of(cycle.items.begin(), cycle.items.end(),
                        [g](const CycleItem& i) { return i.group == g; })) {
            out.push_back(g);
        }
    }
    return out;
}

// Whether a step of the applicant's journey is drawn on the axis: dated to the day, after the
// deadline itself; the semester start has its own month mark.
bool on_axis(const JourneyEntry& e) {
    return e.precision == StepPrecision::day && !e.step->at_deadline && !starts_semester(*e.step);
}

// The rows below the axis: one per merged milestone, the month the semester starts, and the
// applicant's own dated steps after the application.
std::vector<TimelineMark> marks_of(const TimelineCycle& cycle,
                                   const std::vector<MilestoneRow>& rows, const Context& c) {
    const auto& oslo = *c.catalog.meta.zone;
    const std::size_t groups = groups_with_milestones(cycle).size();
    const bool several_deadlines =
        std::any_of(cycle.items.begin(), cycle.items.end(), [](const CycleItem& i) {
            return i.occurrence.milestone == Milestone::nominate ||
                   i.occurrence.milestone == Milestone::early;
        });
    std::vector<TimelineMark> marks;
    for (const auto& row : rows) {
        const auto& o = row.occurrence();
        marks.push_back({o.local, MarkSpan::at,
                         row_label(row, groups, several_deadlines, Words::full, c.lang),
                         your_time(o.closes, c),
                         row_label(row, groups, several_deadlines, Words::brief, c.lang),
                         row.applies() ? Applies::yes : Applies::no,
                         row.items.front()->past ? Past::yes : Past::no});
    }
    if (const JourneyEntry* entry = semester_start(cycle)) {
        const date::year_month start = entry->month;
        const date::local_seconds first{date::local_days{start / 1}};
        const Instant over =
            oslo.to_sys(date::local_days{(start + date::months{1}) / 1}, date::choose::earliest);
        marks.push_back(
            {first, MarkSpan::month,
             c.lang.format(Msg::timeline_semester_starts,
                           fmt::arg("month", short_month(start.month(), c.lang)),
                           fmt::arg("semester", semester_title(cycle.intake->semester, c.lang))),
             "", "", Applies::no, over <= c.now ? Past::yes : Past::no});
    }
    if (const GroupJourney* own = own_journey(cycle)) {
        for (const auto& e : own->entries) {
            if (!on_axis(e)) {
                continue;
            }
            // "~" before a date NTNU has not confirmed, as on a deadline's row.
            const std::string day =
                (e.confidence == Confidence::confirmed ? "" : "~") + day_month(e.day, c.lang);
            const std::string title = journey_title(e, c.lang);
            TimelineMark mark;
            mark.at = date::local_seconds{date::local_days{e.day}};
            mark.label = c.lang.format(Msg::timeline_step_row, fmt::arg("date", day),
                                       fmt::arg("step", title));
            mark.past = e.past ? Past::yes : Past::no;
            mark.kind = MarkKind::step;
            marks.push_back(std::move(mark));
        }
    }
    return marks;
}

// The title, which clock the times are on, and what the highlight means for this applicant.
void render_heading(const Cycle& cycle, bool your_times_shown, Context& c) {
    const auto& oslo = *c.catalog.meta.zone;
    const Intake& intake = *cycle.intake;
    const auto& l = c.lang;
    using fmt::arg;
    note_line(c,
              l.format(Msg::timeline_heading, arg("subject", subject_of(cycle, l)),
                       arg("intake", intake_title(intake, l))),
              Tone::heading);
    note_line(c,
              c.zone == &oslo    ? std::string(l.text(Msg::timeline_times_oslo))
              : your_times_shown ? l.format(Msg::timeline_times_yours, arg("zone", c.zone->name()))
                                 : l.format(Msg::timeline_times_same, arg("zone", c.zone->name())),
              Tone::dim);
    if (!cycle.own) {
        return;
    }
    const bool any = std::any_of(cycle.items.begin(), cycle.items.end(),
                                 [](const CycleItem& i) { return i.applies; });
    const std::string group_text = group_title(*cycle.own, l);
    const auto group = arg("group", group_text); // a reference to group_text
    if (closed_to(cycle.programme, *cycle.own)) {
        note_line(
            c,
            l.format(Msg::timeline_not_open_to_you, arg("programme", cycle.programme->name), group),
            Tone::bad);
    } else if (cycle.own_has_no_upcoming) {
        note_line(c, l.format(Msg::timeline_own_none_ahead, group), Tone::warn);
    } else if (!any) {
        note_line(c,
                  l.format(Msg::timeline_own_none_in_cycle, group,
                           arg("intake", intake_title(intake, l))),
                  Tone::warn);
    } else {
        note_line(c, l.format(Msg::timeline_marks_yours, group), Tone::emphasis);
        if (cycle.missed) {
            note_line(c,
                      l.format(Msg::timeline_missed, group,
                               arg("intake", intake_title(cycle.missed->intake, l)),
                               arg("ago", closed_ago(c.now - cycle.missed->closes, l)),
                               arg("datetime",
                                   compact_datetime(cycle.missed->closes, oslo, WithYear::yes, l))),
                      Tone::warn);
        }
    }
}

// The data's notes, one line per note with the dates it belongs to.
void render_notes(const std::vector<MilestoneRow>& rows, Context& c) {
    const auto& l = c.lang;
    std::vector<std::pair<std::string, std::vector<std::string>>> notes; // note, its dates
    for (const auto& row : rows) {
        const auto& o = row.occurrence();
        std::string text = note_in(o.note, o.note_nb, l);
        if (text.empty() && o.date_confidence != Confidence::confirmed) {
            text = l.format(Msg::timeline_date_not_confirmed,
                            fmt::arg("confidence", confidence_title(o.date_confidence, l)));
        }
        if (text.empty()) {
            continue;
        }
        auto found = std::find_if(notes.begin(), notes.end(),
                                  [&](const auto& n) { return n.first == text; });
        const std::string date =
            (o.date_confidence == Confidence::confirmed ? "" : "~") + local_day_month(o.local, l);
        if (found == notes.end()) {
            notes.push_back({text, {date}});
        } else if (std::find(found->second.begin(), found->second.end(), date) ==
                   found->second.end()) {
            found->second.push_back(date);
        }
    }
    for (const auto& [text, dates] : notes) {
        footnote(c, fmt::format("{}: {}", fmt::join(dates, ", "), text), Tone::plain);
    }
}

// A word on each group the timeline leaves out: closed to it, or no milestones in the data.
void render_missing_groups(const Cycle& cycle, Context& c) {
    const auto& l = c.lang;
    using fmt::arg;
    const auto shown = groups_with_milestones(cycle);
    for (const Group g : c.catalog.groups_of(cycle.level)) {
        if (closed_to(cycle.programme, g)) {
            if (g != cycle.own) { // the applicant's own is said under the title
                footnote(c,
                         l.format(Msg::programme_not_open_to,
                                  arg("programme", cycle.programme->name),
                                  arg("groups", group_title(g, l))),
                         Tone::plain);
            }
            continue;
        }
        // Only a group the data has a track for, or the applicant's own, is worth a word.
        const Track* track = c.catalog.track(cycle.level, g);
        if (std::find(shown.begin(), shown.end(), g) != shown.end() ||
            (g != cycle.own && track == nullptr)) {
            continue;
        }
        Query q;
        q.level = cycle.level;
        q.group = g;
        q.now = c.now;
        q.intake = cycle.intake;
        q.programme = cycle.programme;
        const auto none = answer(c.catalog, q);
        const std::string why =
            none.empty() ? "" : note_in(none.front().none_reason, none.front().none_reason_nb, l);
        const std::string see =
            track ? " " + l.format(Msg::timeline_see, arg("url", track->url)) : "";
        footnote(c,
                 why.empty()
                     ? l.format(Msg::timeline_group_no_milestones, arg("group", group_title(g, l)),
                                arg("intake", intake_title(*cycle.intake, l)), arg("see", see))
                     : l.format(Msg::timeline_group_reason, arg("group", group_title(g, l)),
                                arg("intake", intake_title(*cycle.intake, l)), arg("reason", why),
                                arg("see", see)),
                 Tone::plain);
    }
}

// The steps after the application: the applicant's own, or with --all every group's.
void render_journeys(const TimelineCycle& cycle, bool all, Context& c) {
    const auto& l = c.lang;
    const GroupJourney* own = own_journey(cycle);
    if (own != nullptr && !all) {
        c.out << "\n";
        note_line(c, l.text(Msg::journey_heading), Tone::heading);
        render_journey(own->entries, Mine::yes, c);
        return;
    }
    if (!all) {
        return;
    }
    for (const auto& j : cycle.journeys) {
        c.out << "\n";
        note_line(c,
                  l.format(Msg::journey_heading_group, fmt::arg("group", group_title(j.group, l))),
                  Tone::heading);
        render_journey(j.entries, j.mine, c);
    }
}

} // namespace

void render_no_cycle(const Cycle& cycle, Context& c) {
    const auto& l = c.lang;
    heading(c, l.format(Msg::timeline_no_cycle, fmt::arg("subject", subject_of(cycle, l))));
    c.out << "\n";
    const Group group = cycle.own.value_or(Group::non_eu);
    const Track* track = c.catalog.track(cycle.level, group);
    if (cycle.programme && cycle.programme->deadlines == DeadlineSource::own) {
        // The programme's own note says why, where it has one.
        footnote(c,
                 cycle.programme->note.empty()
                     ? std::string(l.text(Msg::timeline_programme_own_deadlines))
                     : note_in(cycle.programme->note, cycle.programme->note_nb, l),
                 Tone::plain);
        footnote(c, l.format(Msg::timeline_see, fmt::arg("url", cycle.programme->url)),
                 Tone::plain);
    } else if (track && track->kind == TrackKind::rolling) {
        footnote(c, note_in(track->note, track->note_nb, l), Tone::plain);
        footnote(c, l.format(Msg::timeline_see, fmt::arg("url", track->url)), Tone::plain);
    } else {
        footnote(c, l.text(Msg::timeline_no_milestones_ahead), Tone::plain);
        if (track) {
            footnote(c, l.format(Msg::timeline_see, fmt::arg("url", track->url)), Tone::plain);
        }
    }
    footnote(c, l.text(Msg::note_check_ntnu), Tone::dim);
    warn_if_stale(c);
}

void render_cycle(const TimelineCycle& cycle, bool all, Context& c) {
    const auto& oslo = *c.catalog.meta.zone;
    const auto rows = rows_of(cycle);
    const auto marks = marks_of(cycle, rows, c);
    const NowMark now{
        oslo.to_local(c.now),
        fmt::format("{} {}", short_datetime(c.now, oslo, c.lang), zone_abbreviation(c.now, oslo)),
        your_time(c.now, c)};
    const bool your_times_shown =
        !now.aside.empty() || std::any_of(marks.begin(), marks.end(),
                                          [](const TimelineMark& m) { return !m.aside.empty(); });
    render_heading(cycle, your_times_shown, c);
    c.out << "\n";
    for (const auto& line : layout_timeline(marks, now, c.width, c.colour, c.lang)) {
        c.out << (c.charset == Charset::ascii ? to_ascii_glyphs(line) : line) << "\n";
    }
    c.out << "\n";

    if (std::any_of(marks.begin(), marks.end(),
                    [](const TimelineMark& m) { return m.kind == MarkKind::step; })) {
        const std::string legend =
            c.lang.format(Msg::timeline_legend_steps, fmt::arg("step", timeline_step_glyph),
                          fmt::arg("deadline", timeline_milestone_glyph));
        footnote(c, c.charset == Charset::ascii ? to_ascii_glyphs(legend) : legend, Tone::plain);
    }
    if (std::any_of(cycle.items.begin(), cycle.items.end(), [](const CycleItem& i) {
            return i.occurrence.time_confidence != Confidence::confirmed;
        })) {
        footnote(c, c.lang.text(Msg::timeline_time_assumed), Tone::warn);
    }
    if (std::any_of(cycle.items.begin(), cycle.items.end(), [](const CycleItem& i) {
            return i.occurrence.milestone == Milestone::nominate;
        })) {
        footnote(c, c.lang.text(Msg::timeline_nomination_note), Tone::plain);
    }
    render_notes(rows, c);
    if (semester_start(cycle) == nullptr) {
        footnote(
            c,
            c.lang.format(Msg::timeline_semester_start_unknown,
                          fmt::arg("semester", semester_title(cycle.intake->semester, c.lang))),
            Tone::plain);
    }
    render_missing_groups(cycle, c);
    render_journeys(cycle, all, c);
    if (cycle.own || all) {
        c.out << "\n";
    }
    footnote(c, c.lang.text(Msg::note_check_ntnu), Tone::dim);
    if (!cycle.own) {
        footnote(c, c.lang.text(Msg::timeline_try), Tone::dim);
    }
    if (!all) {
        footnote(c, c.lang.text(Msg::journey_try_all), Tone::dim);
    }
    warn_if_stale(c);
}
} // namespace ntnu
