// SPDX-License-Identifier: MIT
#include "journey.hpp"

#include <algorithm>

namespace ntnu {
namespace {

// The citizenship a code stands for: a territory's people hold their state's.
std::string citizenship_of(const Catalog& catalog, const std::string& code) {
    const TerritoryCitizenship* t = catalog.territory(code);
    return t != nullptr ? t->citizenship : code;
}

// Yes when some citizenship is of the EU/EEA or Switzerland; nullopt when none is known.
std::optional<bool> eu_eea_swiss_citizen(const Catalog& catalog, const Profile& profile) {
    if (profile.citizenships.empty()) {
        return std::nullopt;
    }
    return std::any_of(
        profile.citizenships.begin(), profile.citizenships.end(), [&](const std::string& code) {
            const auto c = citizenship_of(catalog, code);
            return in_country_set(catalog, "eu", c) || in_country_set(catalog, "eea-efta", c) ||
                   in_country_set(catalog, "switzerland", c);
        });
}

// From the group alone, when no citizenship is known.
Concerns non_eu_by_group(Group group) {
    switch (group) {
    case Group::non_eu: return Concerns::yes;
    case Group::eu_eea: return Concerns::no;
    case Group::nordic:
    case Group::refugee: return Concerns::maybe;
    }
    return Concerns::maybe;
}

bool refugee(const Profile* profile, Group group) {
    return group == Group::refugee ||
           (profile != nullptr &&
            (profile->refugee == RefugeeStatus::yes || profile->category == Group::refugee));
}

// Whether the applicant is a citizen of a country outside the EU/EEA and Switzerland.
Concerns non_eu_citizen(const Catalog& catalog, const Profile* profile, Group group) {
    if (profile != nullptr) {
        if (const auto eu = eu_eea_swiss_citizen(catalog, *profile)) {
            return *eu ? Concerns::no : Concerns::yes;
        }
    }
    return non_eu_by_group(group);
}

bool fee_free(Level level, const Programme* programme) {
    return level == Level::exchange || level == Level::phd ||
           (programme != nullptr && (programme->kind == ProgrammeKind::erasmus_mundus ||
                                     programme->kind == ProgrammeKind::joint_nordic));
}

Concerns pays(const Catalog& catalog, const Profile* profile, Level level, Group group,
              const Programme* programme) {
    if (fee_free(level, programme) || refugee(profile, group)) {
        return Concerns::no;
    }
    return non_eu_citizen(catalog, profile, group);
}

Concerns exemption(const Catalog& catalog, const Profile* profile, Level level, Group group,
                   const Programme* programme) {
    if (fee_free(level, programme) || !refugee(profile, group)) {
        return Concerns::no;
    }
    // A refugee's group says nothing of citizenship (a refugee applies as a Norwegian-ID
    // holder): only a stated EU/EEA or Swiss citizenship makes the exemption needless.
    if (profile != nullptr) {
        if (const auto eu = eu_eea_swiss_citizen(catalog, *profile)) {
            return *eu ? Concerns::no : Concerns::yes;
        }
    }
    return Concerns::yes;
}

Concerns permit(const Catalog& catalog, const Profile* profile, Level level, Group group) {
    (void)level;
    if (refugee(profile, group) ||
        (profile != nullptr && profile->norwegian_id == HasNorwegianId::yes)) {
        return Concerns::no;
    }
    return non_eu_citizen(catalog, profile, group);
}

Concerns concerns(const Catalog& catalog, const JourneyStep& step, const JourneyQuery& q) {
    switch (step.audience) {
    case StepAudience::everyone: return Concerns::yes;
    case StepAudience::tuition_payers:
        return pays(catalog, q.profile, q.level, q.group, q.programme);
    case StepAudience::fee_exemption_applicants:
        return exemption(catalog, q.profile, q.level, q.group, q.programme);
    case StepAudience::permit_seekers: return permit(catalog, q.profile, q.level, q.group);
    }
    return Concerns::yes;
}

template <typename T> bool has(const std::vector<T>& values, T value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

} // namespace

Concerns pays_tuition(const Catalog& catalog, const Profile& profile, Level level, Group group,
                      const Programme* programme) {
    return pays(catalog, &profile, level, group, programme);
}

Concerns applies_for_fee_exemption(const Catalog& catalog, const Profile& profile, Level level,
                                   Group group, const Programme* programme) {
    return exemption(catalog, &profile, level, group, programme);
}

Concerns needs_permit(const Catalog& catalog, const Profile& profile, Level level, Group group) {
    return permit(catalog, &profile, level, group);
}

std::vector<JourneyEntry> journey(const Catalog& catalog, const JourneyQuery& q) {
    std::vector<JourneyEntry> out;
    const date::local_days today =
        catalog.meta.zone != nullptr
            ? date::floor<date::days>(catalog.meta.zone->to_local(q.now))
            : date::local_days{date::floor<date::days>(q.now).time_since_epoch()};
    const date::year_month_day today_ymd{today};
    const date::year_month this_month{today_ymd.year(), today_ymd.month()};
    for (const auto& step : catalog.steps) {
        if (!has(step.levels, q.level) || !has(step.groups, q.group) ||
            !has(step.semesters, q.intake.semester) ||
            (step.first_intake_year != 0 && q.intake.year < step.first_intake_year)) {
            continue;
        }
        JourneyEntry e;
        e.step = &step;
        e.concerns = concerns(catalog, step, q);
        if (e.concerns == Concerns::no) {
            continue;
        }
        e.confidence = step.provenance.confidence;
        e.sources = step.provenance.sources;
        e.source_details = step.provenance.source_details;
        const auto dated =
            std::find_if(step.dated.begin(), step.dated.end(),
                         [&](const StepDate& d) { return d.intake_year == q.intake.year; });
        if (dated != step.dated.end()) {
            e.precision = StepPrecision::day;
            e.day = dated->day;
            e.confidence = dated->provenance.confidence;
            e.sources = dated->provenance.sources;
            e.source_details = dated->provenance.source_details;
            e.note = dated->note;
            e.note_nb = dated->note_nb;
        } else if (step.month != 0 && step.day != 0) {
            const auto day =
                date::year{q.intake.year} / date::month{step.month} / date::day{step.day};
            e.precision = StepPrecision::day;
            e.day = day;
            if (q.intake.year > step.published_through) {
                e.confidence = weakest(e.confidence, Confidence::projected);
            }
        } else if (step.month != 0) {
            e.precision = StepPrecision::month;
            e.month = date::year{q.intake.year} / date::month{step.month};
        }
        // A programme's own study start wins over the level's (msisee: "Study start in
        // September only."), with the programme's sources.
        if (starts_semester(step) && q.programme != nullptr && q.programme->start_month != 0) {
            e.precision = StepPrecision::month;
            e.month = date::year{q.intake.year} / date::month{q.programme->start_month};
            e.confidence = q.programme->provenance.confidence;
            e.sources = q.programme->provenance.sources;
            e.note.clear();
            e.note_nb.clear();
        }
        if (e.precision == StepPrecision::day) {
            e.month = date::year_month{e.day.year(), e.day.month()};
            e.past = date::local_days{e.day} < today;
        } else if (e.precision == StepPrecision::month) {
            e.past = e.month < this_month;
        } else {
            for (const auto& d : step.dated) {
                if (d.intake_year < q.intake.year &&
                    (!e.last_dated || d.intake_year > e.last_dated->intake_year)) {
                    e.last_dated = d;
                }
            }
        }
        out.push_back(std::move(e));
    }
    return out;
}

bool starts_semester(const JourneyStep& step) {
    return step.id.starts_with("semester-start");
}

const JourneyEntry* next_after_deadline(const std::vector<JourneyEntry>& entries) {
    const auto found = std::find_if(entries.begin(), entries.end(),
                                    [](const JourneyEntry& e) { return !e.step->at_deadline; });
    return found == entries.end() ? nullptr : &*found;
}

} // namespace ntnu
