// SPDX-License-Identifier: MIT
#include "render_programme_deadlines.hpp"
#include "layout.hpp"

#include "render_programme.hpp"
#include "render_time.hpp"
#include "style.hpp"
#include "table.hpp"
#include "wording.hpp"

#include <fmt/format.h>

#include <ostream>

namespace ntnu {
namespace {

using fmt::arg;

// The Time left column: the time while the deadline is ahead, else why there is none.
Cell time_left_cell(const ProgrammeDeadline& row, const Language& l) {
    switch (row.status) {
    case ProgrammeStatus::open: return {short_duration(*row.remaining, l), Tone::good};
    case ProgrammeStatus::closing_soon: return {short_duration(*row.remaining, l), Tone::warn};
    case ProgrammeStatus::closed:
        return {std::string(l.text(Msg::programmes_closed_cycle)), Tone::dim};
    case ProgrammeStatus::closed_to_group:
        return {std::string(l.text(Msg::programmes_closed_to_you)), Tone::bad};
    case ProgrammeStatus::paused: return {std::string(l.text(Msg::programmes_paused)), Tone::bad};
    case ProgrammeStatus::none: break;
    }
    return {std::string(l.text(Msg::programmes_no_date)), Tone::dim};
}

} // namespace

void render_programme_deadlines(const ProgrammeDeadlineView& v, Context& c) {
    const auto& l = c.lang;
    std::string scope = intake_title(v.intake, l);
    if (const auto asked = programmes_filter_text(v.filter, l); !asked.empty()) {
        scope += ", " + asked;
    }
    heading(
        c, l.format(v.still_open ? Msg::programmes_still_open_title : Msg::programmes_for_you_title,
                    arg("group", group_title(v.group, l)), arg("scope", scope),
                    arg("found", v.rows.size()), arg("total", c.catalog.programmes.size())));
    c.out << "\n";
    if (v.rows.empty()) {
        footnote(
            c, l.format(Msg::programmes_still_open_none, arg("intake", intake_title(v.intake, l))),
            Tone::plain);
    } else {
        bool any_own = false;
        std::vector<Row> rows;
        const auto& oslo = *c.catalog.meta.zone;
        for (const auto& r : v.rows) {
            std::string closes;
            if (r.occurrence) {
                closes = compact_datetime(r.occurrence->closes, oslo, WithYear::yes, l);
                // The programme's own date, not the group's general one: marked, and explained.
                if (r.own_date) {
                    closes += " *";
                    any_own = true;
                }
            }
            rows.push_back({{r.programme->id, Tone::emphasis},
                            {r.programme->name},
                            {closes, r.status == ProgrammeStatus::closed ? Tone::dim : Tone::plain},
                            time_left_cell(r, l)});
        }
        c.out << render_fitted_table({{std::string(l.text(Msg::column_id))},
                                      {std::string(l.text(Msg::column_name))},
                                      {std::string(l.text(Msg::programmes_column_closes))},
                                      {std::string(l.text(Msg::column_time_left))}},
                                     rows, {Wrap::no, Wrap::yes, Wrap::yes, Wrap::yes}, c.colour,
                                     c.width);
        c.out << "\n";
        // The column's header stays short, so the table fits 60 columns: the zone is said here.
        footnote(c, l.text(Msg::programmes_norway_time), Tone::plain);
        if (any_own) {
            footnote(c, l.text(Msg::programmes_own_date_note), Tone::plain);
        }
    }
    if (v.left_out > 0) {
        footnote(c,
                 l.format(l.plural(static_cast<long long>(v.left_out), Msg::programmes_left_out_one,
                                   Msg::programmes_left_out_other),
                          arg("n", v.left_out), arg("intake", intake_title(v.intake, l))),
                 Tone::dim);
    }
    footnote(c, l.text(Msg::programmes_footer_note), Tone::dim);
}

} // namespace ntnu
