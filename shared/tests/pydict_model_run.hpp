// wb/pydict_model_run.hpp (tests and the `dict_stress` tool only): a randomised comparison of a
// dict with std::unordered_map, operation by operation. Used by shared/tests/pydict_test.cpp (a
// million operations in the suite) and by `./workbook stress dict` (ten million, fixed seeds).
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <random>
#include <unordered_map>
#include <utility>
#include <vector>

namespace wb::pydict::testing {

// Runs `ops` random operations on Dict (default-constructed; int keys and values) and on
// std::unordered_map plus a list of the live keys in insertion order: 40% insert or assign, 25%
// find (hits and misses), 20% erase, 10% re-insert of an erased key, and now and then an erase
// batch of a third of the live keys. Keys are drawn from [0, key_space). Returns the number of
// divergences (answers, size, and with kOrdered the full iteration order after every erase batch
// and at the end).
template <class Dict, bool kOrdered = true>
std::size_t compare_with_model(std::uint64_t seed, long long ops, int key_space, std::size_t& order_checks) {
  Dict dict;
  std::unordered_map<int, std::pair<int, std::list<int>::iterator>> model;
  std::list<int> order;
  std::vector<int> erased;
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> any_key(0, key_space - 1);
  std::uniform_int_distribution<int> percent(0, 99);
  std::size_t divergences = 0;

  auto insert_in_both = [&](int key, int value) {
    const auto it = model.find(key);
    const bool inserted = it == model.end();
    if (dict.insert_or_assign(key, value) != inserted) ++divergences;
    if (inserted) {
      model.emplace(key, std::make_pair(value, order.insert(order.end(), key)));
    } else {
      it->second.first = value;
    }
  };
  auto erase_in_both = [&](int key) {
    const auto it = model.find(key);
    const bool present = it != model.end();
    if (dict.erase(key) != present) ++divergences;
    if (present) {
      order.erase(it->second.second);
      model.erase(it);
      erased.push_back(key);
    }
  };
  auto order_matches = [&] {
    if constexpr (!kOrdered) return dict.size() == model.size();
    ++order_checks;
    if (dict.size() != model.size()) return false;
    auto expected = order.begin();
    for (const auto& [key, value] : dict) {
      if (expected == order.end() || *expected != key || model.at(key).first != value) return false;
      ++expected;
    }
    return expected == order.end();
  };

  for (long long op = 0; op < ops; ++op) {
    const int roll = percent(rng);
    if (roll < 40) {  // insert or assign
      const int key = any_key(rng);
      insert_in_both(key, static_cast<int>(rng() % 1000));
    } else if (roll < 65) {  // find: hits and misses
      const int key = any_key(rng);
      const int* got = dict.find(key);
      const auto it = model.find(key);
      if ((got != nullptr) != (it != model.end()) || (got && *got != it->second.first)) {
        ++divergences;
      }
    } else if (roll < 85) {  // erase
      erase_in_both(any_key(rng));
    } else if (roll < 95) {  // re-insert a key erased earlier (maybe already back)
      if (!erased.empty()) insert_in_both(erased[rng() % erased.size()], static_cast<int>(op % 1000));
    } else if (roll == 99 && percent(rng) < 5) {  // an erase batch: a third of the live keys
      std::vector<int> victims;
      for (int key : order) {
        if (rng() % 3 == 0) victims.push_back(key);
      }
      for (int key : victims) erase_in_both(key);
      if (!order_matches()) ++divergences;
    }
    if (dict.size() != model.size()) ++divergences;
  }
  if (!order_matches()) ++divergences;
  return divergences;
}

}  // namespace wb::pydict::testing
