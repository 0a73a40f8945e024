// SPDX-License-Identifier: MIT
#pragma once
// Human output of `ntnu countries`: the countries of a group in a table, with the word on how
// the Nordic countries are decided.

#include "context.hpp"
#include "country_groups.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ntnu {

enum class NoteFor { table, json };

// What decides the Nordic group, and how sure the data is of its countries. The JSON note is a
// value for scripts: give it Language(Lang::en) whatever the language of the table.
std::string nordic_note(const Catalog& catalog, NoteFor use, const Language& lang);

// The heading, the table of countries (fitted to the terminal) and the notes under it.
void render_countries(const std::vector<ListedCountry>& listed, std::optional<Group> wanted,
                      Context& context);

} // namespace ntnu
