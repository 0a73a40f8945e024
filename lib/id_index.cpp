// SPDX-License-Identifier: MIT
#include "id_index.hpp"

#include "text.hpp"

namespace ntnu {

std::string IdIndex::key(std::string_view id) const {
    return case_ == Case::ignored ? ascii_lower(id) : std::string(id);
}

bool IdIndex::add(std::string_view id) {
    return lowered_.insert(key(id)).second;
}

bool IdIndex::contains(std::string_view id) const {
    return lowered_.count(key(id)) != 0;
}

} // namespace ntnu
