#include "render_deadline.hpp"
#include "layout.hpp"

#include "render_time.hpp"
#include "style.hpp"
#include "table.hpp"
#include "wording.hpp"

#include <fmt/format.h>

#include <ostream>
#include <set>

namespace ntnu {
namespace {

// A deadline that closed this recently is worth mentioning beside the next one.
constexpr std::chrono::seconds recently{60 * 24 * 3600};

std::string status_text(const Answer& a) {
    switch (a.status) {
    case Status::open: return "open";
    case Status::closing_soon: return "closing soon";
    case Status::closed: return "closed";
    case Status::rolling: return "rolling: no fixed deadline";
    case Status::none: return "no current entry";
    }
    return "";
}

// A time of day NTNU does not state outright gets the footnote mark.
bool time_assumed(const Answer& a) {
    return a.occurrence && a.occurrence->time_confidence != Confidence::confirmed;
}

bool same_zone(const Context& context) {
    return context.zone == context.catalog.meta.zone;
}

std::string assumed_time_note(const std::vector<const Answer*>& answers) {
    std::set<std::string> times;
    Confidence confidence = Confidence::inferred;
    for (const auto* a : answers) {
        if (time_assumed(*a)) {
            times.insert(date::format("%R", a->occurrence->local));
            confidence = weakest(confidence, a->occurrence->time_confidence);
        }
    }
    if (times.empty()) {
        return "";
    }
    return fmt::format("* The closing time {} is {}: NTNU does not state the time of day. "
                       "Apply well before it.",
                       fmt::join(times, " / "), to_string(confidence));
}

std::string milestone_label(Milestone milestone) {
    switch (milestone) {
    case Milestone::opens: return "Opens";
    case Milestone::nominate: return "Nominate";
    case Milestone::early: return "Early";
    case Milestone::apply: return "Deadline";
    }
    return "";
}

void render_occurrence(const Answer& a, Context& c) {
    const auto& o = *a.occurrence;
    const auto& oslo = *c.catalog.meta.zone;
    const std::string title = milestone_title(a.milestone);
    card_line(c, milestone_label(a.milestone),
              fmt::format("{}, Norwegian time{}", long_datetime(o.closes, oslo),
                          time_assumed(a) ? " *" : ""),
              Tone::emphasis);
    if (same_zone(c)) {
        card_line(c, "", "(your time zone is the same)", Tone::dim);
    } else {
        card_line(
            c, "",
            fmt::format("{}, your time ({})", long_datetime(o.closes, *c.zone), c.zone->name()));
    }
    card_line(c, "Time left",
              a.remaining->count() > 0 ? long_duration(*a.remaining)
              : a.remaining->count() == 0
                  ? "none: it closed just now"
                  : fmt::format("none: it closed {} ago", long_duration(*a.remaining)),
              tone_of(a.status));
    card_line(c, "Status", fmt::format("{} ({})", status_text(a), title), tone_of(a.status));
    if (!o.note.empty()) {
        card_line(c, "Note", o.note);
    }
}

void render_no_deadline(const Answer& a, Context& c) {
    if (a.closed_to_group) {
        card_line(c, "Deadline", "none: this programme does not take this group", Tone::bad);
        card_line(
            c, "Status",
            fmt::format("{} is not open to {} applicants", a.programme->name, group_title(a.group)),
            Tone::bad);
        if (!a.programme->note.empty()) {
            card_line(c, "NTNU says", a.programme->note);
        }
        card_line(c, "See", a.programme->url);
        return;
    }
    card_line(c, "Deadline",
              a.status == Status::rolling ? "none: positions have their own deadlines"
              : a.programme && a.programme->deadlines == DeadlineSource::own
                  ? "none in this data: the programme sets its own"
                  : "none announced",
              tone_of(a.status));
    card_line(c, "Status", status_text(a), tone_of(a.status));
    if (a.programme && a.programme->deadlines == DeadlineSource::own) {
        if (!a.programme->note.empty()) {
            card_line(c, "About", a.programme->note);
        }
        card_line(c, "See", a.programme->url);
        return;
    }
    if (!a.none_reason.empty()) {
        card_line(c, "Latest",
                  a.none_intake ? fmt::format("{}: {}", intake_title(*a.none_intake), a.none_reason)
                                : a.none_reason);
    }
    if (a.previous) {
        card_line(c, "Previous",
                  fmt::format("{}: closed {}", intake_title(a.previous->intake),
                              long_datetime(a.previous->closes, *c.catalog.meta.zone)));
    }
    if (a.track) {
        if (!a.track->note.empty()) {
            card_line(c, "About", a.track->note);
        }
        card_line(c, "See", a.track->url);
    }
}

} // namespace

void render_card(const GroupAnswers& group, const std::optional<Resolution>& resolution,
                 Level level, Explain explain, Context& c) {
    const Programme* programme = group.answers.front().programme;
    const std::string subject = programme ? fmt::format("{} ({})", programme->name, programme->id)
                                          : fmt::format("NTNU {}", level_title(level));
    for (const auto& heading_line : wrap_text(
             fmt::format("{}, {} applicants", subject, group_title(group.group)), output_width)) {
        c.out << paint(heading_line, Tone::heading, c.colour) << "\n";
    }
    c.out << "\n";
    std::vector<const Answer*> all;
    for (const auto& a : group.answers) {
        if (!all.empty()) {
            c.out << "\n"; // one block per milestone: nominate, then apply
        }
        all.push_back(&a);
        if (a.occurrence) {
            render_occurrence(a, c);
        } else {
            render_no_deadline(a, c);
        }
    }
    const Answer& first = group.answers.front();
    if (first.intake) {
        card_line(c, "Intake", intake_title(*first.intake));
    }
    if (first.occurrence && first.previous && first.previous->intake != first.occurrence->intake &&
        c.now - first.previous->closes < recently) {
        card_line(c, "Missed",
                  fmt::format("the deadline for {} closed {} ago ({})",
                              intake_title(first.previous->intake),
                              long_duration(c.now - first.previous->closes),
                              short_datetime(first.previous->closes, *c.catalog.meta.zone)),
                  Tone::warn);
    }
    if (resolution) {
        bool label_shown = false;
        for (const auto& step : resolution->steps) {
            // The Nordic-degree hint is about master's deadlines; elsewhere it would mislead.
            if (!step.fired && step.rule_id == "nordic-degree" && step.countries.empty() &&
                level != Level::master) {
                continue;
            }
            card_line(c, label_shown ? "" : "Why", step_text(step));
            label_shown = true;
            if (explain == Explain::full) {
                card_line(c, "",
                          fmt::format("  rule {}, {}", step.rule_id, to_string(step.confidence)),
                          Tone::dim);
                for (const auto& url : step.sources) {
                    card_line(c, "", fmt::format("  {}", url), Tone::dim);
                }
            }
        }
        if (resolution->confidence() != Confidence::confirmed) {
            card_line(c, "",
                      fmt::format("This group rests on a rule that is {}, not stated by NTNU.",
                                  to_string(resolution->confidence())),
                      Tone::warn);
        }
    }
    std::vector<std::string> sources;
    for (const auto& a : group.answers) {
        if (a.occurrence) {
            for (const auto& list : {a.occurrence->sources, a.occurrence->time_sources}) {
                for (const auto& url : list) {
                    if (std::find(sources.begin(), sources.end(), url) == sources.end()) {
                        sources.push_back(url);
                    }
                }
            }
            if (a.occurrence->date_confidence != Confidence::confirmed) {
                card_line(c, "",
                          fmt::format("The date is {}, not stated by NTNU for this intake.",
                                      to_string(a.occurrence->date_confidence)),
                          Tone::warn);
            }
        }
    }
    if (explain == Explain::full || !sources.empty()) {
        bool label_shown = false;
        for (const auto& url : sources) {
            card_line(c, label_shown ? "" : "Sources", url, Tone::dim);
            label_shown = true;
        }
    }
    if (const auto text = assumed_time_note(all); !text.empty()) {
        c.out << "\n";
        footnote(c, text, Tone::warn);
    }
    footnote(c, "Check ntnu.edu before you rely on a date.", Tone::dim);
    warn_if_stale(c);
}

void warn_if_stale(Context& c) {
    const auto& meta = c.catalog.meta;
    if (data_is_stale(meta, c.now)) {
        footnote(c,
                 fmt::format("Warning: this data was last checked on {}, more than a year ago. "
                             "The dates may be out of date: check ntnu.edu.",
                             long_date(meta.last_checked)),
                 Tone::bad);
    }
}

void render_overview(const std::vector<GroupAnswers>& groups, Level level, Context& c) {
    const auto& oslo = *c.catalog.meta.zone;
    c.out << paint(fmt::format("NTNU {}: the next deadline of each applicant group",
                               level_title(level)),
                   Tone::heading, c.colour)
          << "\n";
    c.out << paint(fmt::format("Now: {} {}, Norwegian time", short_datetime(c.now, oslo),
                               zone_abbreviation(c.now, oslo)),
                   Tone::dim, c.colour)
          << "\n";
    if (!same_zone(c)) {
        c.out << paint(fmt::format("Your time zone: {}", c.zone->name()), Tone::dim, c.colour)
              << "\n";
    }
    c.out << "\n";
    // Narrow cells keep the table inside 80 columns: the header says which zone each is in.
    Row header{{"Group"}, {"Closes, Norway"}};
    if (!same_zone(c)) {
        header.push_back({"Your time"});
    }
    header.push_back({"Time left"});
    header.push_back({"Intake"});
    std::vector<Row> rows;
    std::vector<const Answer*> all;
    // Where to read more, one line per page: groups that share a page share the line.
    std::vector<std::pair<std::string, std::vector<std::string>>> footnotes;
    for (const auto& g : groups) {
        for (const auto& a : g.answers) {
            all.push_back(&a);
            std::string group = short_group_title(g.group);
            if (a.milestone != Milestone::apply) {
                group += fmt::format(" ({})", to_string(a.milestone));
            }
            Row row{{group}};
            if (a.occurrence) {
                const auto closes = a.occurrence->closes;
                row.push_back({fmt::format("{}{}", compact_datetime(closes, oslo, WithYear::yes),
                                           time_assumed(a) ? "*" : ""),
                               Tone::emphasis});
                if (!same_zone(c)) {
                    row.push_back(
                        {fmt::format("{} {}", compact_datetime(closes, *c.zone, WithYear::no),
                                     zone_abbreviation(closes, *c.zone))});
                }
                row.push_back({a.remaining->count() > 0 ? short_duration(*a.remaining) : "closed",
                               tone_of(a.status)});
                row.push_back({a.intake ? intake_title(*a.intake) : ""});
            } else {
                row.push_back({status_text(a), tone_of(a.status)});
                if (!same_zone(c)) {
                    row.push_back({""});
                }
                row.push_back({"-", Tone::dim});
                row.push_back({a.intake ? intake_title(*a.intake) : "-", Tone::dim});
                if (a.track) {
                    auto it = std::find_if(footnotes.begin(), footnotes.end(),
                                           [&](const auto& f) { return f.first == a.track->url; });
                    if (it == footnotes.end()) {
                        footnotes.push_back({a.track->url, {}});
                        it = std::prev(footnotes.end());
                    }
                    it->second.push_back(short_group_title(g.group));
                }
            }
            rows.push_back(std::move(row));
        }
    }
    c.out << render_table(header, rows, c.colour);
    c.out << "\n";
    if (const auto text = assumed_time_note(all); !text.empty()) {
        footnote(c, text, Tone::warn);
    }
    for (const auto& [url, group_names] : footnotes) {
        footnote(c, fmt::format("{}: {}", fmt::join(group_names, ", "), url), Tone::plain);
    }
    footnote(c, "Which applies to you? Try: ntnu deadline --citizenship COUNTRY", Tone::dim);
    warn_if_stale(c);
}

} // namespace ntnu
