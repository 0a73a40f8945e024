#pragma once
// Which build of the program is running, for data kept between runs (the catalog cache).

#include <string_view>

namespace ntnu {

// The GNU build ID the linker writes into the program (Debian's toolchain always does): a hash
// of the whole executable, so it changes with every rebuild that changes any code. Read from
// the program's loaded notes, with no system call. Empty when the program has none.
std::string_view program_build_id();

} // namespace ntnu
