// SPDX-License-Identifier: MIT
#pragma once
// The vocabulary of admissions: applicant groups, levels, semesters, milestones, confidence.

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace ntnu {

enum class Group { non_eu, eu_eea, nordic, refugee };
enum class Level { master, exchange, phd, bachelor };
enum class Semester { spring, autumn };
enum class Milestone { opens, nominate, early, apply };
enum class Campus { trondheim, gjovik, alesund };
// Ordered from surest to least sure (see weakest). `projected` is never stated in data: it is a
// date derived from a yearly rule for a cycle NTNU has not yet published.
enum class Confidence { confirmed, projected, inferred, assumed };
enum class Status { open, closing_soon, closed, rolling, none, paused };
// What a group rule tests in a profile (data: [[rule]] `when`).
enum class RuleCondition {
    refugee,
    degree_from,
    dual_citizen_of,
    citizen_of,
    norwegian_id,
    otherwise
};

// Each enum's stable spelling: used in data files, options, JSON and completion alike.
template <typename E> struct EnumNames;

template <> struct EnumNames<Group> {
    static constexpr std::array<std::pair<Group, std::string_view>, 4> names{{
        {Group::non_eu, "non-eu"},
        {Group::eu_eea, "eu-eea"},
        {Group::nordic, "nordic"},
        {Group::refugee, "refugee"},
    }};
};
template <> struct EnumNames<Level> {
    static constexpr std::array<std::pair<Level, std::string_view>, 4> names{{
        {Level::master, "master"},
        {Level::exchange, "exchange"},
        {Level::phd, "phd"},
        {Level::bachelor, "bachelor"},
    }};
};
template <> struct EnumNames<Semester> {
    static constexpr std::array<std::pair<Semester, std::string_view>, 2> names{{
        {Semester::spring, "spring"},
        {Semester::autumn, "autumn"},
    }};
};
template <> struct EnumNames<Milestone> {
    static constexpr std::array<std::pair<Milestone, std::string_view>, 4> names{{
        {Milestone::opens, "opens"},
        {Milestone::nominate, "nominate"},
        {Milestone::early, "early"},
        {Milestone::apply, "apply"},
    }};
};
template <> struct EnumNames<Campus> {
    static constexpr std::array<std::pair<Campus, std::string_view>, 3> names{{
        {Campus::trondheim, "trondheim"},
        {Campus::gjovik, "gjovik"},
        {Campus::alesund, "alesund"},
    }};
};
template <> struct EnumNames<Confidence> {
    static constexpr std::array<std::pair<Confidence, std::string_view>, 4> names{{
        {Confidence::confirmed, "confirmed"},
        {Confidence::projected, "projected"},
        {Confidence::inferred, "inferred"},
        {Confidence::assumed, "assumed"},
    }};
};
template <> struct EnumNames<Status> {
    static constexpr std::array<std::pair<Status, std::string_view>, 6> names{{
        {Status::open, "open"},
        {Status::closing_soon, "closing_soon"},
        {Status::closed, "closed"},
        {Status::rolling, "rolling"},
        {Status::none, "none"},
        {Status::paused, "paused"},
    }};
};

template <> struct EnumNames<RuleCondition> {
    static constexpr std::array<std::pair<RuleCondition, std::string_view>, 6> names{{
        {RuleCondition::refugee, "refugee"},
        {RuleCondition::degree_from, "degree-from"},
        {RuleCondition::dual_citizen_of, "dual-citizen-of"},
        {RuleCondition::citizen_of, "citizen-of"},
        {RuleCondition::norwegian_id, "norwegian-id"},
        {RuleCondition::otherwise, "otherwise"},
    }};
};

// The stable spelling of a value.
template <typename E> constexpr std::string_view to_string(E value) {
    for (const auto& [v, name] : EnumNames<E>::names) {
        if (v == value) {
            return name;
        }
    }
    return "?";
}

// Parses the exact stable spelling; nullopt for anything else.
template <typename E> constexpr std::optional<E> parse_enum(std::string_view text) {
    for (const auto& [v, name] : EnumNames<E>::names) {
        if (name == text) {
            return v;
        }
    }
    return std::nullopt;
}

// Every value of an enum, in declaration order.
template <typename E> constexpr auto all_values() {
    std::array<E, EnumNames<E>::names.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] = EnumNames<E>::names[i].first;
    }
    return out;
}

// The weaker of two confidences: an answer is only as sure as its least sure fact.
constexpr Confidence weakest(Confidence a, Confidence b) {
    return a > b ? a : b;
}

} // namespace ntnu
