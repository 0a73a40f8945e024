#include "render_programme.hpp"
#include "layout.hpp"

#include "programme_search.hpp"
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

std::string joined(const std::vector<std::string>& items, std::string_view conjunction) {
    if (items.size() <= 1) {
        return items.empty() ? "" : items.front();
    }
    const std::vector<std::string> head(items.begin(), items.end() - 1);
    return fmt::format("{} {} {}", fmt::join(head, ", "), conjunction, items.back());
}

std::string closed_to_text(const Programme& p) {
    std::vector<std::string> groups;
    for (const Group g : p.closed_to) {
        groups.push_back(group_title(g));
    }
    return fmt::format("{} applicants", joined(groups, "and"));
}

bool time_not_stated(const Answer& a) {
    return a.occurrence && a.occurrence->time_confidence != Confidence::confirmed;
}

std::string no_date_cell(const Answer& a) {
    if (a.closed_to_group) {
        return "not open to this group";
    }
    if (a.status == Status::rolling) {
        return "rolling: no fixed deadline";
    }
    if (a.programme != nullptr && a.programme->deadlines == DeadlineSource::own) {
        return "no date in this data";
    }
    return "no current entry";
}

} // namespace

std::string kind_title(ProgrammeKind kind) {
    switch (kind) {
    case ProgrammeKind::regular: return "regular";
    case ProgrammeKind::joint_nordic: return "Joint Nordic";
    case ProgrammeKind::erasmus_mundus: return "Erasmus Mundus";
    case ProgrammeKind::joint: return "joint";
    }
    return "?";
}

std::string campus_list(const Programme& p) {
    if (p.campuses.empty()) {
        return "unconfirmed";
    }
    std::vector<std::string> names;
    for (const Campus campus : p.campuses) {
        names.emplace_back(campus_name(campus));
    }
    return fmt::format("{}", fmt::join(names, ", "));
}

std::string duration_text(const Programme& p) {
    if (!p.duration_years) {
        return "";
    }
    return fmt::format("{} year{}", *p.duration_years, *p.duration_years == 1 ? "" : "s");
}

void render_programme_details(const Programme& p, Context& c) {
    heading(c, fmt::format("{} ({})", p.name, p.id));
    c.out << "\n";
    card_line(c, "Campus", campus_list(p), p.campuses.empty() ? Tone::dim : Tone::plain);
    card_line(c, "Duration", p.duration_years ? duration_text(p) : "unconfirmed",
              p.duration_years ? Tone::plain : Tone::dim);
    card_line(c, "Kind",
              p.kind == ProgrammeKind::regular ? "regular programme"
                                               : fmt::format("{} programme", kind_title(p.kind)));
    card_line(c, "Level", level_title(p.level));
    card_line(c, "Deadlines",
              p.deadlines == DeadlineSource::own
                  ? "its own: NTNU's general deadlines do not apply"
                  : fmt::format("NTNU's general deadlines for {}", level_title(p.level)));
    if (!p.closed_to.empty()) {
        card_line(c, "Closed to", closed_to_text(p), Tone::bad);
    }
    card_line(c, "URL", p.url);
    if (!p.note.empty()) {
        card_line(c, "Note", p.note);
    }
    if (p.provenance.confidence != Confidence::confirmed) {
        card_line(c, "Confidence",
                  fmt::format("{}: some of these facts are not stated by NTNU",
                              to_string(p.provenance.confidence)),
                  Tone::warn);
    }
    bool label_shown = false;
    for (const auto& url : p.provenance.sources) {
        card_line(c, label_shown ? "" : "Sources", url, Tone::dim);
        label_shown = true;
    }
}

void render_programme_overview(const Programme& p, const std::vector<GroupAnswers>& groups,
                               Context& c) {
    const auto& oslo = *c.catalog.meta.zone;
    const bool same_zone = c.zone == c.catalog.meta.zone;
    heading(c, "The next deadline of each applicant group");
    c.out << paint(fmt::format("Now: {} {}, Norwegian time", short_datetime(c.now, oslo),
                               zone_abbreviation(c.now, oslo)),
                   Tone::dim, c.colour)
          << "\n";
    if (!same_zone) {
        c.out << paint(fmt::format("Your time zone: {}", c.zone->name()), Tone::dim, c.colour)
              << "\n";
    }
    c.out << "\n";

    Row header{{"Group"}, {"Closes, Norway"}};
    if (!same_zone) {
        header.push_back({"Your time"});
    }
    header.push_back({"Time left"});
    header.push_back({"Intake"});
    std::vector<Row> rows;
    std::set<std::string> assumed_times;
    std::vector<std::string> closed_groups;
    std::vector<std::string> own_without_date;
    std::vector<std::string> footnotes;
    std::vector<std::string> notes;
    for (const auto& g : groups) {
        for (const auto& a : g.answers) {
            std::string group = short_group_title(g.group);
            if (a.milestone != Milestone::apply) {
                group += fmt::format(" ({})", to_string(a.milestone));
            }
            Row row{{group}};
            if (a.occurrence) {
                const auto closes = a.occurrence->closes;
                if (time_not_stated(a)) {
                    assumed_times.insert(date::format("%R", a.occurrence->local));
                }
                row.push_back({fmt::format("{}{}", compact_datetime(closes, oslo, WithYear::yes),
                                           time_not_stated(a) ? "*" : ""),
                               Tone::emphasis});
                if (!same_zone) {
                    row.push_back(
                        {fmt::format("{} {}", compact_datetime(closes, *c.zone, WithYear::no),
                                     zone_abbreviation(closes, *c.zone))});
                }
                row.push_back({a.remaining->count() > 0 ? short_duration(*a.remaining) : "closed",
                               tone_of(a.status)});
                row.push_back({a.intake ? intake_title(*a.intake) : ""});
                if (!a.occurrence->note.empty() &&
                    std::find(notes.begin(), notes.end(), a.occurrence->note) == notes.end()) {
                    notes.push_back(a.occurrence->note);
                }
            } else {
                row.push_back({no_date_cell(a), a.closed_to_group ? Tone::bad : tone_of(a.status)});
                if (!same_zone) {
                    row.push_back({""});
                }
                row.push_back({"-", Tone::dim});
                row.push_back({a.intake ? intake_title(*a.intake) : "-", Tone::dim});
                if (a.closed_to_group) {
                    closed_groups.push_back(group_title(g.group));
                } else if (p.deadlines == DeadlineSource::own) {
                    own_without_date.push_back(group_title(g.group));
                } else if (a.track) {
                    footnotes.push_back(fmt::format("{}: {}", group_title(g.group), a.track->url));
                }
            }
            rows.push_back(std::move(row));
        }
    }
    c.out << render_table(header, rows, c.colour);
    c.out << "\n";
    if (!assumed_times.empty()) {
        footnote(
            c,
            fmt::format("* The closing time {} is assumed: NTNU does not state the time of day. "
                        "Apply well before it.",
                        fmt::join(assumed_times, " / ")),
            Tone::warn);
    }
    if (!closed_groups.empty()) {
        footnote(
            c, fmt::format("{} is not open to {} applicants.", p.name, joined(closed_groups, "or")),
            Tone::bad);
    }
    if (!own_without_date.empty()) {
        const bool every_group = own_without_date.size() == rows.size();
        footnote(c,
                 fmt::format(
                     "{} sets its own deadline, and this data has no date for {}. See {}", p.name,
                     every_group ? std::string("it")
                                 : fmt::format("{} applicants", joined(own_without_date, "or")),
                     p.url),
                 Tone::warn);
    }
    for (const auto& text : notes) {
        footnote(c, text, Tone::plain);
    }
    for (const auto& text : footnotes) {
        footnote(c, text, Tone::plain);
    }
    footnote(
        c, fmt::format("Which applies to you? Try: ntnu programme {} --citizenship COUNTRY", p.id),
        Tone::dim);
    footnote(c, "Check ntnu.edu before you rely on a date.", Tone::dim);
    warn_if_stale(c);
}

} // namespace ntnu
