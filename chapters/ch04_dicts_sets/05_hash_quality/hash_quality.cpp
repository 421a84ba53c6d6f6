// ch04.5 hash_quality (stub): collisions, entropy and a perfect hash (the book's chapter 4,
// "Probing" and "Hash Functions and Entropy"), then Example 4-6's Point with a content hash.
//
// Steps: after each, run `ctest --preset dev -L ch04.5` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail with not_implemented.
//   1. first_letter_collisions: 500 city names collide 474 times under a first-letter hash;
//   2. slot_entropy: how evenly a hash spreads keys over a table, in bits;
//   3. two_letter_hash, slot_collisions, is_perfect: Example 4-7 is perfect in 1,024 slots, and
//      cannot be in 512;
//   4. Point: operator== and point_hash, so that equal points are one key of a set.
// Done = the tests pass. There is no speed target (the benchmark shows what a poor Point hash costs).
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

#include "hash_quality.hpp"

namespace ch04::hash_quality::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// TODO(ch04.5) 1: count the names whose first_letter_hash an earlier name already had (keep the
// hashes seen so far, e.g. in a std::unordered_set or a bool array of 256).
std::size_t first_letter_collisions(std::span<const std::string> /*names*/) {
  throw wb::not_implemented{"ch04.5"};
}

// TODO(ch04.5) 2: reject a slots that is not a power of two; count the hashes per slot
// (hash & (slots - 1)); sum -p * log2(p) over the slots used, p = count / hashes.size().
double slot_entropy(std::span<const std::uint64_t> /*hashes*/, std::size_t /*slots*/) {
  throw wb::not_implemented{"ch04.5"};
}

// TODO(ch04.5) 3: check the key (two characters, each 'a' .. 'z'), then Example 4-7's formula.
std::uint64_t two_letter_hash(std::string_view /*key*/) { throw wb::not_implemented{"ch04.5"}; }

// TODO(ch04.5) 3: like step 1, with slots (hash & (slots - 1)) in place of first letters.
std::size_t slot_collisions(std::span<const std::uint64_t> /*hashes*/, std::size_t /*slots*/) {
  throw wb::not_implemented{"ch04.5"};
}

// TODO(ch04.5) 3: perfect = no collisions.
bool is_perfect(std::span<const std::uint64_t> /*hashes*/, std::size_t /*slots*/) {
  throw wb::not_implemented{"ch04.5"};
}

// TODO(ch04.5) 4: compare both coordinates.
bool operator==(const Point& /*a*/, const Point& /*b*/) { throw wb::not_implemented{"ch04.5"}; }

// TODO(ch04.5) 4: mix both coordinates into all 64 bits: a table uses only the low bits
// (14 of them for 16,384 slots), so (x << 32) | y, x ^ y or x + 31 * y will not do.
std::uint64_t point_hash(const Point& /*p*/) { throw wb::not_implemented{"ch04.5"}; }

}  // namespace ch04::hash_quality::WB_VARIANT
