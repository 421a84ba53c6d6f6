// ch01.2 early_exit: the book's four searches agree with std::find (test
// ch01.2-early-exit-book-test, label "solutions").
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "early_exit_book.hpp"

namespace book = ch01::early_exit::solution::book;

TEST_CASE("search_fast, search_slow, search_unknown1 and search_unknown2 agree with std::find") {
  std::mt19937 rng(5);
  for (auto* search : {book::search_fast, book::search_slow, book::search_unknown1, book::search_unknown2}) {
    for (int round = 0; round < 1000; ++round) {
      std::vector<int> haystack(rng() % 30);
      for (int& x : haystack) x = static_cast<int>(rng() % 20);
      const int needle = static_cast<int>(rng() % 25);
      const bool want = std::find(haystack.begin(), haystack.end(), needle) != haystack.end();
      REQUIRE(search(haystack, needle) == want);
    }
  }
}
