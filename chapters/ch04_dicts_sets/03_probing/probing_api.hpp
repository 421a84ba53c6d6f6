// ch04.3 probing: the functions every implementation defines (read, don't edit).
//
// No include guard: probing.hpp includes this file once inside each of the namespaces baseline,
// exercise and solution (wb/variants.hpp). All of them hash keys with first_letter_hash.

// The slots a table of mask + 1 slots examines for `hash`, in order and without end:
// i = hash & mask; then, repeatedly, perturb >>= shift and i = (5 * i + perturb + 1) & mask,
// with perturb starting at hash.
wb::generator<std::size_t> probe_sequence(std::uint64_t hash, std::size_t mask, unsigned shift = 5);

// Puts key into the first slot of its probe sequence that is empty or a dummy, unless the key is
// already present (then nothing changes); returns the key's slot. Throws std::length_error when
// that slot is empty but kMaxKeys slots are already taken by keys and dummies (CPython's fill
// limit, so that every lookup meets an empty slot and ends).
std::size_t insert(Table& table, std::string_view key);

// Follows key's probe sequence until the key or an empty slot; a dummy does not stop it.
Lookup lookup(const Table& table, std::string_view key);

// Removes key, leaving a dummy in its slot; returns false if it was absent.
bool erase(Table& table, std::string_view key);
