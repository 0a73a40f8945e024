#include "catalog_binary.hpp"

#include "programme_search.hpp" // EnumNames of ProgrammeKind and DeadlineSource
#include "text.hpp"
#include "zone_lookup.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <type_traits>

namespace ntnu {
namespace {

// A Catalog field added, removed or resized without the encoding below following would be lost
// or misread: these fail the build instead. On a change, update both directions and bump
// catalog_binary_version. (Sizes are those of 64-bit libstdc++, where the program is built.)
#if defined(__GLIBCXX__) && __SIZEOF_POINTER__ == 8
static_assert(sizeof(Provenance) == 32, "Provenance changed: update catalog_binary");
static_assert(sizeof(Meta) == 112, "Meta changed: update catalog_binary");
static_assert(sizeof(CountrySet) == 88, "CountrySet changed: update catalog_binary");
static_assert(sizeof(GroupRuleFact) == 104, "GroupRuleFact changed: update catalog_binary");
static_assert(sizeof(Track) == 112, "Track changed: update catalog_binary");
static_assert(sizeof(Programme) == 240, "Programme changed: update catalog_binary");
static_assert(sizeof(DeadlineException) == 80, "DeadlineException changed: update catalog_binary");
static_assert(sizeof(YearlyDeadline) == 240, "YearlyDeadline changed: update catalog_binary");
static_assert(sizeof(DatedDeadline) == 200, "DatedDeadline changed: update catalog_binary");
static_assert(sizeof(Catalog) == 256, "Catalog changed: update catalog_binary");
#endif

constexpr std::array<char, 8> magic{'N', 'T', 'N', 'U', 'C', 'A', 'T', '\0'};
// magic, version, payload size, checksum
constexpr std::size_t header_size = magic.size() + 4 + 8 + 8;

// How many values an enum has: a stored number at or past it is refused.
template <typename E> constexpr std::size_t value_count = EnumNames<E>::names.size();
template <> constexpr std::size_t value_count<TrackKind> = 3; // fixed, rolling, scheme

std::uint64_t load_le64(const unsigned char* p) {
    // One load on the little-endian machines the program runs on; byte by byte elsewhere.
    if constexpr (std::endian::native == std::endian::little) {
        std::uint64_t v = 0;
        std::memcpy(&v, p, sizeof v);
        return v;
    } else {
        std::uint64_t v = 0;
        for (int i = 7; i >= 0; --i) {
            v = (v << 8) | p[i];
        }
        return v;
    }
}

// Catches a torn or damaged blob, not an attacker (the cache is the user's own). Four lanes of
// multiply-rotate keep the multiplier busy: 3 MiB takes a fraction of a millisecond.
std::uint64_t checksum(std::string_view bytes) {
    constexpr std::uint64_t prime = 0x9E3779B97F4A7C15ULL;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::array<std::uint64_t, 4> lanes{1, 2, 3, 4};
    std::size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        for (std::size_t k = 0; k < lanes.size(); ++k) {
            const std::uint64_t v = (lanes[k] ^ load_le64(p + i + 8 * k)) * prime;
            lanes[k] = (v << 31) | (v >> 33);
        }
    }
    std::uint64_t h = n;
    for (; i < n; ++i) {
        h = (h ^ p[i]) * prime;
    }
    for (const std::uint64_t lane : lanes) {
        h = (h ^ lane) * prime;
        h ^= h >> 29;
    }
    return h;
}

class Writer {
public:
    std::string& bytes() { return out_; }

    void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
    void u32(std::uint32_t v) {
        for (int i = 0; i < 4; ++i) {
            out_.push_back(static_cast<char>(v >> (8 * i)));
        }
    }
    void u64(std::uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            out_.push_back(static_cast<char>(v >> (8 * i)));
        }
    }
    void i32(int v) { u32(static_cast<std::uint32_t>(v)); }
    void i64(std::int64_t v) { u64(static_cast<std::uint64_t>(v)); }
    void count(std::size_t n) { u32(static_cast<std::uint32_t>(n)); }
    void text(std::string_view s) {
        count(s.size());
        out_.append(s);
    }
    template <typename E> void enumeration(E v) { u8(static_cast<std::uint8_t>(v)); }

    void texts(const std::vector<std::string>& values) {
        count(values.size());
        for (const auto& v : values) {
            text(v);
        }
    }
    template <typename E> void enumerations(const std::vector<E>& values) {
        count(values.size());
        for (const E v : values) {
            enumeration(v);
        }
    }
    void month_day(date::month_day md) {
        u8(static_cast<std::uint8_t>(static_cast<unsigned>(md.month())));
        u8(static_cast<std::uint8_t>(static_cast<unsigned>(md.day())));
    }
    void provenance(const Provenance& p) {
        enumeration(p.confidence);
        texts(p.sources);
    }

private:
    std::string out_;
};

// Reads the payload front to back. The first bad length or value marks it failed; from then on
// every read yields an empty value and every count zero, so the caller's loops end at once and
// only ok() needs checking at the end.
class Reader {
public:
    explicit Reader(std::string_view bytes)
        : p_(reinterpret_cast<const unsigned char*>(bytes.data())), end_(p_ + bytes.size()) {}

    bool ok() const { return ok_; }
    bool at_end() const { return p_ == end_; }
    void fail() {
        ok_ = false;
        p_ = end_;
    }

    std::uint8_t u8() { return take(1) ? p_[-1] : 0; }
    std::uint32_t u32() {
        if (!take(4)) {
            return 0;
        }
        const unsigned char* q = p_ - 4;
        return static_cast<std::uint32_t>(q[0]) | (static_cast<std::uint32_t>(q[1]) << 8) |
               (static_cast<std::uint32_t>(q[2]) << 16) | (static_cast<std::uint32_t>(q[3]) << 24);
    }
    std::uint64_t u64() { return take(8) ? load_le64(p_ - 8) : 0; }
    int i32() { return static_cast<int>(static_cast<std::int32_t>(u32())); }
    std::int64_t i64() { return static_cast<std::int64_t>(u64()); }
    // The next `n` bytes as they are, unread; empty when fewer are left.
    std::string_view bytes(std::size_t n) {
        return take(n) ? std::string_view(reinterpret_cast<const char*>(p_ - n), n)
                       : std::string_view();
    }
    bool flag() {
        const std::uint8_t v = u8();
        if (v > 1) {
            fail();
        }
        return v == 1;
    }

    // A count of things each at least `min_bytes` long: more than the bytes left could hold is
    // refused before anything is reserved, so a damaged count cannot ask for gigabytes.
    std::size_t count(std::size_t min_bytes) {
        const std::size_t n = u32();
        if (n > static_cast<std::size_t>(end_ - p_) / min_bytes) {
            fail();
            return 0;
        }
        return n;
    }
    void text(std::string& out) {
        const std::size_t n = count(1);
        if (take(n) && n > 0) {
            // Constructing (rather than assigning into) the empty string is the cheaper path.
            out = std::string(reinterpret_cast<const char*>(p_ - n), n);
        }
    }
    template <typename E> E enumeration() {
        const std::uint8_t v = u8();
        if (v >= value_count<E>) {
            fail();
            return E{};
        }
        return static_cast<E>(v);
    }

    void texts(std::vector<std::string>& out) {
        const std::size_t n = count(4); // each at least its length
        out.resize(n);
        for (auto& s : out) {
            text(s);
        }
    }
    template <typename E> void enumerations(std::vector<E>& out) {
        const std::size_t n = count(1);
        out.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            out.push_back(enumeration<E>());
        }
    }
    date::month_day month_day() {
        const date::month_day md{date::month{u8()}, date::day{u8()}};
        if (!md.ok()) {
            fail();
        }
        return md;
    }
    // Minutes since local midnight, as the parser reads "HH:MM".
    std::chrono::minutes time_of_day() {
        const int m = i32();
        if (m < 0 || m >= 24 * 60) {
            fail();
        }
        return std::chrono::minutes{m};
    }
    void provenance(Provenance& p) {
        p.confidence = enumeration<Confidence>();
        texts(p.sources);
    }

private:
    bool take(std::size_t n) {
        if (n > static_cast<std::size_t>(end_ - p_)) {
            fail();
            return false;
        }
        p_ += n;
        return true;
    }

    const unsigned char* p_;
    const unsigned char* end_;
    bool ok_ = true;
};

// The smallest encoding of each element (its fixed-width fields and empty strings and lists)
// bounds each count by the bytes left.
// (A unit test round-trips a lone element of each kind: a bound too high would refuse it.)
constexpr std::size_t min_provenance = 1 + 4;
constexpr std::size_t min_country_set = 4 + 4 + min_provenance;
constexpr std::size_t min_rule = 4 + 1 + 4 + min_provenance;
constexpr std::size_t min_track = 3 + 4 + 4 + min_provenance;
constexpr std::size_t min_exception = 4 + 2 + 4 + 4 + min_provenance;
constexpr std::size_t min_yearly = 4 + 4 + 4 + 4 + 1 + 2 + 4 + 1 + 4 + 2 + 4 + 4 + 4 + 4;
constexpr std::size_t min_dated = 4 + 4 + 4 + 4 + 1 + 1 + 4 + 1 + 8 + 2 + 4 + 4;
// Each programme's share of the head: two separators in the search index, its start there and
// its row of the record table.
constexpr std::size_t min_programme_in_head = 2 + 4 + 4 + 4 + 8;

void write_meta(Writer& w, const Meta& m) {
    w.text(m.institution);
    w.text(m.zone_name);
    w.text(m.data_version);
    w.i32(static_cast<int>(m.last_checked.year()));
    w.u8(static_cast<std::uint8_t>(static_cast<unsigned>(m.last_checked.month())));
    w.u8(static_cast<std::uint8_t>(static_cast<unsigned>(m.last_checked.day())));
}

void read_meta(Reader& r, Meta& m) {
    r.text(m.institution);
    r.text(m.zone_name);
    r.text(m.data_version);
    const int year = r.i32();
    const unsigned month = r.u8();
    const unsigned day = r.u8();
    m.last_checked = date::year{year} / date::month{month} / date::day{day};
    if (year < static_cast<int>(date::year::min()) || year > static_cast<int>(date::year::max()) ||
        !m.last_checked.ok()) {
        r.fail();
    }
}

void write_programme(Writer& w, const Programme& p) {
    w.text(p.id);
    w.text(p.name);
    w.enumeration(p.level);
    w.enumerations(p.campuses);
    w.u8(p.duration_years ? 1 : 0);
    w.i32(p.duration_years.value_or(0));
    w.enumeration(p.kind);
    w.text(p.url);
    w.enumerations(p.closed_to);
    w.enumeration(p.deadlines);
    w.text(p.note);
    w.provenance(p.provenance);
}

void read_programme(Reader& r, Programme& p) {
    r.text(p.id);
    r.text(p.name);
    p.level = r.enumeration<Level>();
    r.enumerations(p.campuses);
    const bool has_years = r.flag();
    const int years = r.i32();
    if (has_years) {
        p.duration_years = years;
    }
    p.kind = r.enumeration<ProgrammeKind>();
    r.text(p.url);
    r.enumerations(p.closed_to);
    p.deadlines = r.enumeration<DeadlineSource>();
    r.text(p.note);
    r.provenance(p.provenance);
}

void write_yearly(Writer& w, const YearlyDeadline& d) {
    w.text(d.id);
    w.enumerations(d.levels);
    w.enumerations(d.groups);
    w.texts(d.programmes);
    w.enumeration(d.milestone);
    w.month_day(d.closing_day);
    w.i32(static_cast<int>(d.closing_time.count()));
    w.enumeration(d.semester);
    w.i32(d.intake_year_offset);
    w.enumeration(d.date_confidence);
    w.enumeration(d.time_confidence);
    w.texts(d.sources);
    w.texts(d.time_sources);
    w.text(d.note);
    w.count(d.exceptions.size());
    for (const auto& e : d.exceptions) {
        w.i32(e.intake_year);
        w.month_day(e.closing_day);
        w.i32(static_cast<int>(e.closing_time.count()));
        w.text(e.note);
        w.provenance(e.provenance);
    }
}

void read_yearly(Reader& r, YearlyDeadline& d) {
    r.text(d.id);
    r.enumerations(d.levels);
    r.enumerations(d.groups);
    r.texts(d.programmes);
    d.milestone = r.enumeration<Milestone>();
    d.closing_day = r.month_day();
    d.closing_time = r.time_of_day();
    d.semester = r.enumeration<Semester>();
    d.intake_year_offset = r.i32();
    d.date_confidence = r.enumeration<Confidence>();
    d.time_confidence = r.enumeration<Confidence>();
    r.texts(d.sources);
    r.texts(d.time_sources);
    r.text(d.note);
    d.exceptions.resize(r.count(min_exception));
    for (auto& e : d.exceptions) {
        e.intake_year = r.i32();
        e.closing_day = r.month_day();
        e.closing_time = r.time_of_day();
        r.text(e.note);
        r.provenance(e.provenance);
    }
}

void write_dated(Writer& w, const DatedDeadline& d) {
    w.text(d.id);
    w.enumerations(d.levels);
    w.enumerations(d.groups);
    w.texts(d.programmes);
    w.enumeration(d.milestone);
    w.enumeration(d.intake.semester);
    w.i32(d.intake.year);
    w.u8(d.closes ? 1 : 0);
    w.i64(d.closes ? d.closes->time_since_epoch().count() : 0);
    w.enumeration(d.date_confidence);
    w.enumeration(d.time_confidence);
    w.texts(d.sources);
    w.text(d.note);
}

void read_dated(Reader& r, DatedDeadline& d) {
    r.text(d.id);
    r.enumerations(d.levels);
    r.enumerations(d.groups);
    r.texts(d.programmes);
    d.milestone = r.enumeration<Milestone>();
    d.intake.semester = r.enumeration<Semester>();
    d.intake.year = r.i32();
    const bool closes = r.flag();
    const std::int64_t seconds = r.i64();
    if (closes) {
        d.closes = date::local_seconds{std::chrono::seconds{seconds}};
    }
    d.date_confidence = r.enumeration<Confidence>();
    d.time_confidence = r.enumeration<Confidence>();
    r.texts(d.sources);
    r.text(d.note);
}

// Everything but the programmes: the head of the payload.
void write_sections(Writer& w, const Catalog& c) {
    write_meta(w, c.meta);
    w.count(c.country_sets.size());
    for (const auto& s : c.country_sets) {
        w.text(s.id);
        w.texts(s.countries);
        w.provenance(s.provenance);
    }
    w.count(c.rules.size());
    for (const auto& rule : c.rules) {
        w.text(rule.id);
        w.enumeration(rule.group);
        w.text(rule.quote);
        w.provenance(rule.provenance);
    }
    w.count(c.tracks.size());
    for (const auto& t : c.tracks) {
        w.enumeration(t.level);
        w.enumeration(t.group);
        w.enumeration(t.kind);
        w.text(t.url);
        w.text(t.note);
        w.provenance(t.provenance);
    }
    w.count(c.yearly.size());
    for (const auto& d : c.yearly) {
        write_yearly(w, d);
    }
    w.count(c.dated.size());
    for (const auto& d : c.dated) {
        write_dated(w, d);
    }
}

void read_sections(Reader& r, Catalog& c) {
    read_meta(r, c.meta);
    c.country_sets.resize(r.count(min_country_set));
    for (auto& s : c.country_sets) {
        r.text(s.id);
        r.texts(s.countries);
        r.provenance(s.provenance);
    }
    c.rules.resize(r.count(min_rule));
    for (auto& rule : c.rules) {
        r.text(rule.id);
        rule.group = r.enumeration<Group>();
        r.text(rule.quote);
        r.provenance(rule.provenance);
    }
    c.tracks.resize(r.count(min_track));
    for (auto& t : c.tracks) {
        t.level = r.enumeration<Level>();
        t.group = r.enumeration<Group>();
        t.kind = r.enumeration<TrackKind>();
        r.text(t.url);
        r.text(t.note);
        r.provenance(t.provenance);
    }
    c.yearly.resize(r.count(min_yearly));
    for (auto& d : c.yearly) {
        read_yearly(r, d);
    }
    c.dated.resize(r.count(min_dated));
    for (auto& d : c.dated) {
        read_dated(r, d);
    }
}

// The payload is a head, prefixed by its length, then one record per programme (the tail):
//   head = sections, N, search index, N index starts, N × {record offset, length, checksum}
// The search index holds each programme's id and name folded as find_programmes folds them,
// each followed by '\0', which no folded text holds: `programmes --search` finds its matches in
// the head alone and reads just their records, not all 10,000 (a fresh process pays for every
// page it reads). The head's checksum is in the header; each record's is in its row.
constexpr char index_separator = '\0';
constexpr std::size_t row_size = 4 + 4 + 8; // a record's offset in the tail, length, checksum

// The head's view of the programmes: the index and the rows, left in the head's bytes.
struct ProgrammeIndex {
    std::size_t count = 0;
    std::string_view text;   // folded id '\0' folded name '\0', programme after programme
    std::string_view starts; // N little-endian u32: where each programme's id starts in `text`
    std::string_view rows;   // N rows of row_size bytes
};

std::uint32_t le32_at(std::string_view bytes, std::size_t index) {
    Reader r(bytes.substr(4 * index, 4));
    return r.u32();
}

struct Row {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::uint64_t sum = 0;
};

Row row_at(const ProgrammeIndex& index, std::size_t i) {
    Reader r(index.rows.substr(row_size * i, row_size));
    Row row;
    row.offset = r.u32();
    row.length = r.u32();
    row.sum = r.u64();
    return row;
}

std::string write_head(const Catalog& c, const std::vector<std::string>& records) {
    Writer w;
    w.bytes().reserve(4096 + 96 * c.programmes.size());
    write_sections(w, c);
    w.count(c.programmes.size());
    std::string text;
    std::vector<std::uint32_t> starts;
    std::string key;
    for (const auto& p : c.programmes) {
        starts.push_back(static_cast<std::uint32_t>(text.size()));
        for (const std::string* field : {&p.id, &p.name}) {
            fold_for_lookup(*field, key);
            text += key;
            text += index_separator;
        }
    }
    w.text(text);
    for (const std::uint32_t start : starts) {
        w.u32(start);
    }
    std::size_t offset = 0;
    for (const auto& record : records) {
        w.u32(static_cast<std::uint32_t>(offset));
        w.u32(static_cast<std::uint32_t>(record.size()));
        w.u64(checksum(record));
        offset += record.size();
    }
    return std::move(w.bytes());
}

// Reads the head into `c` (all but its programmes) and `index`; false if it is not whole.
bool read_head(std::string_view head, Catalog& c, ProgrammeIndex& index) {
    Reader r(head);
    read_sections(r, c);
    index.count = r.count(min_programme_in_head);
    const std::size_t text_size = r.count(1);
    index.text = r.bytes(text_size);
    index.starts = r.bytes(4 * index.count);
    index.rows = r.bytes(row_size * index.count);
    return r.ok() && r.at_end();
}

// The programme record of `row` in `tail`; nullopt if it lies outside or (when checked) fails
// its checksum, or does not read whole.
std::optional<Programme> read_record(std::string_view tail, const Row& row, bool check_sum) {
    if (row.offset > tail.size() || row.length > tail.size() - row.offset) {
        return std::nullopt;
    }
    const std::string_view bytes = tail.substr(row.offset, row.length);
    if (check_sum && checksum(bytes) != row.sum) {
        return std::nullopt;
    }
    Reader r(bytes);
    std::optional<Programme> p(std::in_place);
    read_programme(r, *p);
    if (!r.ok() || !r.at_end()) {
        return std::nullopt;
    }
    return p;
}

// The catalog's zone, looked up as the parser looks it up. The zoneinfo may have changed since
// the blob was written: then the blob is refused and the file parsed again, to report it.
bool find_zone(Catalog& c) {
    c.meta.zone = lookup_zone(c.meta.zone_name);
    return c.meta.zone != nullptr;
}

// The whole payload; the head's checksum is the caller's, each record's checked here if asked.
std::optional<Catalog> read_payload(std::string_view payload, bool check_sums,
                                    std::uint64_t head_sum) {
    Reader r(payload);
    const std::uint64_t head_size = r.u64();
    if (!r.ok() || head_size > payload.size() - 8) {
        return std::nullopt;
    }
    const std::string_view head = payload.substr(8, head_size);
    const std::string_view tail = payload.substr(8 + head_size);
    if (check_sums && checksum(head) != head_sum) {
        return std::nullopt;
    }
    std::optional<Catalog> catalog(std::in_place);
    ProgrammeIndex index;
    if (!read_head(head, *catalog, index)) {
        return std::nullopt;
    }
    // The records tile the tail in order: nothing is read twice or left over.
    std::size_t end = 0;
    catalog->programmes.reserve(index.count);
    for (std::size_t i = 0; i < index.count; ++i) {
        const Row row = row_at(index, i);
        auto p = row.offset == end ? read_record(tail, row, check_sums) : std::nullopt;
        if (!p) {
            return std::nullopt;
        }
        catalog->programmes.push_back(std::move(*p));
        end += row.length;
    }
    if (end != tail.size() || !find_zone(*catalog)) {
        return std::nullopt;
    }
    return catalog;
}

struct Header {
    std::uint64_t payload_size = 0;
    std::uint64_t head_sum = 0;
};

std::optional<Header> read_header(std::string_view blob) {
    if (blob.size() < header_size ||
        blob.substr(0, magic.size()) != std::string_view(magic.data(), magic.size())) {
        return std::nullopt;
    }
    Reader r(blob.substr(magic.size(), header_size - magic.size()));
    const std::uint32_t version = r.u32();
    Header h;
    h.payload_size = r.u64();
    h.head_sum = r.u64();
    if (version != catalog_binary_version) {
        return std::nullopt;
    }
    return h;
}

} // namespace

std::string serialize_catalog(const Catalog& catalog) {
    std::vector<std::string> records;
    records.reserve(catalog.programmes.size());
    std::size_t tail_size = 0;
    for (const auto& p : catalog.programmes) {
        Writer w;
        write_programme(w, p);
        tail_size += w.bytes().size();
        records.push_back(std::move(w.bytes()));
    }
    const std::string head = write_head(catalog, records);
    Writer out;
    out.bytes().reserve(header_size + 8 + head.size() + tail_size);
    out.bytes().append(magic.data(), magic.size());
    out.u32(catalog_binary_version);
    out.u64(8 + head.size() + tail_size);
    out.u64(checksum(head));
    out.u64(head.size());
    out.bytes().append(head);
    for (const auto& record : records) {
        out.bytes().append(record);
    }
    return std::move(out.bytes());
}

std::optional<Catalog> deserialize_catalog(std::string_view blob) {
    const auto header = read_header(blob);
    if (!header || header->payload_size != blob.size() - header_size) {
        return std::nullopt;
    }
    return read_payload(blob.substr(header_size), true, header->head_sum);
}

std::optional<Catalog> deserialize_catalog_payload(std::string_view payload) {
    return read_payload(payload, false, 0);
}

std::optional<SearchedCatalog> deserialize_matching(std::string_view search, std::size_t blob_size,
                                                    const BlobReader& read) {
    const std::string key = fold_for_lookup(search);
    // An empty key matches every programme: the whole catalog is the faster read then.
    if (key.empty() || key.find(index_separator) != std::string::npos) {
        return std::nullopt;
    }
    const auto front = read(0, header_size + 8);
    const auto header = front ? read_header(*front) : std::nullopt;
    if (!header || blob_size < header_size + 8 || header->payload_size != blob_size - header_size) {
        return std::nullopt;
    }
    const std::uint64_t head_size = Reader(front->substr(header_size)).u64();
    if (head_size > header->payload_size - 8) {
        return std::nullopt;
    }
    const auto head = read(header_size + 8, head_size);
    if (!head || checksum(*head) != header->head_sum) {
        return std::nullopt;
    }
    std::optional<SearchedCatalog> out(std::in_place);
    ProgrammeIndex index;
    if (!read_head(*head, out->catalog, index)) {
        return std::nullopt;
    }
    out->programme_total = index.count;
    const std::size_t tail_start = header_size + 8 + head_size;
    const std::size_t tail_size = blob_size - tail_start;
    // Each hit lies inside one id or one name, as the key holds no separator. The programme is
    // the last one starting at or before it; the search goes on after that programme.
    std::size_t from = 0;
    std::size_t hit = 0;
    while ((hit = index.text.find(key, from)) != std::string_view::npos) {
        std::size_t low = 0;
        std::size_t high = index.count; // the first programme starting after the hit
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            if (le32_at(index.starts, mid) <= hit) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (low == 0) {
            return std::nullopt; // the first programme does not start at 0: not our index
        }
        const std::size_t i = low - 1;
        const Row row = row_at(index, i);
        if (row.offset > tail_size || row.length > tail_size - row.offset) {
            return std::nullopt;
        }
        const auto record = read(tail_start + row.offset, row.length);
        auto p = record ? read_record(*record, {0, row.length, row.sum}, true) : std::nullopt;
        if (!p) {
            return std::nullopt;
        }
        out->catalog.programmes.push_back(std::move(*p));
        const std::size_t next = low < index.count ? le32_at(index.starts, low) : index.text.size();
        from = std::max(next, hit + 1);
    }
    if (!find_zone(out->catalog)) {
        return std::nullopt;
    }
    return out;
}

} // namespace ntnu
