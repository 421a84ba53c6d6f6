// ch04.2 unique_names: the phone books the tests and the benchmark share (not the hot spot, not
// for the learner to edit). Names are "First Last" with random letters from a fixed seed
// (std::mt19937_64, so every standard library draws the same books).
//
// Example:
//   auto book = ch04::unique_names::workload::phonebook(10'000, 10'000, 42);  // all first names differ
//   auto few = ch04::unique_names::workload::phonebook(1'000, 30, 7);         // at most 30 first names
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "unique_names.hpp"

namespace ch04::unique_names::workload {

// Returns a capitalised word of 3 to 9 random letters.
inline std::string random_word(std::mt19937_64& rng) {
  const std::size_t length = 3 + static_cast<std::size_t>(rng() % 7);
  std::string word(length, 'a');
  for (char& c : word) {
    c = static_cast<char>('a' + static_cast<int>(rng() % 26));
  }
  word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

// Returns `count` different random words.
inline std::vector<std::string> distinct_words(std::size_t count, std::mt19937_64& rng) {
  std::unordered_set<std::string> seen;
  std::vector<std::string> words;
  words.reserve(count);
  while (words.size() < count) {
    std::string word = random_word(rng);
    if (seen.insert(word).second) {
      words.push_back(std::move(word));
    }
  }
  return words;
}

// Returns a phone book of `entries` entries whose first names come from a pool of `first_names`
// different words (1 <= first_names). When first_names == entries every entry gets its own first
// name, in random order (the book's "all unique first names"); otherwise each entry draws one from
// the pool, so some may never be drawn. Last names and numbers are random.
inline std::vector<Entry> phonebook(std::size_t entries, std::size_t first_names, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  const std::vector<std::string> pool = distinct_words(first_names, rng);
  std::vector<Entry> book;
  book.reserve(entries);
  for (std::size_t i = 0; i < entries; ++i) {
    const std::string& first = first_names == entries ? pool[i] : pool[rng() % first_names];
    std::string number = std::to_string(200 + rng() % 800) + "-555-" + std::to_string(1000 + rng() % 9000);
    book.emplace_back(first + " " + random_word(rng), std::move(number));
  }
  return book;
}

}  // namespace ch04::unique_names::workload
