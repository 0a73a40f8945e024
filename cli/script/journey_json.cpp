// SPDX-License-Identifier: MIT
#include "journey_json.hpp"

#include "json_output.hpp"

#include <fmt/format.h>

namespace ntnu {
namespace {

std::string iso_date(date::year_month_day d) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()),
                       static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

std::string iso_month(date::year_month m) {
    return fmt::format("{:04}-{:02}", static_cast<int>(m.year()), static_cast<unsigned>(m.month()));
}

} // namespace

Json journey_json(const std::vector<JourneyEntry>& entries, Group group, Mine mine) {
    Json out = Json::array();
    for (const auto& e : entries) {
        Json last = nullptr;
        if (e.last_dated) {
            last = Json{
                {"intake_year", e.last_dated->intake_year},
                {"date", iso_date(e.last_dated->day)},
                {"confidence", to_string(e.last_dated->provenance.confidence)},
                {"sources", e.last_dated->provenance.sources},
                {"source_details", source_details_json(e.last_dated->provenance.source_details)}};
        }
        out.push_back(Json{
            {"step", e.step->id},
            {"group", to_string(group)},
            {"title", e.step->title},
            {"precision", e.precision == StepPrecision::day     ? "day"
                          : e.precision == StepPrecision::month ? "month"
                                                                : "undated"},
            {"date", e.precision == StepPrecision::day ? Json(iso_date(e.day)) : Json(nullptr)},
            {"month",
             e.precision == StepPrecision::undated ? Json(nullptr) : Json(iso_month(e.month))},
            {"rule", e.step->rule.empty() ? Json(nullptr) : Json(e.step->rule)},
            {"at_deadline", e.step->at_deadline},
            {"applies", mine == Mine::yes && e.concerns == Concerns::yes},
            {"applies_if", e.concerns == Concerns::maybe},
            {"past", e.past},
            {"confidence", to_string(e.confidence)},
            {"sources", e.sources},
            {"source_details", source_details_json(e.source_details)},
            {"note", e.note.empty() ? Json(nullptr) : Json(e.note)},
            {"last_dated", std::move(last)},
        });
    }
    return out;
}

} // namespace ntnu
