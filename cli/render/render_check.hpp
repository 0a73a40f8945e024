// SPDX-License-Identifier: MIT
#pragma once
// Human output of `ntnu check`: one line with the verdict, in the tone of its urgency.

#include "context.hpp"
#include "deadlines.hpp"

#include <string_view>
#include <vector>

namespace ntnu {

// The line for the answer that decided (the soonest still open, else the last to have closed),
// with the window in words (`within_text`, "14 days"); and the warning on stale data.
void render_verdict(Verdict verdict, const std::vector<Answer>& answers,
                    std::string_view within_text, Context& context);

} // namespace ntnu
