// ch04.5 hash_quality: the interface of the exercise (not edited by the learner).
//
// How good is a hash? The book's answers, measured: a city's first letter gives only 26 values, so
// most of 500 cities collide (section "Probing"); the entropy of the slots a hash picks says how
// evenly it spreads keys over a table (section "Hash Functions and Entropy"); Example 4-7's
// two-letter hash gives the 676 keys "aa" .. "zz" a slot each in the book's 2,048-slot table, and
// the chapter's exercise asks why in 1,024 slots but not fewer; and Example 4-6's Point is hashed
// by its content, so that two equal points are one key.
//
// A table of 2^k slots starts a key's probe sequence at hash & (2^k - 1): "a hash's slot" below is
// that start slot (CPython's, and wb::pydict's).
//
// Example:
//   namespace q = ch04::hash_quality::exercise;
//   const auto names = ch04::hash_quality::city_names(500);
//   q::first_letter_collisions(names);          // 474: 500 names, 26 first letters
//   q::two_letter_hash("zz");                   // 675
//   q::slot_entropy(hashes, 1024);              // bits; log2(n) at best
//   std::unordered_set<q::Point> s{{1, 1}, {1, 1}};   // one point: std::hash<q::Point> below
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "wb/exercise.hpp"

namespace ch04::hash_quality {

// The hash of the book's City class (as in ch04.3): the code of the first character (0 if empty).
inline std::uint64_t first_letter_hash(std::string_view name) {
  return name.empty() ? 0 : static_cast<unsigned char>(name.front());
}

// n made-up city names, distinct, each an upper-case letter followed by lower-case letters. The
// same names on every machine (a fixed xorshift64 generator). The first 26 begin with the 26
// letters A .. Z, one each (in the order A, H, O, V, C, ...); the later ones with letters drawn at
// random. So for n >= 26 every letter occurs and n - 26 names share a first letter with an
// earlier one.
inline std::vector<std::string> city_names(std::size_t n) {
  static constexpr std::array<std::string_view, 6> kVowels{"a", "e", "i", "o", "u", "y"};
  static constexpr std::array<std::string_view, 16> kSyllables{
      "ba", "lo", "ri", "ten", "mar", "vo", "sel", "dor", "na", "quin", "ster", "gu", "fe", "ham", "li", "ra"};
  std::uint64_t state = 0x2545F4914F6CDD1DULL;
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  std::vector<std::string> names;
  std::unordered_set<std::string> seen;
  while (names.size() < n) {
    const std::size_t i = names.size();
    const std::uint64_t letter = i < 26 ? (i * 7) % 26 : next() % 26;  // 7 is coprime with 26
    std::string name(1, static_cast<char>('A' + letter));
    name += kVowels[next() % kVowels.size()];
    const std::uint64_t syllables = 1 + next() % 3;
    for (std::uint64_t s = 0; s < syllables; ++s) name += kSyllables[next() % kSyllables.size()];
    if (seen.insert(name).second) names.push_back(std::move(name));
  }
  return names;
}

// "aa", "ab", ..., "zz": the 676 keys of Examples 4-7 and 4-8, in order.
inline std::vector<std::string> two_letter_keys() {
  std::vector<std::string> keys;
  for (char a = 'a'; a <= 'z'; ++a)
    for (char b = 'a'; b <= 'z'; ++b) keys.push_back(std::string{a, b});
  return keys;
}

#define WB_API "hash_quality_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

// Forwards a hash table's hash call to one variant's point_hash: the std::hash specialisations
// below, and what wb::pydict::Dict<Point, V> (whose Hash defaults to std::hash<Point>) calls.
template <class P, std::uint64_t (*Fn)(const P&)>
struct PointHash {
  std::size_t operator()(const P& p) const { return static_cast<std::size_t>(Fn(p)); }
};

}  // namespace ch04::hash_quality

// Example 4-6 in C++: a hash table asks std::hash<Point> for the hash and operator== for equality.
// Specialising std::hash for a type of your own is allowed and is how std::unordered_set and
// std::unordered_map learn to hash it; here each variant's specialisation calls its point_hash.
template <>
struct std::hash<ch04::hash_quality::baseline::Point>
    : ch04::hash_quality::PointHash<ch04::hash_quality::baseline::Point,
                                    ch04::hash_quality::baseline::point_hash> {};
template <>
struct std::hash<ch04::hash_quality::exercise::Point>
    : ch04::hash_quality::PointHash<ch04::hash_quality::exercise::Point,
                                    ch04::hash_quality::exercise::point_hash> {};
template <>
struct std::hash<ch04::hash_quality::solution::Point>
    : ch04::hash_quality::PointHash<ch04::hash_quality::solution::Point,
                                    ch04::hash_quality::solution::point_hash> {};
