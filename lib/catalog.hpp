#pragma once
// The admission data, as loaded from TOML: country sets, group rules, tracks and deadlines.

#include "intake.hpp"
#include "types.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace ntnu {

// Where a fact comes from and how sure it is.
struct Provenance {
    Confidence confidence = Confidence::confirmed;
    std::vector<std::string> sources; // URLs

    friend bool operator==(const Provenance&, const Provenance&) = default;
};

struct Meta {
    std::string institution;
    std::string zone_name;
    const date::time_zone* zone = nullptr; // the institution's zone: closing times are local to it
    std::string data_version;
    date::year_month_day last_checked{};

    friend bool operator==(const Meta&, const Meta&) = default;
};

// A named set of countries, such as the EU or the Nordic countries, by alpha-2 code.
struct CountrySet {
    std::string id;
    std::vector<std::string> countries;
    Provenance provenance;

    friend bool operator==(const CountrySet&, const CountrySet&) = default;
};

// The facts behind one group rule; the rule's logic lives in group_resolution.
struct GroupRuleFact {
    std::string id;
    Group group = Group::non_eu;
    std::string quote;
    Provenance provenance;

    friend bool operator==(const GroupRuleFact&, const GroupRuleFact&) = default;
};

enum class TrackKind { fixed, rolling, scheme };

// What kind of deadline a level has for a group, and where applicants read more.
struct Track {
    Level level = Level::master;
    Group group = Group::non_eu;
    TrackKind kind = TrackKind::fixed;
    std::string url;
    std::string note;
    Provenance provenance;

    friend bool operator==(const Track&, const Track&) = default;
};

enum class ProgrammeKind { regular, joint_nordic, erasmus_mundus, joint };
enum class DeadlineSource { general, own }; // the level's deadlines, or the programme's own

// A study programme of the catalogue. Fields NTNU does not confirm are left empty.
struct Programme {
    std::string id; // the ntnu.edu URL name, such as "mixd"
    std::string name;
    Level level = Level::master;
    std::vector<Campus> campuses;      // empty: not confirmed
    std::optional<int> duration_years; // empty: not confirmed
    ProgrammeKind kind = ProgrammeKind::regular;
    std::string url;
    std::vector<Group> closed_to; // groups that may not apply
    DeadlineSource deadlines = DeadlineSource::general;
    std::string note;
    Provenance provenance;

    friend bool operator==(const Programme&, const Programme&) = default;
};

// A one-year change to a yearly deadline, for the intake of that year.
struct DeadlineException {
    int intake_year = 0;
    date::month_day closing_day{};
    std::chrono::minutes closing_time{};
    std::string note;
    Provenance provenance;

    friend bool operator==(const DeadlineException&, const DeadlineException&) = default;
};

// A deadline that recurs every year on the same local date and time.
struct YearlyDeadline {
    std::string id;
    std::vector<Level> levels;
    std::vector<Group> groups;
    std::vector<std::string> programmes; // empty: the level's general deadline
    Milestone milestone = Milestone::apply;
    date::month_day closing_day{};
    std::chrono::minutes closing_time{}; // since local midnight, in the institution's zone
    Semester semester = Semester::autumn;
    int intake_year_offset = 0; // intake year = closing year + offset
    Confidence date_confidence = Confidence::confirmed;
    Confidence time_confidence = Confidence::confirmed;
    std::vector<std::string> sources;
    std::vector<std::string> time_sources;
    std::string note;
    std::vector<DeadlineException> exceptions;

    friend bool operator==(const YearlyDeadline&, const YearlyDeadline&) = default;
};

// A one-off deadline for a single intake, or the record that an intake had no admission.
struct DatedDeadline {
    std::string id;
    std::vector<Level> levels;
    std::vector<Group> groups;
    std::vector<std::string> programmes; // empty: the level's general deadline
    Milestone milestone = Milestone::apply;
    Intake intake;
    std::optional<date::local_seconds> closes; // nullopt: no admission for that intake
    Confidence date_confidence = Confidence::confirmed;
    Confidence time_confidence = Confidence::confirmed;
    std::vector<std::string> sources;
    std::string note;

    friend bool operator==(const DatedDeadline&, const DatedDeadline&) = default;
};

// True when the data was last checked more than a year before `now`: its dates may be old.
bool data_is_stale(const Meta& meta, date::sys_seconds now);

struct Catalog {
    Meta meta;
    std::vector<CountrySet> country_sets;
    std::vector<GroupRuleFact> rules;
    std::vector<Track> tracks;
    std::vector<YearlyDeadline> yearly;
    std::vector<DatedDeadline> dated;
    std::vector<Programme> programmes;

    // The country set with this id, or nullptr.
    const CountrySet* country_set(std::string_view id) const;
    // The facts of the group rule with this id, or nullptr.
    const GroupRuleFact* rule(std::string_view id) const;
    // The track of a level for a group, or nullptr when the data names none.
    const Track* track(Level level, Group group) const;
    // The programme with this id (any letter case), or nullptr.
    const Programme* programme(std::string_view id) const;

    // Field by field: the build-time copy of the data must equal a fresh parse.
    friend bool operator==(const Catalog&, const Catalog&) = default;
};

} // namespace ntnu
