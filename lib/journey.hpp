// SPDX-License-Identifier: MIT
#pragma once
// The applicant's journey after the application: which steps of the data apply to a profile
// (the tuition fee and the residence permit follow the applicant's own citizenship and status,
// not only the group), and each step's date for one intake, where a source gives one.

#include "catalog.hpp"
#include "group_resolution.hpp"
#include "intake.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace ntnu {

// Whether a step with an audience concerns the applicant: `maybe` when the profile does not
// say enough (a Nordic degree without a citizenship, say).
enum class Concerns { no, yes, maybe };

// Who pays NTNU's tuition fee (facts §3): citizens outside the EU/EEA and Switzerland, except
// exchange students, PhD candidates, Erasmus Mundus and Joint Nordic programmes, and refugees
// with protection (who apply for an exemption once admitted). Follows the applicant's own
// citizenship and refugee status, whatever group their deadline came from.
Concerns pays_tuition(const Catalog& catalog, const Profile& profile, Level level, Group group,
                      const Programme* programme);

// Who applies for a fee exemption once admitted: a non-EU/EEA refugee with protection.
Concerns applies_for_fee_exemption(const Catalog& catalog, const Profile& profile, Level level,
                                   Group group, const Programme* programme);

// Who needs a residence (study) permit: not citizens of the EU/EEA or Switzerland, not
// refugees with protection, not holders of a Norwegian ID number (already resident).
Concerns needs_permit(const Catalog& catalog, const Profile& profile, Level level, Group group);

enum class StepPrecision { day, month, undated };

// One step of the journey for one intake.
struct JourneyEntry {
    const JourneyStep* step = nullptr;
    StepPrecision precision = StepPrecision::undated;
    date::year_month_day day{}; // precision day
    date::year_month month{};   // precision day or month
    Confidence confidence = Confidence::confirmed;
    std::vector<std::string> sources;
    std::vector<Source> source_details; // the same sources, with NTNU's words and their age
    std::string note;                   // the dated entry's note, if any
    std::string note_nb;
    std::optional<StepDate> last_dated; // undated now: the newest earlier year a source dates
    Concerns concerns = Concerns::yes;  // maybe: depends on what the profile does not say
    bool past = false;                  // the day (or month) is over at `now`, in Oslo
};

struct JourneyQuery {
    Level level = Level::master;
    Group group = Group::non_eu;
    Intake intake;
    const Programme* programme = nullptr;
    const Profile* profile = nullptr; // nullptr: nothing known beyond the group
    date::sys_seconds now{};
};

// The steps of the data for the query's level, group and intake, in the data's order, with
// their dates. A step whose audience the profile is not part of is left out. A programme with
// its own start month (Programme::start_month) starts the semester in that month.
std::vector<JourneyEntry> journey(const Catalog& catalog, const JourneyQuery& query);

// Whether the step starts the semester: the data names such steps "semester-start-…", and
// they end the journey (the timeline draws them as the semester's month, not as a step).
bool starts_semester(const JourneyStep& step);

// The first entry after the application deadline itself: what comes next.
const JourneyEntry* next_after_deadline(const std::vector<JourneyEntry>& entries);

} // namespace ntnu
