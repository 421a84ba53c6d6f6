// ch04.4 pydict: the interface of the exercise (not edited by the learner).
//
// CPython's dict since 3.6 is "compact": the hash table (the index) holds small integers, each the
// position of an entry in a dense array of (hash, key, value) kept in insertion order. A lookup
// probes the index with the sequence of ch04.3; an insert appends an entry; an erase leaves a dummy
// in the index and a hole in the entries; only an insert rebuilds the table, when no usable entry
// is left: the new table has the smallest power of two >= 3 * size slots (8 at least), of which two
// thirds are usable. You write the five functions of that dict over the State below; the tests
// compare it with the book's figures and, step 5, with wb::pydict::Dict (shared/include/wb/pydict.hpp)
// operation by operation, probes included.
//
// Example:
//   namespace d = ch04::pydict::exercise;
//   ch04::pydict::State dict;                       // no table yet: index is empty
//   d::insert_or_assign(dict, "Rome", 1);           // builds 8 slots, 5 usable; Rome's entry is 0
//   d::find(dict, "Rome");                          // points at 1
//   d::erase(dict, "Rome");                         // index slot becomes kDummy, entry 0 a hole
//   d::items(dict);                                 // {} (holes are skipped)
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wb/exercise.hpp"

namespace ch04::pydict {

inline constexpr std::ptrdiff_t kEmpty = -1;  // an index slot that never held a key (DKIX_EMPTY)
inline constexpr std::ptrdiff_t kDummy = -2;  // an index slot whose key was erased (DKIX_DUMMY)
inline constexpr std::size_t kMinSlots = 8;   // PyDict_MINSIZE
inline constexpr unsigned kPerturbShift = 5;  // PERTURB_SHIFT

using HashFn = std::uint64_t (*)(std::string_view);

// The default hash: std::hash of the key's characters.
inline std::uint64_t default_hash(std::string_view key) { return std::hash<std::string_view>{}(key); }

// One entry of the dense array: live == false once its key was erased (a hole).
struct Entry {
  std::uint64_t hash = 0;
  std::string key;
  std::int64_t value = 0;
  bool live = true;
};

// The whole dict, in the open so that the tests (and you) can look inside.
struct State {
  std::vector<std::ptrdiff_t> index;  // the hash table: kEmpty, kDummy or a position in entries
  std::vector<Entry> entries;         // in insertion order; erased entries stay as holes
  std::size_t used = 0;               // live keys (len(d))
  std::size_t usable = 0;             // entries that may still be appended before a rebuild
  std::size_t probes = 0;             // index slots examined by every operation so far
  HashFn hash = default_hash;
};

// Two thirds of a table's slots, rounded down (USABLE_FRACTION).
constexpr std::size_t usable_fraction(std::size_t slots) { return slots * 2 / 3; }

#define WB_API "pydict_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch04::pydict
