#pragma once
// Which applicant group a person belongs to, and why (facts §1, "Resolution order").

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

    // True when nothing was said about the applicant, so every group is of interest.
    bool empty() const;
};

// One rule that decided, or that was checked and did not apply, with the facts behind it.
struct ResolutionStep {
    std::string rule_id;                // a [[rule]] id, or "category" for a group named directly
    bool fired = false;                 // false: checked and did not apply (shown as a hint)
    std::vector<std::string> countries; // the alpha-2 codes the rule looked at
    Confidence confidence = Confidence::confirmed;
    std::vector<std::string> sources;
};

struct Resolution {
    Group group = Group::non_eu;
    std::vector<ResolutionStep> steps; // in the order the rules were tried
    // The weakest confidence among the steps that fired.
    Confidence confidence() const;
};

// Resolves a non-empty profile to its group. The catalog supplies the country sets and facts.
Resolution resolve_group(const Profile& profile, const Catalog& catalog);

// True if the country is in the named country set of the catalog.
bool in_country_set(const Catalog& catalog, std::string_view set_id, std::string_view alpha2);

} // namespace ntnu
