// ch04.3 probing: the interface of the exercise (not edited by the learner).
//
// A hash table finds a key's slot from its hash: hash & mask first, and when that slot holds
// another key, the next one of a fixed probe sequence (the book's Example 4-4, CPython's own):
// i = (5 * i + perturb + 1) & mask, with perturb starting at the hash and shifted right by 5 bits
// each step, so that all the hash's bits take part. You write the sequence and an 8-slot table of
// the book's cities hashed by their first letter (Example 4-5): insert, look up, and delete with a
// dummy so that keys placed after a collision stay reachable.
//
// Example:
//   namespace p = ch04::probing::exercise;
//   ch04::probing::Table t{};
//   p::insert(t, "Rome");                      // slot 2 ('R' = 82, 82 & 7 = 2)
//   p::insert(t, "Barcelona");                 // 'B' = 66 collides at 2, goes to 5
//   p::lookup(t, "Johannesburg").visited;      // {2, 5, 2, 3, 0}: stops at the empty slot 0
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wb/exercise.hpp"
#include "wb/generator.hpp"

namespace ch04::probing {

inline constexpr std::size_t kSlots = 8;
inline constexpr std::size_t kMask = kSlots - 1;
inline constexpr std::size_t kMaxKeys = 5;  // CPython fills at most 2/3 of a table: 5 of 8

// One slot: empty, holding a key, or a dummy left by a deletion.
struct Slot {
  enum class State { empty, used, dummy };
  State state = State::empty;
  std::string key;
};
using Table = std::array<Slot, kSlots>;

// What a lookup found: the slot holding the key (none if absent) and every slot it examined.
struct Lookup {
  std::optional<std::size_t> slot;
  std::vector<std::size_t> visited;
};

// The book's hash for its City class: the code of the key's first character (0 for an empty key).
inline std::uint64_t first_letter_hash(std::string_view key) {
  return key.empty() ? 0 : static_cast<unsigned char>(key.front());
}

#define WB_API "probing_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch04::probing
