// SPDX-License-Identifier: MIT
#pragma once
// When deadlines close: next occurrences, remaining time and status, for a given `now`.

#include "catalog.hpp"
#include "time_text.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace ntnu {

// The default closing-soon window: status turns from open to closing_soon inside it.
inline constexpr std::chrono::seconds default_closing_soon{14 * 24 * 3600};

// The later date of a milestone that applies only where the home university is in some
// country sets.
struct HomeAlternative {
    std::string deadline_id;
    date::local_seconds local{};
    Instant closes{};
    std::vector<std::string> home_in; // country-set ids
};

// One closing instant of a deadline, for one intake.
struct Occurrence {
    std::string deadline_id;
    Milestone milestone = Milestone::apply;
    Intake intake;
    date::local_seconds local{}; // in the institution's zone
    Instant closes{};
    Confidence date_confidence = Confidence::confirmed;
    Confidence time_confidence = Confidence::confirmed;
    std::vector<std::string> sources;      // for the date
    std::vector<std::string> time_sources; // for the time of day, where they differ
    std::string note;                      // e.g. a one-year exception's reason
    std::string note_nb;
    std::string disputed_note; // another source gives a later date; the earlier is kept
    std::string disputed_note_nb;
    std::vector<std::string> disputed_sources;
    std::vector<std::string> published_sources; // the dated pages that publish the cycle
    // Each list above in full, with NTNU's words and the page's age (docs/data-sources.md).
    std::vector<Source> source_details;
    std::vector<Source> time_source_details;
    std::vector<Source> disputed_source_details;
    std::vector<Source> published_source_details;
    std::vector<std::string> home_in;      // the deadline's home-university condition, if any
    std::vector<std::string> home_outside; // (see YearlyDeadline)
    // The home university's country was not given, and this milestone closes later where the
    // home university is in these sets: the earlier date is the one shown (it is met either way).
    std::optional<HomeAlternative> if_home_in;
    Confidence intake_confidence = Confidence::confirmed; // a dated entry may infer its intake
    std::string offers;                                   // what a scheme offers; empty: not stated
    std::string offers_nb;
};

// A refugee's own group had no separate admission for the intake, so the answer is the
// regular deadline of the group the rest of the profile belongs to.
struct InsteadOf {
    Group group = Group::refugee; // the group that had no entry
    std::string reason;           // the data's note on that intake, if any
    std::string reason_nb;
    std::optional<Intake> intake; // the intake the reason is about
    // The group's own scheme is open too (temporary study places, not a programme): the
    // regular route comes first, the scheme's answers after it, marked `scheme`.
    bool scheme_open = false;
};

// What applies to one level and group (and milestone), at one instant.
struct Answer {
    Level level = Level::master;
    Group group = Group::non_eu;
    Milestone milestone = Milestone::apply;
    Status status = Status::none;
    std::optional<Intake> intake;
    std::optional<Occurrence> occurrence;          // empty for rolling and none
    std::optional<std::chrono::seconds> remaining; // closes - now; negative once closed
    std::optional<Occurrence> previous;            // the latest closed one, for context
    const Track* track = nullptr;                  // rolling and scheme tracks explain themselves
    std::string none_reason; // why there is no entry, when the data says (offered = false)
    std::string none_reason_nb;
    std::optional<Intake> none_intake;    // the intake that none_reason is about
    const Programme* programme = nullptr; // the programme asked about, if any
    bool closed_to_group = false;         // the programme does not take this group at all
    std::optional<InsteadOf> instead_of;  // set when `group` stands in for the applicant's own
    // The programme's intake is paused (status paused, no occurrence): NTNU takes no applicants.
    const PausedIntake* paused = nullptr;
    // An intake after the programme's last paused one: NTNU has not said whether the pause goes
    // on, so the general date is shown with its date assumed.
    const PausedIntake* after_pause = nullptr;
    // The group's separate scheme (a refugee's temporary study places), shown after the regular
    // route; `check` never decides on it.
    bool scheme = false;
};

struct Query {
    Level level = Level::master;
    Group group = Group::non_eu;
    Instant now{};
    std::optional<Intake> intake;         // a given intake, rather than the next open one
    const Programme* programme = nullptr; // its own deadlines replace the level's
    std::chrono::seconds closing_soon = default_closing_soon;
    std::optional<std::string> home_country; // exchange: where the home university is (alpha-2)
};

// Which deadlines are asked about: a level and group, and perhaps one programme.
struct Scope {
    Level level = Level::master;
    Group group = Group::non_eu;
    const Programme* programme = nullptr;
    // Exchange: the home university's country (alpha-2). Unknown: every deadline whatever its
    // home condition, and of two dates of one milestone the earlier (see Occurrence::if_home_in).
    std::optional<std::string> home_country = std::nullopt;
};

// Every milestone occurrence of one intake in a scope, in closing order. Without a home
// country, a milestone that two deadlines give by the home university's country keeps its
// earlier date, with the later one in if_home_in.
std::vector<Occurrence> occurrences_for_intake(const Catalog& catalog, const Scope& scope,
                                               const Intake& intake);

// The intake whose application deadline is the earliest one strictly after `now`.
std::optional<Intake> next_intake(const Catalog& catalog, const Scope& scope, Instant now);

// The answers for a query: one per deadline milestone (nominate, apply) of the chosen intake,
// or a single rolling/none answer when there is no dated deadline.
std::vector<Answer> answer(const Catalog& catalog, const Query& query);

// The status of a deadline closing at `closes`, seen at `now`. Closed at exactly `closes`.
Status status_at(Instant closes, Instant now, std::chrono::seconds closing_soon);

// How long after it closed a deadline is still worth mentioning beside the next one.
inline constexpr std::chrono::seconds recently_missed_window{60 * 24 * 3600};

// True when `previous`, a deadline that has closed, belongs to another intake than `shown` and
// closed less than recently_missed_window before `now`: the applicant has just missed it.
bool recently_missed(const Occurrence& previous, const Intake& shown, Instant now);

// What `ntnu check --within` finds for a profile's answers.
enum class Verdict { outside_window, within_window, closed, no_deadline, cannot_apply };

template <> struct EnumNames<Verdict> {
    static constexpr std::array<std::pair<Verdict, std::string_view>, 5> names{{
        {Verdict::outside_window, "outside_window"},
        {Verdict::within_window, "within_window"},
        {Verdict::closed, "closed"},
        {Verdict::no_deadline, "no_deadline"},
        {Verdict::cannot_apply, "cannot_apply"},
    }};
};

// cannot_apply when the programme is closed to the applicant's group or its intake is paused;
// else within the window when some deadline still open closes at most `within` from now; closed
// only when every dated deadline of the intake has closed, since a later milestone still lets
// the applicant act; no_deadline when none is dated. Scheme answers (Answer::scheme) are passed
// over: the regular route decides.
Verdict check_verdict(const std::vector<Answer>& answers, std::chrono::seconds within);

} // namespace ntnu
