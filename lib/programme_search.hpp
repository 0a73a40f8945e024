// SPDX-License-Identifier: MIT
#pragma once
// Finding programmes in the catalogue: by campus, level, open group and free text.

#include "catalog.hpp"
#include "types.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ntnu {

template <> struct EnumNames<ProgrammeKind> {
    static constexpr std::array<std::pair<ProgrammeKind, std::string_view>, 4> names{{
        {ProgrammeKind::regular, "regular"},
        {ProgrammeKind::joint_nordic, "joint-nordic"},
        {ProgrammeKind::erasmus_mundus, "erasmus-mundus"},
        {ProgrammeKind::joint, "joint"},
    }};
};
template <> struct EnumNames<DeadlineSource> {
    static constexpr std::array<std::pair<DeadlineSource, std::string_view>, 2> names{{
        {DeadlineSource::general, "general"},
        {DeadlineSource::own, "own"},
    }};
};

// What a programme must match; an empty field matches every programme.
struct ProgrammeFilter {
    std::optional<Campus> campus; // a programme with no confirmed campus never matches one
    std::optional<Level> level;
    std::optional<Group> open_to; // the group is not in the programme's closed_to
    std::string search;           // a substring of the id or name, ignoring case and accents
};

// The programmes that match every part of the filter, in catalogue order.
std::vector<const Programme*> find_programmes(const Catalog& catalog,
                                              const ProgrammeFilter& filter);

// A campus by its stable spelling or its Norwegian name, in any case, accents optional
// ("Gjøvik", "gjovik", "GJOVIK", "Aalesund"); nullopt for anything else.
std::optional<Campus> parse_campus(std::string_view text);

// The campus's name as written in Norwegian: "Trondheim", "Gjøvik", "Ålesund".
std::string_view campus_name(Campus campus);

} // namespace ntnu
