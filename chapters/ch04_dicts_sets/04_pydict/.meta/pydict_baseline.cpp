// FROZEN: the shipped starting point of pydict.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit pydict.cpp. Its TODO marks read STEP( here.
// ch04.4 pydict (stub): CPython's compact dict, built in five steps over ch04::pydict::State.
//
// Steps: after each, run `ctest --preset dev -L ch04.4` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail with not_implemented.
//   1. rebuild: a fresh index table, the live entries placed in it in order;
//   2. find: follow a key's probe sequence to the key or to an empty slot;
//   3. insert_or_assign: assign in place, or append an entry, rebuilding when nothing is usable;
//   4. erase: a dummy in the index, a hole in the entries;
//   5. items: the live pairs in insertion order (then the model test against wb::pydict::Dict).
// Done = the tests pass. There is no speed target: this dict is for watching, not for speed.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pydict.hpp"

namespace ch04::pydict::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// STEP(ch04.4) 1: keep only the live entries (in order); fill a new index of `slots` kEmpty; for
// each entry i, walk its probe sequence (i = hash & mask, then perturb >>= 5 and
// i = (5 * i + perturb + 1) & mask, perturb starting at the hash), adding 1 to d.probes per slot
// read, and store i's position in the first slot that is < 0. Then set d.usable.
void rebuild(State& /*d*/, std::size_t /*slots*/) { throw wb::not_implemented{"ch04.4"}; }

// STEP(ch04.4) 2: no table: nullptr. Else walk key's probe sequence, one probe per slot read: kEmpty
// ends it (absent); an entry with the same hash and key is the answer; dummies and other keys: go on.
const std::int64_t* find(State& /*d*/, std::string_view /*key*/) { throw wb::not_implemented{"ch04.4"}; }

// STEP(ch04.4) 3: walk like find, remembering the first slot < 0 you pass. Found: assign, false.
// Absent: if d.usable == 0, rebuild to the smallest power of two >= 3 * d.used (at least kMinSlots)
// and walk again (counting probes) to the first slot < 0. Append the entry, point the slot at it,
// d.used + 1, d.usable - 1, true.
bool insert_or_assign(State& /*d*/, std::string_view /*key*/, std::int64_t /*value*/) {
  throw wb::not_implemented{"ch04.4"};
}

// STEP(ch04.4) 4: walk like find. Absent: false. Found: the slot becomes kDummy, the entry a hole
// (live = false), d.used - 1. Do not touch d.usable.
bool erase(State& /*d*/, std::string_view /*key*/) { throw wb::not_implemented{"ch04.4"}; }

// STEP(ch04.4) 5: the live entries' (key, value), in the order of d.entries.
std::vector<std::pair<std::string, std::int64_t>> items(const State& /*d*/) { throw wb::not_implemented{"ch04.4"}; }

}  // namespace ch04::pydict::WB_VARIANT
