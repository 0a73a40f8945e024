// SPDX-License-Identifier: MIT
#pragma once
// Looking up the names a data file refers to, in time linear in the file (issue 25).
//
// A data file names its own ids again and again: a deadline's `programmes = [...]`, a rule's
// country sets, a territory's codes. Scanning every entry for every reference, and computing a
// "did you mean" over every entry for every unknown one, was quadratic: 20,000 programmes and
// 20,000 references took 72 s. Ids are indexed once here, and suggestions are rationed.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

namespace ntnu {

// A set of ids, each lookup in constant time however many ids there are. Programme ids are
// compared without regard to ASCII letter case, as Catalog::programme() compares them; the
// others exactly.
class IdIndex {
public:
    enum class Case { exact, ignored };
    explicit IdIndex(Case letter_case = Case::exact) : case_(letter_case) {}

    // Adds `id`; false when it was already there.
    bool add(std::string_view id);
    bool contains(std::string_view id) const;
    std::size_t size() const { return lowered_.size(); }

private:
    std::string key(std::string_view id) const;

    Case case_;
    std::unordered_set<std::string> lowered_;
};

// How many "did you mean" hints a file still gets. Each compares one name with every name the
// file (or the country table) has, so only the first few unknown references get one; the rest
// are reported where they stand, without a hint. A typo is fixed from the first messages.
class SuggestionBudget {
public:
    static constexpr std::size_t per_file = 10;

    // True, and one fewer left, while any is left.
    bool take() {
        if (left_ == 0) {
            return false;
        }
        --left_;
        return true;
    }

private:
    std::size_t left_ = per_file;
};

} // namespace ntnu
