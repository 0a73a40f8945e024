// SPDX-License-Identifier: MIT
#include "toml_shape_guard.hpp"

#include <fmt/format.h>

namespace ntnu {
namespace {

bool is_bare_key_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

// Scans the text once, tracking only whether it is inside a string or a comment.
class ShapeScanner {
public:
    explicit ShapeScanner(std::string_view text) : text_(text) {}

    std::optional<ShapeProblem> run() {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '"' || c == '\'') {
                skip_string(c);
                continue; // a quoted key stays part of the dotted key around it
            }
            if (c == '#') {
                skip_comment();
                continue;
            }
            if (c == '.') {
                if (++dots_ > max_key_depth) {
                    return problem(
                        fmt::format("a key nested more than {} levels deep", max_key_depth));
                }
                // Each dot of a key may make one implicit table ("a.b.c = 1" makes a and a.b),
                // and toml++ builds them all: count them as the tables they are.
                if (in_key_ && ++tables_ > max_table_count) {
                    return problem(fmt::format("more than {} tables", max_table_count));
                }
            } else if (c == '[' || c == '{') {
                dots_ = 0;
                if (opens_table(c) && ++tables_ > max_table_count) {
                    return problem(fmt::format("more than {} tables", max_table_count));
                }
                open_bracket(c);
                // An array's first element is counted as it opens, the others at their ','.
                if (brackets_.back() == '[' && !empty_array_at(pos_ + 1) &&
                    ++elements_ > max_array_elements) {
                    return element_problem();
                }
            } else if (!is_bare_key_char(c) && c != ' ' && c != '\t') {
                dots_ = 0;
                if (auto counted = count_key_or_element(c)) {
                    return counted;
                }
                follow_punctuation(c);
            }
            advance();
        }
        return std::nullopt;
    }

private:
    // "[" opens a table only as a header, at the start of a line; elsewhere it opens an array.
    bool opens_table(char c) const { return c == '{' || at_line_start_; }

    // Whether the scanner is inside a key: from a line's start (outside an array), a header's
    // '[', an inline table's '{' or ',', up to the '=' or ']'. Dots elsewhere are in floats.
    void open_bracket(char c) {
        if (c == '{') {
            brackets_.push_back('{');
            in_key_ = true;
        } else if (in_key_ && (brackets_.empty() || brackets_.back() == 'h')) {
            brackets_.push_back('h'); // a [table] or [[array]] header: its name is a key
        } else {
            brackets_.push_back('[');
            in_key_ = false;
        }
    }

    // An '=' that ends a key is one more key; a ',' in an array one more element (the first
    // element of each array is counted at its '[', unless "[]" follows; a trailing comma counts
    // one too many: close enough for a cap).
    std::optional<ShapeProblem> count_key_or_element(char c) {
        if (c == '=' && in_key_ && ++keys_ > max_key_count) {
            return problem(fmt::format("more than {} keys", max_key_count));
        }
        if (c == ',' && !brackets_.empty() && brackets_.back() == '[' &&
            ++elements_ > max_array_elements) {
            return element_problem();
        }
        return std::nullopt;
    }

    // Whether only blanks stand between an array's '[' (before `at`) and its ']': "[]" holds
    // no element.
    bool empty_array_at(std::size_t at) const {
        while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t')) {
            ++at;
        }
        return at < text_.size() && text_[at] == ']';
    }

    ShapeProblem element_problem() const {
        return problem(fmt::format("more than {} array elements", max_array_elements));
    }

    void follow_punctuation(char c) {
        if (c == '=') {
            in_key_ = false;
        } else if (c == ']' || c == '}') {
            if (!brackets_.empty()) {
                brackets_.pop_back();
            }
            in_key_ = false;
        } else if (c == ',') {
            in_key_ = !brackets_.empty() && brackets_.back() == '{';
        }
    }

    void advance() {
        const char c = text_[pos_++];
        if (c == '\n') {
            ++line_;
            line_start_ = pos_;
            at_line_start_ = true;
            if (brackets_.empty() || brackets_.back() == 'h') {
                brackets_.clear(); // an unclosed header: toml++ will say so
                in_key_ = true;
            }
        } else if (c != ' ' && c != '\t' && c != '\r') {
            at_line_start_ = false;
        }
    }

    // Comments and strings are most of a data file's bytes: step over them without the
    // bookkeeping advance() does, which only a line break changes (and none is inside).
    void skip_comment() {
        const std::size_t end = text_.find('\n', pos_);
        pos_ = end == std::string_view::npos ? text_.size() : end;
        at_line_start_ = false;
    }

    void skip_plain_string_text(char quote) {
        const std::size_t start = pos_;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == quote || c == '\n' || (c == '\\' && quote == '"')) {
                break;
            }
            ++pos_;
        }
        if (pos_ != start) {
            at_line_start_ = false;
        }
    }

    // Whether `count` quotes start at pos_ (compared in place: this runs once per character).
    bool quotes_at(char quote, std::size_t count) const {
        if (pos_ + count > text_.size()) {
            return false;
        }
        for (std::size_t i = 0; i < count; ++i) {
            if (text_[pos_ + i] != quote) {
                return false;
            }
        }
        return true;
    }

    void skip_string(char quote) {
        const bool multiline = quotes_at(quote, 3);
        const std::size_t opener = multiline ? 3 : 1;
        for (std::size_t i = 0; i < opener; ++i) {
            advance();
        }
        while (pos_ < text_.size()) {
            skip_plain_string_text(quote);
            if (pos_ == text_.size()) {
                return;
            }
            if (quote == '"' && text_[pos_] == '\\') {
                advance();
                if (pos_ < text_.size()) {
                    advance();
                }
                continue;
            }
            if (!multiline && text_[pos_] == '\n') {
                return; // an unclosed string: toml++ will say so
            }
            if (text_[pos_] == quote && quotes_at(quote, opener)) {
                for (std::size_t i = 0; i < opener; ++i) {
                    advance();
                }
                return;
            }
            advance();
        }
    }

    ShapeProblem problem(std::string message) const {
        return {line_, static_cast<int>(pos_ - line_start_) + 1, std::move(message)};
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::size_t line_start_ = 0;
    int line_ = 1;
    bool at_line_start_ = true;
    std::size_t dots_ = 0;
    std::size_t tables_ = 0;
    std::size_t keys_ = 0;
    std::size_t elements_ = 0;
    bool in_key_ = true;
    std::string brackets_; // the open '[' (array), 'h' (header) and '{', innermost last
};

} // namespace

std::optional<ShapeProblem> find_shape_problem(std::string_view text) {
    return ShapeScanner(text).run();
}

} // namespace ntnu
