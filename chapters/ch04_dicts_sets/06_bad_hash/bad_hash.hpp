// ch04.6 bad_hash: the interface of the exercise (not edited by the learner).
//
// The book's Example 4-8 fills a set with the 676 two-letter keys "aa" .. "zz" twice: once with a
// hash that returns 42 for every key (the worst hash there is) and once with a hash that gives every
// key its own value, ord(key[1]) + 26 * ord(key[0]). Looking up "zz" (the key the constant hash
// placed last, after 675 collisions) is 54x slower with the bad hash; even a plain list scan beats
// it. Here the table is wb::pydict::Dict (CPython's dict, shared/include/wb/pydict.hpp) with your
// hash; the shipped hash is the constant one.
//
// Example:
//   namespace b = ch04::bad_hash::exercise;
//   b::key_hash("ab");                               // 42 as shipped
//   ch04::bad_hash::Table<ch04::bad_hash::ExerciseHash> t = ch04::bad_hash::make_table<...>();
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "wb/exercise.hpp"
#include "wb/pydict.hpp"

namespace ch04::bad_hash {

// "aa", "ab", ..., "zz": the book's keys, in its insertion order.
inline std::vector<std::string> two_letter_keys() {
  std::vector<std::string> keys;
  for (char a = 'a'; a <= 'z'; ++a)
    for (char b = 'a'; b <= 'z'; ++b) keys.push_back(std::string{a, b});
  return keys;
}

#define WB_API "bad_hash_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

// The table of the book's example with one variant's key_hash (a set: the values are unused).
template <std::uint64_t (*HashFn)(std::string_view)>
struct HashOf {
  std::uint64_t operator()(const std::string& key) const { return HashFn(key); }
};
template <std::uint64_t (*HashFn)(std::string_view)>
using Table = wb::pydict::Dict<std::string, bool, HashOf<HashFn>>;

template <std::uint64_t (*HashFn)(std::string_view)>
Table<HashFn> make_table() {
  Table<HashFn> table;
  for (const std::string& key : two_letter_keys()) table.insert_or_assign(key, true);
  return table;
}

}  // namespace ch04::bad_hash
