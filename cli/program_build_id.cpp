#include "program_build_id.hpp"

#include <cstring>
#include <elf.h>
#include <link.h>

namespace ntnu {

std::string_view program_build_id() {
    std::string_view id;
    ::dl_iterate_phdr(
        [](struct dl_phdr_info* info, std::size_t, void* out) {
            // The first object reported is the program itself.
            for (ElfW(Half) i = 0; i < info->dlpi_phnum; ++i) {
                const ElfW(Phdr)& segment = info->dlpi_phdr[i];
                if (segment.p_type != PT_NOTE) {
                    continue;
                }
                const char* p = reinterpret_cast<const char*>(info->dlpi_addr + segment.p_vaddr);
                const char* end = p + segment.p_memsz;
                const auto aligned = [](std::size_t n) { return (n + 3) & ~std::size_t{3}; };
                while (p + sizeof(ElfW(Nhdr)) <= end) {
                    ElfW(Nhdr) note{};
                    std::memcpy(&note, p, sizeof note);
                    const char* name = p + sizeof note;
                    const char* desc = name + aligned(note.n_namesz);
                    if (desc + note.n_descsz > end) {
                        break;
                    }
                    if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
                        std::memcmp(name, "GNU", 4) == 0) {
                        *static_cast<std::string_view*>(out) = {desc, note.n_descsz};
                        return 1;
                    }
                    p = desc + aligned(note.n_descsz);
                }
            }
            return 1;
        },
        &id);
    return id;
}

} // namespace ntnu
