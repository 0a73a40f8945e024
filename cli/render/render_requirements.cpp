// SPDX-License-Identifier: MIT
#include "render_requirements.hpp"

#include "layout.hpp"
#include "render_sources.hpp"
#include "render_time.hpp"
#include "wording.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace ntnu {
namespace {

using fmt::arg;

constexpr Wording<RequirementStatus, 4> status_texts{{
    {RequirementStatus::required, Msg::requirements_status_required},
    {RequirementStatus::check_programme, Msg::requirements_status_check_programme},
    {RequirementStatus::exempt, Msg::requirements_status_exempt},
    {RequirementStatus::not_applicable, Msg::requirements_status_not_applicable},
}};
static_assert(words_every_value(status_texts));

Tone tone_of(RequirementStatus s) {
    switch (s) {
    case RequirementStatus::required: return Tone::warn;
    case RequirementStatus::check_programme: return Tone::emphasis;
    case RequirementStatus::exempt: return Tone::good;
    case RequirementStatus::not_applicable: return Tone::dim;
    }
    return Tone::plain;
}

std::string due_text(const RequirementItem& item, const Language& l) {
    if (!item.due) {
        return "";
    }
    if (item.due_confidence == Confidence::confirmed) {
        return l.format(Msg::requirements_due, arg("date", long_date(*item.due, l)));
    }
    return l.format(Msg::requirements_due_unsure, arg("date", long_date(*item.due, l)),
                    arg("confidence", confidence_title(item.due_confidence, l)));
}

// The English test the applicant named: its last day, and whether it outlasts the deadline.
std::string test_text(const TestValidity& t, const std::optional<date::year_month_day>& deadline,
                      const Language& l) {
    if (!t.taken) {
        return "";
    }
    // fmt::arg keeps a reference: each text must outlive the call that formats it.
    const std::string taken = long_date(*t.taken, l);
    if (!t.valid_until) {
        return l.format(Msg::requirements_test_no_expiry, arg("test", t.test->name),
                        arg("taken", taken));
    }
    const std::string until = long_date(*t.valid_until, l);
    if (!deadline) {
        return l.format(Msg::requirements_test_until, arg("test", t.test->name),
                        arg("taken", taken), arg("until", until));
    }
    const std::string by = long_date(*deadline, l);
    return l.format(t.valid_at_deadline == false ? Msg::requirements_test_runs_out
                                                 : Msg::requirements_test_valid,
                    arg("test", t.test->name), arg("taken", taken), arg("until", until),
                    arg("deadline", by));
}

void explain_item(const RequirementItem& item, Context& c) {
    const auto& l = c.lang;
    const auto& r = *item.record;
    card_line(c, "",
              l.format(Msg::requirements_rule, arg("rule", r.id), arg("when", to_string(r.when)),
                       arg("confidence", confidence_title(r.provenance.confidence, l))),
              Tone::dim);
    for (const auto& s : r.provenance.source_details) {
        card_line(c, "", fmt::format("  {}", s.url), Tone::dim);
        if (const auto line = source_quote_line(s, l); !line.empty()) {
            card_line(c, "", fmt::format("    {}", line), Tone::dim);
        }
    }
    for (const auto& s : r.disputed_source_details) {
        card_line(c, "", fmt::format("  {}", s.url), Tone::dim);
        if (const auto line = source_quote_line(s, l); !line.empty()) {
            card_line(c, "", fmt::format("    {}", line), Tone::dim);
        }
    }
}

} // namespace

std::string requirement_status_title(RequirementStatus status, const Language& lang) {
    return words(status_texts, status, lang);
}

void render_requirements(const RequirementsHeading& h, const std::vector<RequirementItem>& items,
                         ExplainRequirements explain, Context& c) {
    const auto& l = c.lang;
    std::string subject = l.format(Msg::card_subject_level, arg("level", level_title(h.level, l)));
    if (h.programme != nullptr) {
        subject = fmt::format("{} ({})", h.programme->name, h.programme->id);
    }
    heading(c, h.group ? l.format(Msg::requirements_heading, arg("subject", subject),
                                  arg("group", group_title(*h.group, l)))
                       : l.format(Msg::requirements_heading_any, arg("subject", subject)));
    if (h.deadline) {
        c.out << l.format(Msg::requirements_for_deadline, arg("date", long_date(*h.deadline, l)))
              << "\n";
    }
    c.out << "\n";
    if (items.empty()) {
        footnote(c, l.text(Msg::requirements_none), Tone::dim);
        return;
    }
    for (const auto& item : items) {
        const auto& r = *item.record;
        std::string line = note_in(r.summary, r.summary_nb, l);
        if (const auto due = due_text(item, l); !due.empty()) {
            line += fmt::format(" ({})", due);
        }
        card_line(c, requirement_status_title(item.status, l), line, tone_of(item.status));
        if (item.test) {
            if (const auto t = test_text(*item.test, h.deadline, l); !t.empty()) {
                card_line(c, "", t, item.test_runs_out ? Tone::bad : Tone::plain);
            }
        }
        if (!r.note.empty()) {
            card_line(c, "", note_in(r.note, r.note_nb, l), Tone::dim);
        }
        if (!r.disputed_note.empty()) {
            card_line(c, "",
                      l.format(Msg::card_disputed,
                               arg("note", note_in(r.disputed_note, r.disputed_note_nb, l))),
                      Tone::warn);
        }
        if (explain == ExplainRequirements::full) {
            explain_item(item, c);
        }
    }
    if (!h.group) {
        c.out << "\n";
        footnote(c, l.text(Msg::requirements_no_profile), Tone::dim);
    }
    if (explain == ExplainRequirements::brief) {
        c.out << "\n";
        footnote(c, l.text(Msg::requirements_explain_hint), Tone::dim);
    }
}

void render_requirements_count(const std::vector<RequirementItem>& items, Context& c) {
    const auto count = std::count_if(items.begin(), items.end(), [](const RequirementItem& i) {
        return i.status == RequirementStatus::required ||
               i.status == RequirementStatus::check_programme;
    });
    if (count == 0) {
        return;
    }
    footnote(c, c.lang.count(count, Msg::requirements_count_one, Msg::requirements_count_other),
             Tone::plain);
}

} // namespace ntnu
