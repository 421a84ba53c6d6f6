// ch04.4 pydict: what the tests build on (read, don't edit): the book's cities, three hashes, and
// a model run that drives your dict and wb::pydict::Dict (shared/include/wb/pydict.hpp, the
// workbook's reference model of CPython's dict) with the same random operations and reports the
// first difference in an answer, size, table size, probe count or iteration order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pydict.hpp"
#include "wb/pydict.hpp"

namespace ch04::pydict::testing {

// Example 4-5's cities, in the book's order.
inline constexpr const char* kCities[] = {"Rome", "San Francisco", "New York", "Barcelona"};

// The book's City hash: the code of the first character (0 for "").
inline std::uint64_t first_letter_hash(std::string_view key) {
  return key.empty() ? 0 : static_cast<unsigned char>(key.front());
}
// A decimal key's number, as Python hashes a small int: hash(12) == 12.
inline std::uint64_t number_hash(std::string_view key) {
  std::uint64_t n = 0;
  for (char c : key) n = n * 10 + static_cast<std::uint64_t>(c - '0');
  return n;
}
// Sixteen hash values for all keys: collisions everywhere.
inline std::uint64_t weak_hash(std::string_view key) {
  std::uint64_t sum = 0;
  for (char c : key) sum += static_cast<unsigned char>(c);
  return sum & 15;
}

// The four cities as entries (values 1 to 4) with no table yet: what rebuild starts from.
inline State city_entries() {
  State d;
  d.hash = first_letter_hash;
  std::int64_t value = 1;
  for (const char* city : kCities) d.entries.push_back(Entry{first_letter_hash(city), city, value++, true});
  d.used = d.entries.size();
  return d;
}

// n entries with random 64-bit hashes; every third one is a hole.
inline State random_entries(std::size_t n, unsigned seed) {
  std::mt19937_64 rng(seed);
  State d;
  for (std::size_t i = 0; i < n; ++i) {
    const bool live = i % 3 != 1;
    d.entries.push_back(Entry{rng(), "k" + std::to_string(i), static_cast<std::int64_t>(i), live});
    if (live) ++d.used;
  }
  return d;
}

inline std::vector<std::uint64_t> live_hashes(const State& d) {
  std::vector<std::uint64_t> out;
  for (const Entry& e : d.entries) {
    if (e.live) out.push_back(e.hash);
  }
  return out;
}

// The index a rebuild must produce for these hashes, placed in order along wb::pydict's probe
// sequence; adds the slots read to probes.
inline std::vector<std::ptrdiff_t> expected_index(const std::vector<std::uint64_t>& hashes, std::size_t slots,
                                                  std::size_t& probes) {
  std::vector<std::ptrdiff_t> index(slots, kEmpty);
  for (std::size_t i = 0; i < hashes.size(); ++i) {
    for (std::size_t slot : wb::pydict::probe_sequence(hashes[i], slots - 1)) {
      ++probes;
      if (index[slot] == kEmpty) {
        index[slot] = static_cast<std::ptrdiff_t>(i);
        break;
      }
    }
  }
  return index;
}

// wb::pydict::Dict with one of the hashes above.
struct HashOf {
  HashFn fn = default_hash;
  std::uint64_t operator()(const std::string& key) const { return fn(key); }
};
using Model = wb::pydict::Dict<std::string, std::int64_t, HashOf>;
struct CityModel : Model {
  CityModel() : Model(HashOf{first_letter_hash}) {}
};

inline constexpr std::size_t kNoDivergence = std::numeric_limits<std::size_t>::max();
struct Divergence {
  std::size_t at = kNoDivergence;  // the operation where the dicts first differed
  std::string what;
};

// Runs `ops` random operations (insert, assign, find hit and miss, erase, erase of an absent key)
// over a pool of 400 keys on a fresh State with `hash` and on wb::pydict::Dict, comparing after
// each one; items are compared every 97 operations and at the end.
template <class Insert, class Find, class Erase, class Items>
Divergence run_model(HashFn hash, std::size_t ops, Insert insert, Find find, Erase erase, Items items) {
  std::mt19937 rng(2024);
  std::vector<std::string> keys;
  for (int i = 0; i < 400; ++i) keys.push_back(std::string(1, static_cast<char>('A' + i % 26)) + std::to_string(i));
  State d;
  d.hash = hash;
  Model model{HashOf{hash}};
  auto fail = [](std::size_t at, std::string what) { return Divergence{at, std::move(what)}; };
  for (std::size_t op = 0; op < ops; ++op) {
    const std::string& key = keys[rng() % keys.size()];
    const auto kind = static_cast<unsigned>(rng() % 10);
    const auto value = static_cast<std::int64_t>(op);
    if (kind < 4) {
      if (insert(d, key, value) != model.insert_or_assign(key, value)) return fail(op, "insert_or_assign(" + key + ")");
    } else if (kind < 7) {
      const std::int64_t* got = find(d, key);
      const std::int64_t* want = model.find(key);
      if ((got == nullptr) != (want == nullptr) || (got && *got != *want)) return fail(op, "find(" + key + ")");
    } else {
      if (erase(d, key) != model.erase(key)) return fail(op, "erase(" + key + ")");
    }
    if (d.used != model.size()) return fail(op, "size after an operation on " + key);
    if (d.index.size() != model.slots()) return fail(op, "table size after an operation on " + key);
    if (d.probes != model.probes()) return fail(op, "probe count after an operation on " + key);
    if (op % 97 == 0 || op + 1 == ops) {
      std::vector<std::pair<std::string, std::int64_t>> want;
      for (const auto& [k, v] : model) want.emplace_back(k, v);
      if (items(d) != want) return fail(op, "items (iteration order)");
    }
  }
  return {};
}

}  // namespace ch04::pydict::testing
