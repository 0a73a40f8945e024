// SPDX-License-Identifier: MIT
#include "render_check.hpp"

#include "render_deadline.hpp"
#include "render_time.hpp"
#include "style.hpp"
#include "wording.hpp"

#include <fmt/format.h>

#include <ostream>

namespace ntnu {
namespace {

std::string verdict_line(Verdict verdict, const Answer& a, std::string_view within_text,
                         const Context& c) {
    using fmt::arg;
    const auto& l = c.lang;
    const std::string group = group_title(a.group, l);
    if (a.closed_to_group) {
        return l.format(Msg::check_not_open, arg("programme", a.programme->name),
                        arg("group", group));
    }
    if (a.paused != nullptr) {
        return l.format(Msg::check_paused, arg("programme", a.programme->name),
                        arg("intake", intake_title(a.paused->intake, l)));
    }
    if (!a.occurrence && a.programme != nullptr && a.programme->deadlines == DeadlineSource::own) {
        return l.format(Msg::check_own_no_date, arg("programme", a.programme->name),
                        arg("url", a.programme->url));
    }
    if (!a.occurrence) {
        return l.format(Msg::check_no_entry, arg("milestone", milestone_title(a.milestone, l)),
                        arg("group", group));
    }
    const auto& oslo = *c.catalog.meta.zone;
    const std::string when = fmt::format("{} {}", short_datetime(a.occurrence->closes, oslo, l),
                                         zone_abbreviation(a.occurrence->closes, oslo));
    const std::string milestone_text = milestone_title(a.milestone, l);
    const std::string intake_text = intake_title(a.occurrence->intake, l);
    // fmt::arg keeps a reference: the texts above must outlive these.
    const auto milestone = arg("milestone", milestone_text);
    const auto intake = arg("intake", intake_text);
    switch (verdict) {
    case Verdict::closed:
        return l.format(Msg::check_closed, arg("group", group), milestone, intake,
                        arg("ago", closed_ago(-*a.remaining, l)), arg("when", when));
    case Verdict::within_window:
    case Verdict::outside_window: {
        std::string line = l.format(
            verdict == Verdict::within_window ? Msg::check_within : Msg::check_outside,
            arg("group", group), milestone, intake, arg("left", long_duration(*a.remaining, l)),
            arg("when", when), arg("window", within_text));
        // Just after a deadline closed, the next one is a year away: say the one missed, as
        // `deadline` does, or "outside window" reads as if there were plenty of time.
        if (a.previous && recently_missed(*a.previous, a.occurrence->intake, c.now)) {
            line += l.format(
                Msg::check_missed, arg("intake", intake_title(a.previous->intake, l)),
                arg("ago", closed_ago(c.now - a.previous->closes, l)),
                arg("when", fmt::format("{} {}", short_datetime(a.previous->closes, oslo, l),
                                        zone_abbreviation(a.previous->closes, oslo))));
        }
        return line;
    }
    case Verdict::no_deadline:
    case Verdict::cannot_apply: break;
    }
    return "";
}

} // namespace

void render_verdict(Verdict verdict, const std::vector<Answer>& answers,
                    std::string_view within_text, Context& context) {
    // The answer that decided: the soonest still open, else the last to have closed.
    const Answer* decisive = &answers.front();
    for (const auto& a : answers) {
        if (a.scheme) {
            continue; // a group's separate scheme comes second: the regular route decides
        }
        if (a.remaining && a.remaining->count() > 0) {
            decisive = &a;
            break;
        }
        decisive = &a;
    }
    const Tone tone = verdict == Verdict::within_window ? Tone::warn
                      : verdict == Verdict::closed || verdict == Verdict::cannot_apply
                          ? Tone::bad
                          : Tone::plain;
    context.out << paint(verdict_line(verdict, *decisive, within_text, context), tone,
                         context.colour)
                << '\n';
    // The line names a closing date: old data warns here as under --format.
    warn_if_stale(context);
}

} // namespace ntnu
