// ch04.7 fast_table: the interface of the exercise (not edited by the learner).
//
// Beyond the book. std::unordered_map is a chained hash table: every key lives in a heap node of
// its own, and its bucket array points to the node before the bucket's first one. A lookup is a
// modulo, then two or three dependent pointer loads, each a possible cache miss. CPython's dict
// (ch04.3, ch04.4) is open addressing instead: the keys sit in one flat array and a lookup probes
// neighbouring slots. The SwissTable design (Google's absl::flat_hash_map, 2017) adds one control
// byte per slot: empty, deleted (a tombstone) or 7 bits of the key's hash. Sixteen control bytes
// are compared with one SSE2 instruction, so a lookup usually reads one 16-byte group and one slot.
//
// Table (declared in fast_table_api.hpp once per variant) maps std::uint64_t keys to std::uint64_t
// values. As shipped it wraps std::unordered_map; make it at least 2x faster on hits and misses.
//
// Example:
//   ch04::fast_table::exercise::Table t;
//   t.insert_or_assign(7, 70);     // true: 7 is new
//   t.insert_or_assign(7, 71);     // false: assigned
//   *t.find(7);                    // 71
//   t.find(8);                     // nullptr
//   t.erase(7);                    // true; t.size() == 0
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "wb/exercise.hpp"

namespace ch04::fast_table {

// One key and its value, as an open-addressing table stores them side by side (16 bytes).
struct Slot {
  std::uint64_t key;
  std::uint64_t value;
};

// A control byte: kEmpty, kDeleted, or (0..127) the low 7 bits of a full slot's hash ("H2").
using Ctrl = std::int8_t;
inline constexpr Ctrl kEmpty = -128;       // 0b1000'0000: never used (ends a lookup)
inline constexpr Ctrl kDeleted = -2;       // 0b1111'1110: a tombstone (a lookup goes on)
inline constexpr std::size_t kGroup = 16;  // control bytes compared at once (one SSE2 register)

// Every key bit reaches the table's hash: the default hash_mask of a Table.
inline constexpr std::uint64_t kFullHash = ~std::uint64_t{0};

// A hash for 64-bit keys: the 128-bit product with a large odd constant, its halves folded by
// XOR. std::hash<std::uint64_t> is the identity, fine for a chained table that takes the key modulo
// a prime, hopeless for a power-of-two table that keeps the low bits: keys 0, 1024, 2048, ... would
// all land in the same group. Here every input bit moves many output bits, low ones included.
inline std::uint64_t mix(std::uint64_t key) {
  __extension__ using U128 = unsigned __int128;
  const U128 product = U128{key} * U128{0x9E37'79B9'7F4A'7C15};
  return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}

#define WB_API "fast_table_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch04::fast_table
