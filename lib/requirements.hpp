// SPDX-License-Identifier: MIT
#pragma once
// What an applicant must have ready, and by when (facts §10): the data's [[requirement]]
// records, tried per requirement in file order for one profile, with the date each is due on
// the application deadline the profile gets, and the last day an English test counts.

#include "catalog.hpp"
#include "group_resolution.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace ntnu {

struct EnglishTestTaken {
    const EnglishTest* test = nullptr;
    std::optional<date::year_month_day> taken; // none: the day was not given
};

struct RequirementQuery {
    Level level = Level::master;
    std::optional<Group> group;             // none: no profile, so every group is of interest
    const Profile* profile = nullptr;       // nullptr: nothing known beyond the group
    const Programme* programme = nullptr;   // the programme asked about, if any
    std::optional<std::string> school_from; // alpha-2: where upper secondary school was finished
    // The application deadline the profile gets (its local day in the institution's zone) and
    // how sure its date is; none: no dated deadline (rolling, or no profile).
    std::optional<date::year_month_day> deadline;
    Confidence deadline_confidence = Confidence::confirmed;
    std::optional<EnglishTestTaken> english_test;
};

// The English test's last day, and whether it still counts on the day the application closes.
struct TestValidity {
    const EnglishTest* test = nullptr;
    std::optional<date::year_month_day> taken;
    std::optional<date::year_month_day> valid_until; // none: no expiry (Cambridge), or no day
    std::optional<bool> valid_at_deadline;           // none: no deadline or no day to compare
};

// One requirement, as it applies to the applicant.
struct RequirementItem {
    const Requirement* record = nullptr; // the record whose rule decided
    RequirementStatus status = RequirementStatus::required;
    std::optional<date::year_month_day> due; // none: NTNU gives no date
    Confidence due_confidence = Confidence::confirmed;
    std::optional<TestValidity> test; // English only, with --english-test
    bool test_runs_out = false;       // the test expires before the deadline: due is its last day
};

// The last day a test taken on `taken` counts: `years` later, the same day (28 February for a
// 29 February); none for a test that does not expire.
std::optional<date::year_month_day> test_valid_until(const EnglishTest& test,
                                                     date::year_month_day taken);

// The requirements of the data for the query, one per requirement id, worst first: required
// before check_programme, exempt and not_applicable; within a status the soonest due first, then
// the data's order. A requirement with no record for the level is left out.
std::vector<RequirementItem> requirements_for(const Catalog& catalog, const RequirementQuery& q);

// The test with this id, or nullptr.
const EnglishTest* find_english_test(const Catalog& catalog, std::string_view id);

} // namespace ntnu
