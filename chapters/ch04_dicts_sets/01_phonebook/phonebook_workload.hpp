// ch04.1 phonebook: the phone books and the names looked up that the tests, the benchmark and the
// program share (not the hot spot, not for the learner to edit). Names are "First Last" of random
// letters from a fixed seed (std::mt19937_64: every standard library draws the same books).
//
// Example:
//   namespace wl = ch04::phonebook::workload;
//   std::mt19937_64 rng(42);
//   auto book = wl::phonebook(1'000, 1'000, rng);   // 1,000 entries, every name different
//   auto dups = wl::phonebook(1'000, 100, rng);     // names drawn from 100: many repeats
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "phonebook.hpp"

namespace ch04::phonebook::workload {

// Returns a capitalised word of 3 to 9 random letters.
inline std::string random_word(std::mt19937_64& rng) {
  const std::size_t length = 3 + static_cast<std::size_t>(rng() % 7);
  std::string word(length, 'a');
  for (char& c : word) c = static_cast<char>('a' + static_cast<int>(rng() % 26));
  word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

// Returns a random "First Last" name.
inline std::string random_name(std::mt19937_64& rng) { return random_word(rng) + " " + random_word(rng); }

// Returns a random number in the book's style, "NNN-555-NNNN".
inline std::string random_number(std::mt19937_64& rng) {
  return std::to_string(200 + rng() % 800) + "-555-" + std::to_string(1000 + rng() % 9000);
}

// Returns `count` different random names.
inline std::vector<std::string> distinct_names(std::size_t count, std::mt19937_64& rng) {
  std::unordered_set<std::string> seen;
  std::vector<std::string> names;
  names.reserve(count);
  while (names.size() < count) {
    std::string name = random_name(rng);
    if (seen.insert(name).second) names.push_back(std::move(name));
  }
  return names;
}

// Returns a phone book of `entries` entries with random numbers. With names == entries every entry
// has its own name; otherwise each entry draws its name from `names` (>= 1) different ones, so
// names repeat with different numbers.
inline std::vector<Entry> phonebook(std::size_t entries, std::size_t names, std::mt19937_64& rng) {
  const std::vector<std::string> pool = distinct_names(names, rng);
  std::vector<Entry> book;
  book.reserve(entries);
  for (std::size_t i = 0; i < entries; ++i) {
    book.emplace_back(names == entries ? pool[i] : pool[rng() % names], random_number(rng));
  }
  return book;
}

// Returns `count` names of book drawn at random (each a present name), for timing hits.
inline std::vector<std::string> present_names(const std::vector<Entry>& book, std::size_t count,
                                              std::mt19937_64& rng) {
  std::vector<std::string> names;
  names.reserve(count);
  for (std::size_t i = 0; i < count && !book.empty(); ++i) names.push_back(book[rng() % book.size()].first);
  return names;
}

}  // namespace ch04::phonebook::workload
