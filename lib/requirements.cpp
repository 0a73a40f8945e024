// SPDX-License-Identifier: MIT
#include "requirements.hpp"

#include "journey.hpp"

#include <algorithm>

namespace ntnu {
namespace {

bool has_level(const Requirement& r, Level level) {
    return std::find(r.levels.begin(), r.levels.end(), level) != r.levels.end();
}

bool concerns(Concerns c, Concerns wanted) {
    return c == wanted;
}

// Without a profile's group, rules that need it cannot be decided: "maybe".
Concerns tuition(const Catalog& catalog, const RequirementQuery& q) {
    if (!q.group) {
        return Concerns::maybe;
    }
    static const Profile none;
    return pays_tuition(catalog, q.profile != nullptr ? *q.profile : none, q.level, *q.group,
                        q.programme);
}

Concerns exemption(const Catalog& catalog, const RequirementQuery& q) {
    if (!q.group) {
        return Concerns::no;
    }
    static const Profile none;
    return applies_for_fee_exemption(catalog, q.profile != nullptr ? *q.profile : none, q.level,
                                     *q.group, q.programme);
}

Concerns permit(const Catalog& catalog, const RequirementQuery& q) {
    if (!q.group) {
        return Concerns::maybe;
    }
    static const Profile none;
    return needs_permit(catalog, q.profile != nullptr ? *q.profile : none, q.level, *q.group);
}

// The record's own narrowing: its programmes and groups, where it names any.
bool in_scope(const Requirement& r, const RequirementQuery& q) {
    if (!r.programmes.empty() &&
        (q.programme == nullptr || std::find(r.programmes.begin(), r.programmes.end(),
                                             q.programme->id) == r.programmes.end())) {
        return false;
    }
    return r.groups.empty() ||
           (q.group && std::find(r.groups.begin(), r.groups.end(), *q.group) != r.groups.end());
}

bool holds(const Catalog& catalog, const Requirement& r, const RequirementQuery& q) {
    if (!in_scope(r, q)) {
        return false;
    }
    const auto degree = q.profile != nullptr ? q.profile->degree_from : std::nullopt;
    switch (r.when) {
    case RequirementWhen::always: return true;
    case RequirementWhen::programme_own_rules:
        return q.programme != nullptr && (q.programme->kind == ProgrammeKind::erasmus_mundus ||
                                          q.programme->kind == ProgrammeKind::joint_nordic);
    case RequirementWhen::school_in_set:
        return q.school_from && in_country_set(catalog, r.country_set, *q.school_from);
    case RequirementWhen::eu_eea_exchange:
        return q.level == Level::exchange && q.group == Group::eu_eea;
    case RequirementWhen::degree_in_set:
        return degree && in_country_set(catalog, r.country_set, *degree);
    case RequirementWhen::degree_in:
        return degree &&
               std::find(r.countries.begin(), r.countries.end(), *degree) != r.countries.end();
    case RequirementWhen::degree_unknown: return !degree;
    case RequirementWhen::pays_tuition: return concerns(tuition(catalog, q), Concerns::yes);
    case RequirementWhen::may_pay_tuition: return concerns(tuition(catalog, q), Concerns::maybe);
    case RequirementWhen::fee_exemption: return concerns(exemption(catalog, q), Concerns::yes);
    case RequirementWhen::needs_permit: return concerns(permit(catalog, q), Concerns::yes);
    case RequirementWhen::may_need_permit: return concerns(permit(catalog, q), Concerns::maybe);
    }
    return false;
}

int status_rank(RequirementStatus s) {
    switch (s) {
    case RequirementStatus::required: return 0;
    case RequirementStatus::check_programme: return 1;
    case RequirementStatus::exempt: return 2;
    case RequirementStatus::not_applicable: return 3;
    }
    return 4;
}

void add_test(RequirementItem& item, const RequirementQuery& q) {
    if (!item.record->english_tests || !q.english_test || q.english_test->test == nullptr) {
        return;
    }
    TestValidity v;
    v.test = q.english_test->test;
    v.taken = q.english_test->taken;
    if (v.taken) {
        v.valid_until = test_valid_until(*v.test, *v.taken);
        if (q.deadline) {
            v.valid_at_deadline = !v.valid_until || *q.deadline <= *v.valid_until;
        }
    }
    // Tests count on the day of applying: one that runs out first is due on its last day.
    if (v.valid_at_deadline == false && item.status == RequirementStatus::required) {
        item.test_runs_out = true;
        item.due = v.valid_until;
        // The last day follows from the test's own date and NTNU's two-year rule, not from the
        // deadline: a projected deadline does not make it projected.
        item.due_confidence = v.test->provenance.confidence;
    }
    item.test = v;
}

} // namespace

std::optional<date::year_month_day> test_valid_until(const EnglishTest& test,
                                                     date::year_month_day taken) {
    if (test.valid_years == 0) {
        return std::nullopt;
    }
    const auto later = taken + date::years{test.valid_years};
    if (later.ok()) {
        return later;
    }
    return later.year() / later.month() / date::last; // 29 February in a year without one
}

const EnglishTest* find_english_test(const Catalog& catalog, std::string_view id) {
    for (const auto& t : catalog.english_tests) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

std::vector<RequirementItem> requirements_for(const Catalog& catalog, const RequirementQuery& q) {
    std::vector<RequirementItem> out;
    std::vector<std::string> decided;
    for (const auto& r : catalog.requirements) {
        if (!has_level(r, q.level) ||
            std::find(decided.begin(), decided.end(), r.requirement) != decided.end() ||
            !holds(catalog, r, q)) {
            continue;
        }
        decided.push_back(r.requirement);
        RequirementItem item;
        item.record = &r;
        item.status = r.status;
        if (r.due_at_deadline && q.deadline && r.status == RequirementStatus::required) {
            item.due = q.deadline;
            item.due_confidence = weakest(q.deadline_confidence, r.due_confidence);
        }
        add_test(item, q);
        out.push_back(item);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RequirementItem& a, const RequirementItem& b) {
                         if (status_rank(a.status) != status_rank(b.status)) {
                             return status_rank(a.status) < status_rank(b.status);
                         }
                         if (a.due.has_value() != b.due.has_value()) {
                             return a.due.has_value();
                         }
                         return a.due && b.due && *a.due < *b.due;
                     });
    return out;
}

} // namespace ntnu
