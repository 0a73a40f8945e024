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
    // Words that each begin a word of the name or the id, ignoring case, accents, British or
    // American spelling and plural endings (search_words.hpp).
    std::string search;
};

// The programmes that match every part of the filter, in catalogue order.
std::vector<const Programme*> find_programmes(const Catalog& catalog,
                                              const ProgrammeFilter& filter);

// A programme by its name as well as its id: the exact name in any case, accents optional
// ("interaction design"), or a beginning of three letters or more that begins one programme's
// name or id alone ("Interaction"). Null when none fits; then `several` holds the programmes a
// beginning fits when it fits more than one ("Information").
const Programme* programme_by_name(const Catalog& catalog, std::string_view text,
                                   std::vector<const Programme*>& several);

// Words of the programmes' names close to the words of `search` that begin no word of any
// name or id: "mathmatics" → "mathematical". Empty when every word finds something, or when
// nothing is close.
std::vector<std::string> search_hints(const Catalog& catalog, std::string_view search);

// A campus by its stable spelling or its Norwegian name, in any case, accents optional
// ("Gjøvik", "gjovik", "GJOVIK", "Aalesund"); nullopt for anything else.
std::optional<Campus> parse_campus(std::string_view text);

// The campus's name as written in Norwegian: "Trondheim", "Gjøvik", "Ålesund".
std::string_view campus_name(Campus campus);

} // namespace ntnu
