// SPDX-License-Identifier: MIT
#pragma once
// Human output for deadline answers: a card for one applicant, a table for every group.

#include "applicant_answers.hpp"
#include "context.hpp"
#include "deadlines.hpp"
#include "group_resolution.hpp"
#include "table.hpp"

#include <optional>
#include <vector>

namespace ntnu {

enum class Explain { brief, full };

// One applicant's deadlines, with the rules that chose the group.
void render_card(const GroupAnswers& group, const std::optional<Resolution>& resolution,
                 Level level, Explain explain, Context& context);

// Every group's next deadline, aligned in a table: the overview.
void render_overview(const std::vector<GroupAnswers>& groups, Level level, Context& context);

// Warns, on human output, when the data was last checked more than a year ago.
void warn_if_stale(Context& context);

// The answer's intake, "spring 2027 (inferred)" where the page dates a deadline without
// naming its intake; "" without one.
std::string answer_intake_title(const Answer& answer, const Language& lang);

// Whether a time of day NTNU does not state outright gets the footnote mark.
bool time_assumed(const Answer& answer);

// A row of an overview table: the group, the closing time in Norway (marked * when the time of
// day is assumed) and in the applicant's zone where it differs, the time left and the intake;
// `no_date` stands in the closing time's cell for an answer without a date.
Row overview_row(Group group, const Answer& answer, const Cell& no_date, const Context& context);

// An overview row's group cell: "refugee (as EU/EEA/Swiss)", "EU/EEA/Swiss: nominate".
std::string overview_group_cell(Group group, const Answer& answer, const Language& lang);

// "nominate", "early": a milestone beside a group in a narrow table cell.
std::string milestone_in_cell(Milestone milestone, const Language& lang);

// "Now: … , Norwegian time", and the applicant's zone where it differs, then a blank line.
void render_now_lines(Context& context);

// The header of a table of every group's next deadline; "Your time" only where it differs.
Row overview_header(const Context& context);

// The overview table (overview_header, overview_row) inside the output's width (60 to 80
// columns): the group cell wraps ("refugee (as" / "EU/EEA/Swiss)"); where that is not enough,
// the "Your time" column goes (the zone is named above the table, and "Time left" still says
// when).
std::string render_overview_table(Row header, std::vector<Row> rows, const Context& context);

} // namespace ntnu
