// SPDX-License-Identifier: MIT
#include "json_output.hpp"

#include "wording.hpp"

#include <fmt/format.h>

#include <ostream>

namespace ntnu {
namespace {

Json string_array(const std::vector<std::string>& values) {
    Json array = Json::array();
    for (const auto& v : values) {
        array.push_back(v);
    }
    return array;
}

Json empty_or(const std::string& text) {
    return text.empty() ? Json(nullptr) : Json(text);
}

Json intake_json(const std::optional<Intake>& intake) {
    if (!intake) {
        return nullptr;
    }
    return Json{{"semester", to_string(intake->semester)}, {"year", intake->year}};
}

Json explanation_json(const Resolution& resolution) {
    Json steps = Json::array();
    for (const auto& step : resolution.steps) {
        steps.push_back(Json{{"rule", step.rule_id},
                             {"applied", step.fired},
                             {"group", to_string(step.group)},
                             {"countries", string_array(step.countries)},
                             {"confidence", to_string(step.confidence)},
                             {"sources", string_array(step.sources)},
                             {"source_details", source_details_json(step.source_details)}});
    }
    return steps;
}

} // namespace

Json source_details_json(const std::vector<Source>& sources) {
    Json array = Json::array();
    for (const auto& s : sources) {
        array.push_back(
            Json{{"url", s.url}, {"quote", empty_or(s.quote)}, {"as_of", empty_or(s.as_of)}});
    }
    return array;
}

Json json_envelope(const Context& context) {
    Json doc;
    doc["schema_version"] = 1;
    doc["now"] = format_rfc3339_utc(context.now);
    doc["time_zone"] = context.zone->name();
    const auto& meta = context.catalog.meta;
    doc["data"] = Json{{"version", meta.data_version},
                       {"last_checked", date::format("%F", meta.last_checked)},
                       {"stale", data_is_stale(meta, context.now)}};
    return doc;
}

Json json_result(const Answer& a, const std::optional<Resolution>& resolution,
                 const Context& context) {
    Json r;
    r["level"] = to_string(a.level);
    // A refugee with no separate scheme keeps their category; `applies_as` is the group whose
    // deadline this is.
    r["category"] = to_string(a.instead_of ? a.instead_of->group : a.group);
    r["programme"] = a.programme ? Json(a.programme->id) : Json(nullptr);
    const Occurrence* o = a.occurrence ? &*a.occurrence : nullptr;
    const auto& oslo = *context.catalog.meta.zone;
    r["deadline"] = o ? Json(format_rfc3339(o->closes, oslo)) : Json(nullptr);
    r["deadline_utc"] = o ? Json(format_rfc3339_utc(o->closes)) : Json(nullptr);
    r["deadline_in_time_zone"] = o ? Json(format_rfc3339(o->closes, *context.zone)) : Json(nullptr);
    r["remaining_seconds"] = a.remaining ? Json(a.remaining->count()) : Json(nullptr);
    r["status"] = to_string(a.status);
    r["intake"] = intake_json(a.intake);
    r["confidence"] = o ? Json{{"date", to_string(o->date_confidence)},
                               {"time_of_day", to_string(o->time_confidence)}}
                        : Json(nullptr);
    std::vector<std::string> sources;
    std::vector<Source> details;
    if (o) {
        sources = o->sources;
        details = o->source_details;
    } else if (a.track) {
        sources = a.track->provenance.sources;
        details = a.track->provenance.source_details;
    }
    r["sources"] = string_array(sources);
    // Additions to the contract's keys; existing keys never change meaning.
    r["milestone"] = to_string(a.milestone);
    r["deadline_id"] = o ? Json(o->deadline_id) : Json(nullptr);
    r["note"] = o && !o->note.empty() ? Json(o->note)
                : a.track && !o       ? Json(a.track->note)
                                      : Json(nullptr);
    r["url"] = a.track ? Json(a.track->url) : Json(nullptr);
    r["none_reason"] = a.none_reason.empty()
                           ? Json(nullptr)
                           : Json(a.none_intake ? intake_id(*a.none_intake) + ": " + a.none_reason
                                                : a.none_reason);
    // A programme's own page is where its applicants read more.
    if (a.programme != nullptr) {
        r["url"] = a.programme->url;
    }
    // No date because of the programme: its page, not the group's track, is where to look.
    if (!o && a.programme != nullptr &&
        (a.closed_to_group || a.programme->deadlines == DeadlineSource::own)) {
        const Programme& p = *a.programme;
        r["sources"] = string_array(p.provenance.sources);
        details = p.provenance.source_details;
        r["note"] = p.note.empty() ? Json(nullptr) : Json(p.note);
        r["none_reason"] =
            a.closed_to_group
                // JSON values are never translated: English, whatever --lang says.
                ? fmt::format("{} is not open to {} applicants", p.name,
                              group_title(a.group, Language(Lang::en)))
                : fmt::format("{} sets its own deadline, and this data has no date for it", p.name);
    }
    r["group_rules"] = resolution ? explanation_json(*resolution) : Json::array();
    r["applies_as"] = to_string(a.group);
    // Sources that back only the (assumed) time of day, never the date.
    r["time_sources"] = o ? string_array(o->time_sources) : Json::array();
    r["instead_of"] =
        a.instead_of ? Json{{"category", to_string(a.instead_of->group)},
                            {"reason", a.instead_of->reason.empty() ? Json(nullptr)
                                                                    : Json(a.instead_of->reason)},
                            {"intake", intake_json(a.instead_of->intake)}}
                     : Json(nullptr);
    if (a.instead_of && a.instead_of->scheme_open) {
        r["instead_of"]["scheme_open"] = true; // present only when so: older output unchanged
    }
    r["disputed"] =
        o && !o->disputed_note.empty()
            ? Json{{"note", o->disputed_note}, {"sources", string_array(o->disputed_sources)}}
            : Json(nullptr);
    r["requirement"] = a.programme && !a.programme->requirement.empty()
                           ? Json(a.programme->requirement)
                           : Json(nullptr);
    // NTNU's words beside each list of URLs, and the sources that publish the cycle.
    r["source_details"] = source_details_json(details);
    r["time_source_details"] =
        source_details_json(o ? o->time_source_details : std::vector<Source>{});
    if (o && !o->disputed_note.empty()) {
        r["disputed"]["source_details"] = source_details_json(o->disputed_source_details);
    }
    r["published_sources"] = string_array(o ? o->published_sources : std::vector<std::string>{});
    r["published_source_details"] =
        source_details_json(o ? o->published_source_details : std::vector<Source>{});
    // A paused intake, or the last one paused before this intake.
    const PausedIntake* pause = a.paused ? a.paused : a.after_pause;
    r["paused"] = pause ? Json{{"intake", intake_id(pause->intake)},
                               {"sources", string_array(pause->sources)},
                               {"source_details", source_details_json(pause->source_details)}}
                        : Json(nullptr);
    r["pause_may_go_on"] = a.after_pause != nullptr;
    if (a.paused != nullptr && a.programme != nullptr) {
        r["none_reason"] = fmt::format("NTNU paused admission to {} for {}", a.programme->name,
                                       intake_id(a.paused->intake));
    }
    // Exchange, home university's country not given: the later date where it is in these sets.
    if (o && o->if_home_in) {
        r["if_home_in"] = Json{{"country_sets", string_array(o->if_home_in->home_in)},
                               {"deadline", format_rfc3339(o->if_home_in->closes, oslo)},
                               {"deadline_id", o->if_home_in->deadline_id}};
    }
    // A group's separate scheme, after the regular route: the page may date it without naming
    // its intake or what it offers.
    // Present only on such an answer.
    if (a.scheme && o) {
        r["scheme"] = Json{{"intake_confidence", to_string(o->intake_confidence)},
                           {"offers", o->offers.empty() ? Json(nullptr) : Json(o->offers)},
                           {"url", a.track ? Json(a.track->url) : Json(nullptr)}};
    }
    return r;
}

void write_json(const Json& document, const Output& context) {
    // A file name from the command line may be any bytes; invalid UTF-8 becomes U+FFFD rather
    // than an exception.
    context.out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

} // namespace ntnu
