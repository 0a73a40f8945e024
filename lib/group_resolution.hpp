// SPDX-License-Identifier: MIT
#pragma once
// Which applicant group a person belongs to, and why: the data's group rules of a level, tried
// in order (facts §1 and §9).

#include "catalog.hpp"
#include "types.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ntnu {

enum class HasNorwegianId { no, yes };
enum class RefugeeStatus { no, yes };

// Who is asking. Countries are alpha-2 codes, already looked up.
struct Profile {
    std::vector<std::string> citizenships;
    std::optional<std::string> degree_from;
    HasNorwegianId norwegian_id = HasNorwegianId::no;
    RefugeeStatus refugee = RefugeeStatus::no;
    std::optional<Group> category; // named directly: the rules are skipped
    // Exchange: where the home university is. It decides no group, only which nomination
    // date applies (Scope::home_country), so it does not make a profile non-empty.
    std::optional<std::string> home_country;

    // True when nothing was said about the applicant, so every group is of interest.
    bool empty() const;
};

enum class StepKind {
    rule,      // a [[rule]] of the data, checked in order
    category,  // the group was named directly
    territory, // a territory's code read as its people's citizenship
};

// One rule that decided, or that was checked and did not apply, with the facts behind it.
struct ResolutionStep {
    std::string rule_id; // a [[rule]] id; "category"; or the territory's code
    StepKind kind = StepKind::rule;
    RuleCondition condition = RuleCondition::otherwise;
    Group group = Group::non_eu;        // the group the rule gives
    bool fired = false;                 // false: checked and did not apply (shown as a hint)
    std::vector<std::string> countries; // the alpha-2 codes the rule looked at
    std::string note;                   // a condition the tool cannot check
    std::string note_nb;
    Confidence confidence = Confidence::confirmed;
    std::vector<std::string> sources;
    std::vector<Source> source_details; // the same sources, with NTNU's words and their age
};

struct Resolution {
    Group group = Group::non_eu;
    std::vector<ResolutionStep> steps; // in the order the rules were tried
    // The weakest confidence among the steps that fired.
    Confidence confidence() const;
};

// Resolves a non-empty profile to its group with the rules of `level`. Rules that give
// `excluded` are passed over: a refugee with no separate scheme is resolved again without them.
Resolution resolve_group(const Profile& profile, const Catalog& catalog, Level level,
                         std::optional<Group> excluded = std::nullopt);

// True if the country is in the named country set of the catalog.
bool in_country_set(const Catalog& catalog, std::string_view set_id, std::string_view alpha2);

// The group a citizen of the country belongs to at `level` when nothing but citizenship is
// known: the first citizenship rule that holds, else the level's `otherwise` rule.
std::optional<Group> citizen_group(const Catalog& catalog, Level level, std::string_view alpha2);

} // namespace ntnu
