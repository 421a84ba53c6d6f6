// FROZEN: the shipped starting point of bad_hash.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit bad_hash.cpp. Its TODO marks read STEP( here.
// ch04.6 bad_hash (slow): the book's BadHash: every key hashes to 42.
//
// Steps: the tests (`ctest --preset dev -L ch04.6`) pass as shipped and must keep passing: a
// constant hash is slow, never wrong. The target is in the benchmark (`./workbook check ch04.6`):
// looking up "zz" at least 300x faster than with the constant hash.
//   1. the book's GoodHash: ord(key[1]) + 26 * ord(key[0]), a different value for every key.
#include <cstdint>
#include <string_view>

#include "bad_hash.hpp"

namespace ch04::bad_hash::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// STEP(ch04.6) 1: every key collides with every other: each lookup walks the same probe sequence
// past all the keys inserted before it.
std::uint64_t key_hash(std::string_view /*key*/) { return 42; }

}  // namespace ch04::bad_hash::WB_VARIANT
