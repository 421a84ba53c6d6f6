// ch04.3 probing (stub): the book's probe sequence (Example 4-4) and an 8-slot table of cities
// hashed by their first letter (Example 4-5).
//
// Steps: after each, run `ctest --preset dev -L ch04.3` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail with not_implemented.
//   1. probe_sequence: the endless generator of slot indices;
//   2. insert: the first empty or dummy slot of the key's sequence;
//   3. lookup: follow the sequence to the key or to an empty slot, recording each slot examined;
//   4. erase: turn the key's slot into a dummy.
// Done = the tests pass. There is no speed target.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

#include "probing.hpp"

namespace ch04::probing::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// TODO(ch04.3) 1: i = hash & mask; co_yield i; then forever: perturb >>= shift;
// i = (i * 5 + perturb + 1) & mask; co_yield i.
wb::generator<std::size_t> probe_sequence(std::uint64_t /*hash*/, std::size_t /*mask*/, unsigned /*shift*/) {
  throw wb::not_implemented{"ch04.3"};
  co_return;  // makes this function a coroutine
}

// TODO(ch04.3) 2: walk probe_sequence(first_letter_hash(key), kMask): a used slot holding the key
// means it is there already (return it); remember the first dummy you pass; at the first empty
// slot the key is absent: put it in that dummy, or else in the empty slot, but refuse
// (std::length_error) to fill an empty slot when 5 slots already hold keys or dummies.
std::size_t insert(Table& /*table*/, std::string_view /*key*/) { throw wb::not_implemented{"ch04.3"}; }

// TODO(ch04.3) 3: walk the sequence: record each slot; stop at an empty slot (absent) or at a used
// slot holding the key (found); go on past dummies and other keys.
Lookup lookup(const Table& /*table*/, std::string_view /*key*/) { throw wb::not_implemented{"ch04.3"}; }

// TODO(ch04.3) 4: find the key's slot with lookup and mark it a dummy (clear its key).
bool erase(Table& /*table*/, std::string_view /*key*/) { throw wb::not_implemented{"ch04.3"}; }

}  // namespace ch04::probing::WB_VARIANT
