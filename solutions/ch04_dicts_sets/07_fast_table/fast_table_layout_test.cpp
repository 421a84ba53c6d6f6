// ch04.7 fast_table: checks of the solution's SwissTable layout that the learner's tests cannot
// make (they hold for any design): the capacity is a power of two of at least one group, keys fill
// at most 3/4 of it, it doubles as keys arrive, and a churn of inserts and erases at a constant
// size clears its tombstones without growing the table.
#include <doctest/doctest.h>

#include <algorithm>
#include <bit>
#include <cstdint>

#include "fast_table.hpp"

namespace sol = ch04::fast_table::solution;
using ch04::fast_table::kGroup;

TEST_CASE("the capacity is a power of two of at least 16 slots, at most 3/4 full, doubling") {
  sol::Table table;
  CHECK(table.capacity() == 0);  // nothing allocated before the first key
  std::size_t last = 0;
  std::size_t doublings = 0;
  std::size_t wrong = 0;
  for (std::uint64_t key = 0; key < 100'000; ++key) {
    table.insert_or_assign(key * 0x9E37'79B9'7F4A'7C15, key);
    const std::size_t capacity = table.capacity();
    wrong += !std::has_single_bit(capacity) || capacity < kGroup || table.size() * 4 > capacity * 3;
    if (capacity != last) {
      wrong += last != 0 && capacity != 2 * last;
      doublings += last != 0;
      last = capacity;
    }
  }
  CHECK(wrong == 0);
  CHECK(last == 262'144);  // 100,000 keys need more than 3/4 of 131,072 slots (98,304)
  CHECK(doublings == 14);  // 16 -> 262,144
}

TEST_CASE("a churn at a constant size rebuilds in place: the capacity stays put") {
  sol::Table table;
  for (std::uint64_t key = 0; key < 1'000; ++key) table.insert_or_assign(key, key);
  const std::size_t capacity = table.capacity();
  CHECK(capacity == 2'048);  // 1,000 keys > 3/4 of 1,024
  for (std::uint64_t key = 1'000; key < 300'000; ++key) {
    REQUIRE(table.erase(key - 1'000));
    REQUIRE(table.insert_or_assign(key, key));
  }
  CHECK(table.capacity() == capacity);
  CHECK(table.size() == 1'000);
}

TEST_CASE("a full group keeps tombstones; a weak hash keeps every key reachable after erases") {
  // hash_mask 0: one probe path for every key. 64 keys fill groups 0.. in path order; erasing
  // from the first, full group must not cut the path to the keys in later groups.
  sol::Table table(0);
  for (std::uint64_t key = 0; key < 64; ++key) table.insert_or_assign(key, key);
  for (std::uint64_t key = 0; key < 64; key += 3) REQUIRE(table.erase(key));
  std::size_t wrong = 0;
  for (std::uint64_t key = 0; key < 64; ++key) {
    const std::uint64_t* value = table.find(key);
    wrong += key % 3 == 0 ? value != nullptr : value == nullptr || *value != key;
  }
  CHECK(wrong == 0);
}

TEST_CASE("a weak-hash churn at no more than 400 keys never needs more than 2,048 slots") {
  // 8 hashes for 400 keys: 8 shared probe paths. (It does not reach a rebuild at the same size:
  // each path reuses its own tombstones, so mutant T8, always doubling, is not caught here.)
  sol::Table table(0x7);
  std::uint64_t state = 88'172'645'463'325'252u;
  auto next = [&state] {  // xorshift64
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  std::size_t largest = 0;
  for (int op = 0; op < 200'000; ++op) {
    const std::uint64_t key = next() % 400 * 0x9E37'79B9;
    if (next() % 2 == 0) {
      table.insert_or_assign(key, key);
    } else {
      table.erase(key);
    }
    largest = std::max(largest, table.capacity());
  }
  CHECK(largest <= 2'048);
}
