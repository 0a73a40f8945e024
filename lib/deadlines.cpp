// SPDX-License-Identifier: MIT
#include "deadlines.hpp"

#include "group_resolution.hpp"

#include <algorithm>

namespace ntnu {
namespace {

template <typename T> bool contains(const std::vector<T>& values, const T& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

bool in_any_set(const Catalog& catalog, const std::vector<std::string>& sets,
                const std::string& alpha2) {
    return std::any_of(sets.begin(), sets.end(), [&](const std::string& set) {
        return in_country_set(catalog, set, alpha2);
    });
}

// A deadline kept for where the home university is: with the country known, the deadline's
// condition decides; unknown, every such deadline applies (occurrences_for_intake then keeps
// the earlier date of a milestone).
bool home_fits(const Catalog& catalog, const YearlyDeadline& d, const Scope& scope) {
    if (!scope.home_country) {
        return true;
    }
    if (!d.home_in.empty() && !in_any_set(catalog, d.home_in, *scope.home_country)) {
        return false;
    }
    return d.home_outside.empty() || !in_any_set(catalog, d.home_outside, *scope.home_country);
}

// A programme's own deadlines replace the level's general ones; others keep the general ones.
template <typename D> bool applies(const D& d, const Scope& scope) {
    if (!contains(d.levels, scope.level) || !contains(d.groups, scope.group)) {
        return false;
    }
    if (!d.programmes.empty()) {
        return scope.programme != nullptr && contains(d.programmes, scope.programme->id);
    }
    return scope.programme == nullptr || scope.programme->deadlines == DeadlineSource::general;
}

// The local instant resolved through the zone's rules for that very date. Where a local time is
// skipped or repeated (the loader refuses those), the earlier instant errs on the safe side.
Instant to_instant(const Catalog& catalog, date::local_seconds local) {
    return catalog.meta.zone->to_sys(local, date::choose::earliest);
}

Occurrence from_yearly(const Catalog& catalog, const YearlyDeadline& d, const Intake& intake) {
    Occurrence o;
    o.deadline_id = d.id;
    o.milestone = d.milestone;
    o.intake = intake;
    o.date_confidence = d.date_confidence;
    o.time_confidence = d.time_confidence;
    o.sources = d.sources;
    o.source_details = d.source_details;
    o.time_sources = d.time_sources;
    o.time_source_details = d.time_source_details;
    o.note = d.note;
    o.note_nb = d.note_nb;
    o.disputed_note = d.disputed_note;
    o.disputed_note_nb = d.disputed_note_nb;
    o.disputed_sources = d.disputed_sources;
    o.disputed_source_details = d.disputed_source_details;
    if (intake.year <= d.published_through) {
        o.published_sources = d.published_sources;
        o.published_source_details = d.published_source_details;
    }
    o.home_in = d.home_in;
    o.home_outside = d.home_outside;
    // A yearly rule says nothing certain about a cycle NTNU has not published yet.
    if (intake.year > d.published_through) {
        o.date_confidence = weakest(o.date_confidence, Confidence::projected);
    }
    auto day = d.closing_day;
    auto time = d.closing_time;
    for (const auto& ex : d.exceptions) {
        if (ex.intake_year == intake.year) {
            day = ex.closing_day;
            time = ex.closing_time;
            o.date_confidence = ex.provenance.confidence;
            o.sources = ex.provenance.sources;
            o.source_details = ex.provenance.source_details;
            // The exception's own note, in both languages: the rule's note no longer applies.
            o.note = ex.note;
            o.note_nb = ex.note_nb;
        }
    }
    const date::year closing_year{intake.year - d.intake_year_offset};
    o.local = date::local_seconds{date::local_days{closing_year / day}} + time;
    o.closes = to_instant(catalog, o.local);
    return o;
}

Occurrence from_dated(const Catalog& catalog, const DatedDeadline& d) {
    Occurrence o;
    o.deadline_id = d.id;
    o.milestone = d.milestone;
    o.intake = d.intake;
    o.date_confidence = d.date_confidence;
    o.time_confidence = d.time_confidence;
    o.sources = d.sources;
    o.source_details = d.source_details;
    o.note = d.note;
    o.note_nb = d.note_nb;
    o.intake_confidence = d.intake_confidence;
    o.offers = d.offers;
    o.offers_nb = d.offers_nb;
    o.local = *d.closes;
    o.closes = to_instant(catalog, o.local);
    return o;
}

// Intakes worth considering around `now`: yearly rules repeat, so a few years either side
// cover every deadline that can be next or just past.
std::vector<Intake> candidate_intakes(const Catalog& catalog, const Scope& scope, Instant now) {
    std::vector<Intake> out;
    const int year = static_cast<int>(date::year_month_day{date::floor<date::days>(now)}.year());
    for (const auto& d : catalog.yearly) {
        if (applies(d, scope)) {
            for (int y = year - 2; y <= year + 3; ++y) {
                out.push_back({d.semester, y});
            }
        }
    }
    for (const auto& d : catalog.dated) {
        if (applies(d, scope)) {
            out.push_back(d.intake);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// The milestone that decides which intake is next: the last one an applicant must meet.
std::optional<Occurrence> final_milestone(const std::vector<Occurrence>& occurrences) {
    std::optional<Occurrence> best;
    for (const auto& o : occurrences) {
        if (o.milestone != Milestone::opens && (!best || o.closes > best->closes)) {
            best = o;
        }
    }
    return best;
}

// Without the home university's country, a milestone two deadlines give by that country is met
// by the earlier date; the later one, which holds where the home university is in its sets, is
// kept beside it. `out` is in closing order.
void keep_earlier_by_home(std::vector<Occurrence>& out) {
    const auto by_home = [](const Occurrence& o) {
        return !o.home_in.empty() || !o.home_outside.empty();
    };
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (!by_home(out[i])) {
            continue;
        }
        for (std::size_t j = i + 1; j < out.size();) {
            if (by_home(out[j]) && out[j].milestone == out[i].milestone) {
                if (!out[j].home_in.empty() && !out[i].if_home_in) {
                    out[i].if_home_in = HomeAlternative{out[j].deadline_id, out[j].local,
                                                        out[j].closes, out[j].home_in};
                }
                out.erase(out.begin() + static_cast<std::ptrdiff_t>(j));
            } else {
                ++j;
            }
        }
    }
}

} // namespace

Status status_at(Instant closes, Instant now, std::chrono::seconds closing_soon) {
    const auto remaining = closes - now;
    if (remaining <= std::chrono::seconds{0}) {
        return Status::closed;
    }
    return remaining <= closing_soon ? Status::closing_soon : Status::open;
}

std::vector<Occurrence> occurrences_for_intake(const Catalog& catalog, const Scope& scope,
                                               const Intake& intake) {
    std::vector<Occurrence> out;
    for (const auto& d : catalog.yearly) {
        if (applies(d, scope) && d.semester == intake.semester && home_fits(catalog, d, scope)) {
            out.push_back(from_yearly(catalog, d, intake));
        }
    }
    for (const auto& d : catalog.dated) {
        if (applies(d, scope) && d.intake == intake && d.closes) {
            out.push_back(from_dated(catalog, d));
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Occurrence& a, const Occurrence& b) { return a.closes < b.closes; });
    if (!scope.home_country) {
        keep_earlier_by_home(out);
    }
    return out;
}

std::optional<Intake> next_intake(const Catalog& catalog, const Scope& scope, Instant now) {
    std::optional<Occurrence> best;
    for (const auto& intake : candidate_intakes(catalog, scope, now)) {
        const auto last = final_milestone(occurrences_for_intake(catalog, scope, intake));
        if (last && last->closes > now && (!best || last->closes < best->closes)) {
            best = last;
        }
    }
    return best ? std::optional{best->intake} : std::nullopt;
}

std::vector<Answer> answer(const Catalog& catalog, const Query& q) {
    Answer base;
    base.level = q.level;
    base.group = q.group;
    base.track = catalog.track(q.level, q.group);
    base.programme = q.programme;
    const Scope scope{q.level, q.group, q.programme, q.home_country};
    if (q.programme != nullptr && contains(q.programme->closed_to, q.group)) {
        base.closed_to_group = true;
        base.status = Status::none;
        base.intake = q.intake;
        return {base};
    }

    // The most recent deadline that has closed, so "closed yesterday" can be said.
    for (const auto& intake : candidate_intakes(catalog, scope, q.now)) {
        const auto last = final_milestone(occurrences_for_intake(catalog, scope, intake));
        if (last && last->closes <= q.now &&
            (!base.previous || last->closes > base.previous->closes)) {
            base.previous = last;
        }
    }

    const auto intake = q.intake ? q.intake : next_intake(catalog, scope, q.now);
    // A paused intake takes no applicants: no date is shown for it as though it were open.
    if (intake && q.programme != nullptr) {
        if (const auto* paused = q.programme->paused_intake(*intake)) {
            base.status = Status::paused;
            base.intake = intake;
            base.paused = paused;
            return {base};
        }
        if (const auto* last = q.programme->last_paused(); last && last->intake < *intake) {
            base.after_pause = last;
        }
    }
    std::vector<Answer> out;
    if (intake) {
        for (const auto& o : occurrences_for_intake(catalog, scope, *intake)) {
            if (o.milestone == Milestone::opens) {
                continue;
            }
            Answer a = base;
            a.milestone = o.milestone;
            a.intake = o.intake;
            a.remaining = o.closes - q.now;
            a.status = status_at(o.closes, q.now, q.closing_soon);
            a.occurrence = o;
            if (a.after_pause != nullptr) {
                a.occurrence->date_confidence =
                    weakest(a.occurrence->date_confidence, Confidence::assumed);
            }
            out.push_back(std::move(a));
        }
    }
    if (!out.empty()) {
        return out;
    }
    Answer a = base;
    a.intake = q.intake;
    a.status =
        base.track && base.track->kind == TrackKind::rolling ? Status::rolling : Status::none;
    // An intake the data records as not offered explains the silence: the asked-for one, or
    // else the latest one after the last deadline that closed.
    for (const auto& d : catalog.dated) {
        if (!applies(d, scope) || d.closes) {
            continue;
        }
        const bool asked = intake && d.intake == *intake;
        const bool later = !intake && (!base.previous || d.intake > base.previous->intake) &&
                           (!a.none_intake || d.intake > *a.none_intake);
        if (asked || later) {
            a.none_reason = d.note;
            a.none_reason_nb = d.note_nb;
            a.none_intake = d.intake;
        }
    }
    out.push_back(std::move(a));
    return out;
}

bool recently_missed(const Occurrence& previous, const Intake& shown, Instant now) {
    // Only beside the intake that follows it: autumn 2030, asked for by name, is no second
    // chance for the missed autumn 2027.
    return previous.intake != shown && shown.year - previous.intake.year <= 1 &&
           now - previous.closes < recently_missed_window;
}

Verdict check_verdict(const std::vector<Answer>& answers, std::chrono::seconds within) {
    if (std::any_of(answers.begin(), answers.end(), [](const Answer& a) {
            return a.closed_to_group || a.status == Status::paused;
        })) {
        return Verdict::cannot_apply;
    }
    bool any_dated = false;
    bool any_open = false;
    bool any_within = false;
    for (const auto& a : answers) {
        if (!a.remaining || a.scheme) {
            continue;
        }
        any_dated = true;
        if (a.remaining->count() > 0) {
            any_open = true;
            any_within = any_within || *a.remaining <= within;
        }
    }
    if (!any_dated) {
        return Verdict::no_deadline;
    }
    if (!any_open) {
        return Verdict::closed;
    }
    return any_within ? Verdict::within_window : Verdict::outside_window;
}

} // namespace ntnu
