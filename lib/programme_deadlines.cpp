// SPDX-License-Identifier: MIT
#include "programme_deadlines.hpp"

#include <algorithm>

namespace ntnu {
namespace {

ProgrammeStatus from_status(Status status) {
    switch (status) {
    case Status::open: return ProgrammeStatus::open;
    case Status::closing_soon: return ProgrammeStatus::closing_soon;
    case Status::closed: return ProgrammeStatus::closed;
    case Status::paused: return ProgrammeStatus::paused;
    case Status::rolling:
    case Status::none: break;
    }
    return ProgrammeStatus::none;
}

// Sorting rank: what the applicant can act on comes first.
int rank(ProgrammeStatus status) {
    switch (status) {
    case ProgrammeStatus::open:
    case ProgrammeStatus::closing_soon: return 0;
    case ProgrammeStatus::closed: return 1;
    case ProgrammeStatus::paused: return 2;
    case ProgrammeStatus::closed_to_group: return 3;
    case ProgrammeStatus::none: break;
    }
    return 4;
}

ProgrammeDeadline row_for(const Catalog& catalog, const Programme& p, const Profile& profile,
                          const ProgrammeDeadlineQuery& q) {
    ProgrammeDeadline row;
    row.programme = &p;
    row.intake = q.intake;
    ApplicantQuery aq;
    aq.level = p.level;
    aq.now = q.now;
    aq.intake = q.intake;
    aq.programme = &p;
    aq.closing_soon = q.closing_soon;
    const auto answers = answer_applicant(catalog, profile, aq);
    if (answers.groups.empty() || answers.groups.front().answers.empty()) {
        return row;
    }
    const auto& list = answers.groups.front().answers;
    row.applies_as = list.front().group;
    if (list.front().paused != nullptr) {
        // NTNU paused this intake ([[programme.paused]]): never a deadline as though it were open.
        row.status = ProgrammeStatus::paused;
        return row;
    }
    if (list.front().closed_to_group) {
        row.status = ProgrammeStatus::closed_to_group;
        return row;
    }
    // The next milestone still ahead (a nomination before the application); once all have
    // closed, the last one, which closed the cycle.
    const Answer* chosen = nullptr;
    for (const auto& a : list) {
        if (!a.occurrence) {
            continue;
        }
        if (a.remaining && a.remaining->count() > 0) {
            if (chosen == nullptr || chosen->remaining->count() <= 0 ||
                a.occurrence->closes < chosen->occurrence->closes) {
                chosen = &a;
            }
        } else if (chosen == nullptr || (chosen->remaining->count() <= 0 &&
                                         a.occurrence->closes > chosen->occurrence->closes)) {
            chosen = &a;
        }
    }
    if (chosen == nullptr) {
        return row;
    }
    row.status = from_status(chosen->status);
    row.occurrence = chosen->occurrence;
    row.remaining = chosen->remaining;
    row.applies_as = chosen->group;
    for (const auto& d : catalog.yearly) {
        if (d.id == chosen->occurrence->deadline_id) {
            row.own_date = !d.programmes.empty();
        }
    }
    for (const auto& d : catalog.dated) {
        if (d.id == chosen->occurrence->deadline_id) {
            row.own_date = !d.programmes.empty();
        }
    }
    return row;
}

} // namespace

Intake coming_intake(Instant now, const date::time_zone& zone) {
    const auto local = zone.to_local(now);
    const date::year_month_day day{date::floor<date::days>(local)};
    const int year = static_cast<int>(day.year());
    return {Semester::autumn, day.month() < date::August ? year : year + 1};
}

std::vector<ProgrammeDeadline> programme_deadlines(const Catalog& catalog,
                                                   const std::vector<const Programme*>& programmes,
                                                   const Profile& profile,
                                                   const ProgrammeDeadlineQuery& query) {
    std::vector<ProgrammeDeadline> rows;
    rows.reserve(programmes.size());
    for (const auto* p : programmes) {
        rows.push_back(row_for(catalog, *p, profile, query));
    }
    std::stable_sort(
        rows.begin(), rows.end(), [](const ProgrammeDeadline& a, const ProgrammeDeadline& b) {
            const int ra = rank(a.status);
            const int rb = rank(b.status);
            if (ra != rb) {
                return ra < rb;
            }
            if (a.occurrence && b.occurrence && a.occurrence->closes != b.occurrence->closes) {
                return a.occurrence->closes < b.occurrence->closes;
            }
            return a.programme->id < b.programme->id;
        });
    return rows;
}

bool still_open(const ProgrammeDeadline& row) {
    return row.status == ProgrammeStatus::open || row.status == ProgrammeStatus::closing_soon;
}

} // namespace ntnu
