// SPDX-License-Identifier: MIT
#pragma once
// The admission data, as loaded from TOML: country sets, group rules, tracks and deadlines.
//
// Each struct lists its fields once, by name, in a static `fields(self, f)`, which calls
// f("name", self.name) for each, const or not as `self` is. Code that treats every field alike
// walks that list instead of naming the fields again (tools/precompile_catalog.cpp writes the
// built-in data with it). A new field goes into its struct, that list and the parser.

#include "intake.hpp"
#include "types.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace ntnu {

// One source of a fact, as docs/data-sources.md describes it: the page, NTNU's own words on it
// that state the fact, and how old the page is. A source written as a URL alone has neither.
struct Source {
    std::string url;
    std::string quote; // verbatim, in the page's language; empty: none given
    std::string as_of; // "undated", "2023" or "2026-11-26"; empty: not given

    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("url", self.url);
        f("quote", self.quote);
        f("as_of", self.as_of);
    }

    friend bool operator==(const Source&, const Source&) = default;
};

// Where a fact comes from and how sure it is.
struct Provenance {
    Confidence confidence = Confidence::confirmed;
    // The URLs alone, which most readers want, and beside them each source in full (the same
    // sources in the same order), so the code that reads URLs did not have to change.
    std::vector<std::string> sources;
    std::vector<Source> source_details;
    std::optional<date::year_month_day> checked; // the day the record was last read; none: never

    // Every field, once: see the top of this file.
    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("confidence", self.confidence);
        f("sources", self.sources);
        f("source_details", self.source_details);
        f("checked", self.checked);
    }

    friend bool operator==(const Provenance&, const Provenance&) = default;
};

struct Meta {
    std::string institution;
    std::string zone_name;
    const date::time_zone* zone = nullptr; // the institution's zone: closing times are local to it
    std::string data_version;
    date::year_month_day last_checked{};

    // Every field but `zone`, a pointer into the tz database that is looked up by zone_name
    // where it is needed.
    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("institution", self.institution);
        f("zone_name", self.zone_name);
        f("data_version", self.data_version);
        f("last_checked", self.last_checked);
    }

    friend bool operator==(const Meta&, const Meta&) = default;
};

// A named set of countries, such as the EU or the Nordic countries, by alpha-2 code.
struct CountrySet {
    std::string id;
    std::string name; // "the Nordic countries", as a reason names it
    std::string name_nb;
    std::vector<std::string> countries;
    Provenance provenance;

    // Every field, once: see the top of this file.
    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("id", self.id);
        f("name", self.name);
        f("name_nb", self.name_nb);
        f("countries", self.countries);
        f("provenance", self.provenance);
    }

    friend bool operator==(const CountrySet&, const CountrySet&) = default;
};

// One group rule: at the levels it serves, an applicant for whom `condition` holds belongs to
// `group`. The rules of a level are tried in file order; the first that holds decides.
struct GroupRule {
    std::string id;
    std::vector<Level> levels;
    Group group = Group::non_eu;
    RuleCondition condition = RuleCondition::otherwise;
    std::vector<std::string> country_sets; // the sets degree-from and citizen-of test
    std::string quote;
    std::string note; // a condition the tool cannot check, such as a visa requirement
    std::string note_nb;
    Provenance provenance;

    // Every field, once: see the top of this file.
    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("id", self.id);
        f("levels", self.levels);
        f("group", self.group);
        f("condition", self.condition);
        f("country_sets", self.country_sets);
        f("quote", self.quote);
        f("note", self.note);
        f("note_nb", self.note_nb);
        f("provenance", self.provenance);
    }

    friend bool operator==(const GroupRule&, const GroupRule&) = default;
};

// The citizenship that the people of a territory hold: a territory code is not a citizenship.
struct TerritoryCitizenship {
    std::vector<std::string> territories; // alpha-2 codes
    std::string citizenship;              // alpha-2 code of the sovereign state
    std::string note;
    std::string note_nb;
    Provenance provenance;

    // Every field, once: see the top of this file.
    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("territories", self.territories);
        f("citizenship", self.citizenship);
        f("note", self.note);
        f("note_nb", self.note_nb);
        f("provenance", self.provenance);
    }

    friend bool operator==(const TerritoryCitizenship&, const TerritoryCitizenship&) = default;
};

enum class TrackKind { fixed, rolling, scheme };

// What kind of deadline a level has for a group, and where applicants read more.
struct Track {
    Level level = Level::master;
    Group group = Group::non_eu;
    TrackKind kind = TrackKind::fixed;
    std::string url;
    std::string note;
    std::string note_nb;
    Provenance provenance;

    // Every field, once: see the top of this file.
    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("level", self.level);
        f("group", self.group);
        f("kind", self.kind);
        f("url", self.url);
        f("note", self.note);
        f("note_nb", self.note_nb);
        f("provenance", self.provenance);
    }

    friend bool operator==(const Track&, const Track&) = default;
};

enum class ProgrammeKind { regular, joint_nordic, erasmus_mundus, joint };
// The language a programme is taught in, where a quote states it (data: `language`).
enum class TeachingLanguage { unconfirmed, english, norwegian };

// An intake NTNU paused: no admission to the programme for it (data: [[programme.paused]]).
struct PausedIntake {
    Intake intake;
    std::vector<std::string> sources; // URLs, as Provenance keeps them
    std::vector<Source> source_details;
    std::optional<date::year_month_day> checked;

    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("intake", self.intake);
        f("sources", self.sources);
        f("source_details", self.source_details);
        f("checked", self.checked);
    }

    friend bool operator==(const PausedIntake&, const PausedIntake&) = default;
};
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
    std::string requirement; // an admission condition the tool cannot check, such as a language
    std::string requirement_nb;
    std::string note;
    std::string note_nb;
    Provenance provenance;
    int source_year = 0; // the year of the newest source that shows it offered; 0: unknown
    TeachingLanguage language = TeachingLanguage::unconfirmed;
    std::vector<PausedIntake> paused; // in intake order
    // The month its studies start, where its page says ("Study start in September only"): it
    // wins over the level's semester start. 0: the level's.
    unsigned start_month = 0;

    // Every field, once: see the top of this file.
    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("id", self.id);
        f("name", self.name);
        f("level", self.level);
        f("campuses", self.campuses);
        f("duration_years", self.duration_years);
        f("kind", self.kind);
        f("url", self.url);
        f("closed_to", self.closed_to);
        f("deadlines", self.deadlines);
        f("requirement", self.requirement);
        f("requirement_nb", self.requirement_nb);
        f("note", self.note);
        f("note_nb", self.note_nb);
        f("provenance", self.provenance);
        f("source_year", self.source_year);
        f("language", self.language);
        f("paused", self.paused);
        f("start_month", self.start_month);
    }

    // The paused intake of this programme for `intake`, or nullptr.
    const PausedIntake* paused_intake(const Intake& intake) const;
    // The last intake NTNU paused, or nullptr when none is.
    const PausedIntake* last_paused() const;

    friend bool operator==(const Programme&, const Programme&) = default;
};

// A one-year change to a yearly deadline, for the intake of that year.
struct DeadlineException {
    int intake_year = 0;
    date::month_day closing_day{};
    std::chrono::minutes closing_time{};
    std::string note;
    std::string note_nb;
    Provenance provenance;

    // Every field, once: see the top of this file.
    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("intake_year", self.intake_year);
        f("closing_day", self.closing_day);
        f("closing_time", self.closing_time);
        f("note", self.note);
        f("note_nb", self.note_nb);
        f("provenance", self.provenance);
    }

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
    std::vector<std::string> sources; // URLs; each *_details beside a list holds it in full
    std::vector<Source> source_details;
    std::vector<std::string> time_sources;
    std::vector<Source> time_source_details;
    std::string note;
    std::string note_nb;
    std::vector<DeadlineException> exceptions;
    // The last intake year whose date NTNU has published; later ones are projected. 0: none.
    int published_through = 0;
    // The dated sources that publish it: they name or date that cycle.
    std::vector<std::string> published_sources;
    std::vector<Source> published_source_details;
    // Where another source gives a later date for the same deadline: the earlier one is kept.
    std::string disputed_note;
    std::string disputed_note_nb;
    std::vector<std::string> disputed_sources;
    std::vector<Source> disputed_source_details;
    std::optional<date::year_month_day> checked;
    // Where the home university must be (exchange: it nominates its students): in one of the
    // `home_in` country sets, or outside all of the `home_outside` ones; both empty: anywhere.
    std::vector<std::string> home_in;
    std::vector<std::string> home_outside;

    // Every field, once: see the top of this file.
    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("id", self.id);
        f("levels", self.levels);
        f("groups", self.groups);
        f("programmes", self.programmes);
        f("milestone", self.milestone);
        f("closing_day", self.closing_day);
        f("closing_time", self.closing_time);
        f("semester", self.semester);
        f("intake_year_offset", self.intake_year_offset);
        f("date_confidence", self.date_confidence);
        f("time_confidence", self.time_confidence);
        f("sources", self.sources);
        f("source_details", self.source_details);
        f("time_sources", self.time_sources);
        f("time_source_details", self.time_source_details);
        f("note", self.note);
        f("note_nb", self.note_nb);
        f("exceptions", self.exceptions);
        f("published_through", self.published_through);
        f("published_sources", self.published_sources);
        f("published_source_details", self.published_source_details);
        f("disputed_note", self.disputed_note);
        f("disputed_note_nb", self.disputed_note_nb);
        f("disputed_sources", self.disputed_sources);
        f("disputed_source_details", self.disputed_source_details);
        f("checked", self.checked);
        f("home_in", self.home_in);
        f("home_outside", self.home_outside);
    }

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
    // How sure the intake is: a page may date a deadline without naming the intake it is for.
    Confidence intake_confidence = Confidence::confirmed;
    std::vector<std::string> sources;
    std::vector<Source> source_details;
    std::string note;
    std::string note_nb;
    std::optional<date::year_month_day> checked;
    // What a scheme offers (single courses, language courses…); empty: the page does not say.
    std::string offers;
    std::string offers_nb;

    // Every field, once: see the top of this file.
    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("id", self.id);
        f("levels", self.levels);
        f("groups", self.groups);
        f("programmes", self.programmes);
        f("milestone", self.milestone);
        f("intake", self.intake);
        f("closes", self.closes);
        f("date_confidence", self.date_confidence);
        f("time_confidence", self.time_confidence);
        f("intake_confidence", self.intake_confidence);
        f("sources", self.sources);
        f("source_details", self.source_details);
        f("note", self.note);
        f("note_nb", self.note_nb);
        f("checked", self.checked);
        f("offers", self.offers);
        f("offers_nb", self.offers_nb);
    }

    friend bool operator==(const DatedDeadline&, const DatedDeadline&) = default;
};

// Who a journey step is for, beyond its levels and groups (data: [[step]] `for`). The domain
// rules behind each are in journey.hpp.
enum class StepAudience { everyone, tuition_payers, fee_exemption_applicants, permit_seekers };

template <> struct EnumNames<StepAudience> {
    static constexpr std::array<std::pair<StepAudience, std::string_view>, 4> names{{
        {StepAudience::everyone, "everyone"},
        {StepAudience::tuition_payers, "tuition-payers"},
        {StepAudience::fee_exemption_applicants, "fee-exemption-applicants"},
        {StepAudience::permit_seekers, "permit-seekers"},
    }};
};

// A journey step's date for one named intake year: dates of later steps change from year to year.
struct StepDate {
    int intake_year = 0;
    date::year_month_day day{};
    std::string note;
    std::string note_nb;
    Provenance provenance;

    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("intake_year", self.intake_year);
        f("day", self.day);
        f("note", self.note);
        f("note_nb", self.note_nb);
        f("provenance", self.provenance);
    }

    friend bool operator==(const StepDate&, const StepDate&) = default;
};

// A step of the applicant's journey after the application: documents, results, the reply,
// the tuition fee, the residence permit, housing, arrival, the semester start. Dated by a
// yearly day (`month` and `day`), a month only, or one dated entry per intake year; a step no
// source dates has none of them and is shown as undated, with its source.
struct JourneyStep {
    std::string id;
    std::vector<Level> levels;
    std::vector<Group> groups;
    std::vector<Semester> semesters; // the intakes it belongs to
    StepAudience audience = StepAudience::everyone;
    bool at_deadline = false; // due with the application deadline itself, not after it
    std::string title;
    std::string title_nb;
    std::string rule; // when it happens, in words, where no date is given
    std::string rule_nb;
    unsigned month = 0;        // 0: no yearly month
    unsigned day = 0;          // 0: the month only
    int published_through = 0; // the last intake year whose yearly day a source dates
    std::vector<std::string> published_sources; // the sources that date it
    std::vector<Source> published_source_details;
    int first_intake_year = 0; // the step began with this intake (tuition fees: 2023); 0: always
    std::vector<StepDate> dated;
    Provenance provenance;

    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("id", self.id);
        f("levels", self.levels);
        f("groups", self.groups);
        f("semesters", self.semesters);
        f("audience", self.audience);
        f("at_deadline", self.at_deadline);
        f("title", self.title);
        f("title_nb", self.title_nb);
        f("rule", self.rule);
        f("rule_nb", self.rule_nb);
        f("month", self.month);
        f("day", self.day);
        f("published_through", self.published_through);
        f("published_sources", self.published_sources);
        f("published_source_details", self.published_source_details);
        f("first_intake_year", self.first_intake_year);
        f("dated", self.dated);
        f("provenance", self.provenance);
    }

    friend bool operator==(const JourneyStep&, const JourneyStep&) = default;
};

// An English test NTNU accepts (data: [[english_test]]): what `--english-test` takes.
struct EnglishTest {
    std::string id;      // "toefl": the name to type
    std::string name;    // "TOEFL iBT", as the page names it
    std::string minimum; // the minimum score as the page states it ("90"); empty: none stated
    int valid_years = 0; // how long a result counts, from the day it was taken; 0: no expiry
    Provenance provenance;

    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("id", self.id);
        f("name", self.name);
        f("minimum", self.minimum);
        f("valid_years", self.valid_years);
        f("provenance", self.provenance);
    }

    friend bool operator==(const EnglishTest&, const EnglishTest&) = default;
};

// What an applicant must have ready, per requirement (lib/requirements.hpp has the rules).
enum class RequirementStatus { required, check_programme, exempt, not_applicable };

template <> struct EnumNames<RequirementStatus> {
    static constexpr std::array<std::pair<RequirementStatus, std::string_view>, 4> names{{
        {RequirementStatus::required, "required"},
        {RequirementStatus::check_programme, "check_programme"},
        {RequirementStatus::exempt, "exempt"},
        {RequirementStatus::not_applicable, "not_applicable"},
    }};
};

// When a [[requirement]] record holds for an applicant (data: `when`); the domain rules behind
// each are in lib/requirements.cpp. The records of one requirement are tried in file order, the
// first that holds decides, as group rules do.
enum class RequirementWhen {
    always,
    programme_own_rules, // an Erasmus Mundus or Joint Nordic programme: its own site decides
    school_in_set,       // upper secondary school finished in a country of `country_set`
    eu_eea_exchange,     // an exchange student of the EU/EEA group
    degree_in_set,       // the degree country is in the record's `country_set`
    degree_in,           // the degree country is one of the record's `countries`
    degree_unknown,      // the profile does not say where the degree is from
    pays_tuition,        // lib/journey.hpp's pays_tuition: yes
    may_pay_tuition,     // pays_tuition: maybe (the profile does not say enough)
    fee_exemption,       // applies_for_fee_exemption: yes
    needs_permit,        // needs_permit: yes
    may_need_permit,     // needs_permit: maybe
};

template <> struct EnumNames<RequirementWhen> {
    static constexpr std::array<std::pair<RequirementWhen, std::string_view>, 12> names{{
        {RequirementWhen::always, "always"},
        {RequirementWhen::programme_own_rules, "programme-own-rules"},
        {RequirementWhen::school_in_set, "school-in-set"},
        {RequirementWhen::eu_eea_exchange, "eu-eea-exchange"},
        {RequirementWhen::degree_in_set, "degree-in-set"},
        {RequirementWhen::degree_in, "degree-in"},
        {RequirementWhen::degree_unknown, "degree-unknown"},
        {RequirementWhen::pays_tuition, "pays-tuition"},
        {RequirementWhen::may_pay_tuition, "may-pay-tuition"},
        {RequirementWhen::fee_exemption, "fee-exemption"},
        {RequirementWhen::needs_permit, "needs-permit"},
        {RequirementWhen::may_need_permit, "may-need-permit"},
    }};
};

// One rule of one requirement (data: [[requirement]]): at its levels, when `when` holds, the
// requirement has this status and summary. Every record has a source and a confidence.
struct Requirement {
    std::string id;          // the record's own id, unique in the file
    std::string requirement; // the stable id shown: english, norwegian, documents, …
    std::vector<Level> levels;
    RequirementWhen when = RequirementWhen::always;
    RequirementStatus status = RequirementStatus::required;
    std::string country_set;             // degree-in-set, school-in-set
    std::vector<std::string> countries;  // degree-in (alpha-2)
    std::vector<std::string> programmes; // only for these programmes (ids); empty: any
    std::vector<Group> groups;           // only for these groups; empty: any
    std::string step; // a [[step]] whose title, rule and sources this record takes as its own
    bool due_at_deadline = false; // due with the application deadline itself
    Confidence due_confidence = Confidence::confirmed;
    bool english_tests = false; // lists the [[english_test]]s, and checks --english-test
    std::string summary;
    std::string summary_nb;
    std::string note; // why it applies, or what the applicant must know beside it
    std::string note_nb;
    // An older page gave later dates: the earlier date is kept, the older named as history.
    std::string disputed_note;
    std::string disputed_note_nb;
    std::vector<std::string> disputed_sources;
    std::vector<Source> disputed_source_details;
    Provenance provenance;

    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("id", self.id);
        f("requirement", self.requirement);
        f("levels", self.levels);
        f("when", self.when);
        f("status", self.status);
        f("country_set", self.country_set);
        f("countries", self.countries);
        f("programmes", self.programmes);
        f("groups", self.groups);
        f("step", self.step);
        f("due_at_deadline", self.due_at_deadline);
        f("due_confidence", self.due_confidence);
        f("english_tests", self.english_tests);
        f("summary", self.summary);
        f("summary_nb", self.summary_nb);
        f("note", self.note);
        f("note_nb", self.note_nb);
        f("disputed_note", self.disputed_note);
        f("disputed_note_nb", self.disputed_note_nb);
        f("disputed_sources", self.disputed_sources);
        f("disputed_source_details", self.disputed_source_details);
        f("provenance", self.provenance);
    }

    friend bool operator==(const Requirement&, const Requirement&) = default;
};

// True when the newest source showing the programme offered is over three years older than the
// data's last check: it may have changed or closed since.
bool programme_source_is_old(const Programme& programme, const Meta& meta);

// True when the data was last checked more than a year before `now`: its dates may be old.
bool data_is_stale(const Meta& meta, date::sys_seconds now);

struct Catalog {
    Meta meta;
    std::vector<CountrySet> country_sets;
    std::vector<GroupRule> rules;
    std::vector<TerritoryCitizenship> territories;
    std::vector<Track> tracks;
    std::vector<YearlyDeadline> yearly;
    std::vector<DatedDeadline> dated;
    std::vector<Programme> programmes;
    std::vector<JourneyStep> steps; // in journey order
    std::vector<EnglishTest> english_tests;
    std::vector<Requirement> requirements; // in file order: the order their rules are tried

    // Every section, once.
    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("meta", self.meta);
        f("country_sets", self.country_sets);
        f("rules", self.rules);
        f("territories", self.territories);
        f("tracks", self.tracks);
        f("yearly", self.yearly);
        f("dated", self.dated);
        f("programmes", self.programmes);
        f("steps", self.steps);
        f("english_tests", self.english_tests);
        f("requirements", self.requirements);
    }

    // The country set with this id, or nullptr.
    const CountrySet* country_set(std::string_view id) const;
    // The group rule with this id, or nullptr.
    const GroupRule* rule(std::string_view id) const;
    // The rules of a level, in the order they are tried.
    std::vector<const GroupRule*> rules_for(Level level) const;
    // The groups a level's rules can give, in the order of the Group enumeration.
    std::vector<Group> groups_of(Level level) const;
    // The citizenship held by people of a territory, or nullptr when the code is a state's own.
    const TerritoryCitizenship* territory(std::string_view alpha2) const;
    // The track of a level for a group, or nullptr when the data names none.
    const Track* track(Level level, Group group) const;
    // The programme with this id (any letter case), or nullptr.
    const Programme* programme(std::string_view id) const;

    // Field by field: the build-time copy of the data must equal a fresh parse.
    friend bool operator==(const Catalog&, const Catalog&) = default;
};

} // namespace ntnu
