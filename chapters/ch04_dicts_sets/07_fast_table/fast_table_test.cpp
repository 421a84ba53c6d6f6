// ch04.7 fast_table: behaviour of the table, whatever its design: insert, assign, find, erase and
// size, the extreme keys, growth through many sizes, keys that collide on purpose (a weak hash), and
// a model test: a million random operations compared with std::unordered_map. They pass as shipped
// (std::unordered_map itself) and must keep passing; the speed is the benchmark's.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <unordered_map>
#include <vector>

#include "fast_table.hpp"

namespace impl = ch04::fast_table::WB_TESTED;  // exercise, baseline or solution: the build decides
using Table = impl::Table;

namespace {

constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();

// The value the table holds for key, or -1 (as a uint64) when find says absent.
std::uint64_t value_or_none(const Table& table, std::uint64_t key) {
  const std::uint64_t* value = table.find(key);
  return value == nullptr ? kMax : *value;
}

}  // namespace

TEST_CASE("step 1: insert, assign, find and size, keys 0 and UINT64_MAX included") {
  Table table;
  const bool found_in_empty = table.find(0) != nullptr || table.find(kMax) != nullptr;
  CHECK_FALSE(found_in_empty);
  CHECK(table.size() == 0);
  const bool new_zero = table.insert_or_assign(0, 10);
  const bool new_max = table.insert_or_assign(kMax, 20);
  const bool new_seven = table.insert_or_assign(7, 30);
  CHECK(new_zero);
  CHECK(new_max);
  CHECK(new_seven);
  CHECK(table.size() == 3);
  const bool assigned_again = table.insert_or_assign(7, 31);
  CHECK_FALSE(assigned_again);
  CHECK(table.size() == 3);
  CHECK(value_or_none(table, 0) == 10);
  CHECK(value_or_none(table, kMax) == 20);
  CHECK(value_or_none(table, 7) == 31);
  for (const std::uint64_t absent : {std::uint64_t{1}, std::uint64_t{6}, std::uint64_t{8}, kMax - 1}) {
    CAPTURE(absent);
    CHECK(table.find(absent) == nullptr);
  }
}

TEST_CASE("step 1: the table grows through many sizes and keeps every key") {
  Table table;
  std::mt19937_64 rng(404);
  std::vector<std::uint64_t> keys;
  for (std::size_t n = 1; n <= 20'000; ++n) {
    keys.push_back(rng());
    REQUIRE(table.insert_or_assign(keys.back(), n));
    if ((n & (n - 1)) == 0 || n % 977 == 0) {  // powers of two and a few sizes between
      CAPTURE(n);
      std::size_t wrong = 0;
      for (std::size_t i = 0; i < keys.size(); ++i) wrong += value_or_none(table, keys[i]) != i + 1;
      CHECK(wrong == 0);
      CHECK(table.size() == n);
    }
  }
  std::size_t found_absent = 0;
  for (int i = 0; i < 20'000; ++i) found_absent += table.find(rng()) != nullptr;
  CHECK(found_absent == 0);
}

TEST_CASE("step 2: keys that differ only in their high bits, or only in their low bits") {
  Table table;
  std::vector<std::uint64_t> keys;
  for (std::uint64_t i = 0; i < 4096; ++i) keys.push_back(i << 52);           // low 52 bits all 0
  for (std::uint64_t i = 1; i < 4096; ++i) keys.push_back(kMax - i);          // high bits all 1
  for (std::uint64_t i = 1; i < 4096; ++i) keys.push_back(i * 1024 + 1);      // a stride of 1024
  for (const std::uint64_t key : keys) REQUIRE(table.insert_or_assign(key, ~key));
  CHECK(table.size() == keys.size());
  std::size_t wrong = 0;
  for (const std::uint64_t key : keys) wrong += value_or_none(table, key) != ~key;
  CHECK(wrong == 0);
  std::size_t found_absent = 0;
  for (std::uint64_t i = 0; i < 4096; ++i) found_absent += table.find((i << 52) + 2) != nullptr;
  CHECK(found_absent == 0);
}

TEST_CASE("step 2: a weak hash: hundreds of keys with the same hash are all found, others not") {
  for (const std::uint64_t hash_mask : {std::uint64_t{0}, std::uint64_t{0xF}, std::uint64_t{0xFF}}) {
    CAPTURE(hash_mask);
    Table table(hash_mask);
    for (std::uint64_t key = 0; key < 600; ++key) REQUIRE(table.insert_or_assign(key << 8, key));
    CHECK(table.size() == 600);
    std::size_t wrong = 0;
    for (std::uint64_t key = 0; key < 600; ++key) wrong += value_or_none(table, key << 8) != key;
    CHECK(wrong == 0);
    std::size_t found_absent = 0;
    for (std::uint64_t key = 600; key < 1200; ++key) found_absent += table.find(key << 8) != nullptr;
    CHECK(found_absent == 0);
  }
}

TEST_CASE("step 3: erase removes one key; the keys that collided with it stay reachable") {
  Table table(0);  // every key has the same hash: one probe path for all
  for (std::uint64_t key = 0; key < 100; ++key) REQUIRE(table.insert_or_assign(key, key + 1000));
  for (std::uint64_t key = 0; key < 100; key += 2) REQUIRE(table.erase(key));
  const bool erased_again = table.erase(0);
  const bool erased_absent = table.erase(1'000'000);
  CHECK_FALSE(erased_again);
  CHECK_FALSE(erased_absent);
  CHECK(table.size() == 50);
  std::size_t wrong = 0;
  for (std::uint64_t key = 0; key < 100; ++key) {
    wrong += value_or_none(table, key) != (key % 2 == 0 ? kMax : key + 1000);
  }
  CHECK(wrong == 0);
  const bool reinserted = table.insert_or_assign(4, 44);  // back after its erase
  CHECK(reinserted);
  CHECK(value_or_none(table, 4) == 44);
  CHECK(table.size() == 51);
}

TEST_CASE("step 3: erasing every key leaves an empty table that works again") {
  Table table;
  for (std::uint64_t key = 1; key <= 1000; ++key) REQUIRE(table.insert_or_assign(key * key, key));
  for (std::uint64_t key = 1; key <= 1000; ++key) REQUIRE(table.erase(key * key));
  CHECK(table.size() == 0);
  std::size_t found = 0;
  for (std::uint64_t key = 1; key <= 1000; ++key) found += table.find(key * key) != nullptr;
  CHECK(found == 0);
  const bool inserted = table.insert_or_assign(kMax, 1);
  CHECK(inserted);
  CHECK(value_or_none(table, kMax) == 1);
}

TEST_CASE("step 4: a long churn of inserts and erases at a constant size keeps working") {
  // A table that never cleared its tombstones would run out of empty slots here: its misses would
  // search forever.
  Table table;
  for (std::uint64_t key = 0; key < 100; ++key) table.insert_or_assign(key, key);
  std::size_t wrong = 0;
  for (std::uint64_t key = 100; key < 200'000; ++key) {
    wrong += !table.erase(key - 100);
    wrong += !table.insert_or_assign(key, key);
    wrong += table.find(key - 100) != nullptr;
  }
  CHECK(wrong == 0);
  CHECK(table.size() == 100);
  CHECK(table.capacity() < 100'000);
}

namespace {

// Runs `ops` random operations on the table and on std::unordered_map: inserts and assignments,
// finds (hits and misses), erases, re-inserts of erased keys and, rarely, erasing a third of the
// live keys. Keys come from a pool of key_count random keys (0 and UINT64_MAX among them). Returns
// the number of times the two disagreed.
std::size_t compare_with_model(std::uint64_t hash_mask, std::uint32_t seed, int ops, std::size_t key_count) {
  std::mt19937_64 rng(seed);
  std::vector<std::uint64_t> pool{0, kMax};
  while (pool.size() < key_count) pool.push_back(rng());
  std::uniform_int_distribution<std::size_t> any(0, key_count - 1);
  std::uniform_int_distribution<int> percent(0, 99);
  Table table(hash_mask);
  std::unordered_map<std::uint64_t, std::uint64_t> model;
  std::vector<std::uint64_t> erased;
  std::size_t divergences = 0;

  auto insert_in_both = [&](std::uint64_t key, std::uint64_t value) {
    const bool inserted = model.insert_or_assign(key, value).second;
    divergences += table.insert_or_assign(key, value) != inserted;
  };
  auto erase_in_both = [&](std::uint64_t key) {
    const bool present = model.erase(key) != 0;
    divergences += table.erase(key) != present;
    if (present) erased.push_back(key);
  };
  auto all_agree = [&] {
    if (table.size() != model.size()) return false;
    for (const auto& [key, value] : model) {
      if (value_or_none(table, key) != value) return false;
    }
    return true;
  };

  for (int op = 0; op < ops; ++op) {
    const int roll = percent(rng);
    if (roll < 35) {  // insert or assign
      insert_in_both(pool[any(rng)], rng());
    } else if (roll < 60) {  // find: a hit or a miss in the pool
      const std::uint64_t key = pool[any(rng)];
      const auto it = model.find(key);
      const std::uint64_t* got = table.find(key);
      divergences += (got != nullptr) != (it != model.end()) || (got != nullptr && *got != it->second);
    } else if (roll < 70) {  // find: a key from outside the pool, a miss
      divergences += table.find(rng()) != nullptr;
    } else if (roll < 88) {  // erase
      erase_in_both(pool[any(rng)]);
    } else if (roll < 98) {  // re-insert a key erased earlier (maybe already back)
      if (!erased.empty()) insert_in_both(erased[rng() % erased.size()], static_cast<std::uint64_t>(op));
    } else if (roll == 99 && percent(rng) < 2) {  // an erase batch: a third of the live keys
      std::vector<std::uint64_t> victims;
      for (const auto& entry : model) {
        if (rng() % 3 == 0) victims.push_back(entry.first);
      }
      for (const std::uint64_t key : victims) erase_in_both(key);
      divergences += !all_agree();
    }
    divergences += table.size() != model.size();
  }
  divergences += !all_agree();
  return divergences;
}

}  // namespace

TEST_CASE("step 4: a million random operations agree with std::unordered_map") {
  // A weak hash: 8 different hashes for 400 keys, long shared probe paths.
  CHECK(compare_with_model(0x7, 20'261'203, 250'000, 400) == 0);
  // 256 different hashes for 5,000 keys.
  CHECK(compare_with_model(0xFF, 7, 250'000, 5'000) == 0);
  // The full hash over 200,000 keys: the table grows, shrinks in use and fills with tombstones.
  CHECK(compare_with_model(ch04::fast_table::kFullHash, 42, 500'000, 200'000) == 0);
}
