// ch04.4 pydict: the functions every implementation defines (read, don't edit).
//
// No include guard: pydict.hpp includes this file once inside each of the namespaces baseline,
// exercise and solution (wb/variants.hpp). "Probes" are index slots read; each function adds the
// ones it reads to d.probes.

// Replaces d.index with `slots` empty slots (a power of two >= kMinSlots) and places the live
// entries in it, in order, each in the first empty slot of its probe sequence (one probe per slot
// read); drops the holes from d.entries (so positions change) and sets d.usable to
// usable_fraction(slots) - d.used.
void rebuild(State& d, std::size_t slots);

// Returns the value stored for key, or nullptr. Follows key's probe sequence from hash & mask
// until the key (same hash and same characters) or an empty slot; dummies do not stop it.
const std::int64_t* find(State& d, std::string_view key);

// Sets key's value: assigns in place (false) or appends a new entry (true). A new key goes to the
// first dummy or empty slot its lookup passed; when d.usable is 0 the table is first rebuilt with
// the smallest power of two >= 3 * d.used slots (at least kMinSlots) and the key placed afresh.
bool insert_or_assign(State& d, std::string_view key, std::int64_t value);

// Removes key (true) or returns false: its slot becomes kDummy, its entry a hole; d.used drops,
// d.usable does not rise, nothing is rebuilt.
bool erase(State& d, std::string_view key);

// The live (key, value) pairs in insertion order: an assigned key keeps its place, an erased and
// re-inserted one comes last.
std::vector<std::pair<std::string, std::int64_t>> items(const State& d);
