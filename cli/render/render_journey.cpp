// SPDX-License-Identifier: MIT
#include "render_journey.hpp"

#include "layout.hpp"
#include "render_time.hpp"
#include "style.hpp"
#include "wording.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace ntnu {
namespace {

constexpr std::size_t indent = 4;

void indented(Context& c, std::string_view text, Tone tone) {
    for (const auto& line : wrap_text(text, c.width - indent)) {
        c.out << std::string(indent, ' ') << paint(line, tone, c.colour) << "\n";
    }
}

} // namespace

std::vector<JourneyEntry> journey_for(Level level, Group group, const Intake& intake,
                                      const Programme* programme, const Profile* profile,
                                      const Context& c) {
    JourneyQuery q;
    q.level = level;
    q.group = group;
    q.intake = intake;
    q.programme = programme;
    q.profile = profile;
    q.now = c.now;
    return journey(c.catalog, q);
}

std::string journey_when(const JourneyEntry& e, const Language& l) {
    switch (e.precision) {
    case StepPrecision::day:
        return fmt::format("{} {}", day_month(e.day, l), static_cast<int>(e.day.year()));
    case StepPrecision::month:
        return fmt::format("{} {}", short_month(e.month.month(), l),
                           static_cast<int>(e.month.year()));
    case StepPrecision::undated:
        return std::string(
            l.text(e.step->at_deadline ? Msg::journey_at_deadline : Msg::journey_undated));
    }
    return "";
}

std::string journey_title(const JourneyEntry& e, const Language& l) {
    return note_in(e.step->title, e.step->title_nb, l);
}

void render_journey(const std::vector<JourneyEntry>& entries, Mine mine, Context& c) {
    const auto& l = c.lang;
    if (entries.empty()) {
        footnote(c, l.text(Msg::journey_none), Tone::plain);
        return;
    }
    for (const auto& e : entries) {
        std::string head = fmt::format("{}: {}", journey_when(e, l), journey_title(e, l));
        std::vector<std::string> flags;
        if (e.past) {
            flags.emplace_back(l.text(Msg::timeline_past));
        }
        if (e.precision != StepPrecision::undated && e.confidence != Confidence::confirmed) {
            flags.push_back(fmt::format("({})", confidence_title(e.confidence, l)));
        }
        if (e.concerns == Concerns::maybe) {
            flags.emplace_back(l.text(Msg::journey_maybe));
        }
        if (!flags.empty()) {
            head += " " + fmt::format("{}", fmt::join(flags, " "));
        }
        const auto lines = wrap_text(head, c.width - indent);
        const Tone tone = e.past ? Tone::dim : Tone::plain;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::string lead = i == 0 ? (mine == Mine::yes ? "> " : "  ") : "    ";
            c.out << lead << paint(lines[i], tone, c.colour) << "\n";
        }
        if (!e.step->rule.empty() && e.precision == StepPrecision::undated) {
            indented(c, note_in(e.step->rule, e.step->rule_nb, l), Tone::plain);
        }
        if (!e.note.empty()) {
            indented(c, note_in(e.note, e.note_nb, l), Tone::plain);
        }
        if (e.last_dated) {
            indented(c,
                     l.format(Msg::journey_last_dated,
                              fmt::arg("date", long_date(e.last_dated->day, l))),
                     Tone::dim);
        }
        const std::string label = l.format(
            Msg::journey_source, fmt::arg("confidence", confidence_title(e.confidence, l)));
        c.out << std::string(indent, ' ') << paint(label, Tone::dim, c.colour) << "\n";
        // A URL is never broken across lines: it overflows its own, so it can be clicked and
        // copied whole (issue 27).
        for (const auto& url : e.sources) {
            c.out << std::string(indent + 2, ' ') << paint(url, Tone::dim, c.colour) << "\n";
        }
    }
}

void render_next_step(const std::vector<Answer>& answers, const Profile& profile, Context& c) {
    const auto found = std::find_if(answers.begin(), answers.end(), [](const Answer& a) {
        return a.occurrence && a.milestone == Milestone::apply;
    });
    // An intake asked for by name whose deadline has closed: the steps after it are not the
    // applicant's any more, so no "Next:" of that cycle.
    if (found == answers.end() || (found->remaining && found->remaining->count() <= 0)) {
        return;
    }
    const auto entries = journey_for(found->level, found->group, found->occurrence->intake,
                                     found->programme, &profile, c);
    const JourneyEntry* next = next_after_deadline(entries);
    if (next == nullptr) {
        return;
    }
    const auto& l = c.lang;
    const std::string when = next->precision == StepPrecision::undated && !next->step->rule.empty()
                                 ? fmt::format("{}: {}", l.text(Msg::journey_undated),
                                               note_in(next->step->rule, next->step->rule_nb, l))
                                 : journey_when(*next, l);
    footnote(c,
             l.format(Msg::deadline_next_step, fmt::arg("step", journey_title(*next, l)),
                      fmt::arg("when", when)),
             Tone::plain);
}

} // namespace ntnu
