// SPDX-License-Identifier: MIT
#include "requirements_json.hpp"

#include <fmt/format.h>

namespace ntnu {
namespace {

std::string iso_date(date::year_month_day d) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()),
                       static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

Json optional_date(const std::optional<date::year_month_day>& d) {
    return d ? Json(iso_date(*d)) : Json(nullptr);
}

Json test_json(const TestValidity& t) {
    return Json{
        {"name", t.test->id},
        {"taken", optional_date(t.taken)},
        {"valid_until", optional_date(t.valid_until)},
        {"valid_at_deadline", t.valid_at_deadline ? Json(*t.valid_at_deadline) : Json(nullptr)}};
}

} // namespace

Json requirements_json(const std::vector<RequirementItem>& items) {
    Json out = Json::array();
    for (const auto& item : items) {
        const auto& r = *item.record;
        Json j;
        j["id"] = r.requirement;
        j["status"] = to_string(item.status);
        j["summary"] = r.summary;
        j["due"] = item.due ? Json{{"date", iso_date(*item.due)},
                                   {"confidence", to_string(item.due_confidence)}}
                            : Json(nullptr);
        if (item.test) {
            j["test"] = test_json(*item.test);
        }
        j["confidence"] = to_string(r.provenance.confidence);
        j["sources"] = r.provenance.sources;
        j["source_details"] = source_details_json(r.provenance.source_details);
        j["rule"] = r.id;
        j["note"] = r.note.empty() ? Json(nullptr) : Json(r.note);
        j["disputed"] =
            r.disputed_note.empty()
                ? Json(nullptr)
                : Json{{"note", r.disputed_note},
                       {"sources", r.disputed_sources},
                       {"source_details", source_details_json(r.disputed_source_details)}};
        out.push_back(std::move(j));
    }
    return out;
}

FieldRecord requirement_fields(const RequirementItem& item) {
    const auto& r = *item.record;
    const auto text = [](const std::optional<date::year_month_day>& d) {
        return d ? iso_date(*d) : std::string();
    };
    const TestValidity* t = item.test ? &*item.test : nullptr;
    return FieldRecord{
        {"id", r.requirement},
        {"status", std::string(to_string(item.status))},
        {"summary", r.summary},
        {"due_date", text(item.due)},
        {"due_confidence", item.due ? std::string(to_string(item.due_confidence)) : std::string()},
        {"confidence", std::string(to_string(r.provenance.confidence))},
        {"sources", fmt::format("{}", fmt::join(r.provenance.sources, " "))},
        {"rule", r.id},
        {"note", r.note},
        {"test_name", t != nullptr ? t->test->id : std::string()},
        {"test_taken", t != nullptr ? text(t->taken) : std::string()},
        {"test_valid_until", t != nullptr ? text(t->valid_until) : std::string()},
        {"test_valid_at_deadline", t != nullptr && t->valid_at_deadline
                                       ? std::string(*t->valid_at_deadline ? "true" : "false")
                                       : std::string()},
        {"disputed", r.disputed_note},
    };
}

std::vector<std::string> requirement_field_names() {
    static const Requirement none;
    RequirementItem item;
    item.record = &none;
    std::vector<std::string> names;
    for (const auto& [name, value] : requirement_fields(item)) {
        names.push_back(name);
    }
    return names;
}

} // namespace ntnu
