// ch01.2 early_exit: correctness. Expected values come from the book's haystack (0 .. 999: needles
// 5 and 990 are in it) and from std::find on random arrays, never from a solution.
#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <vector>

#include "early_exit.hpp"

namespace impl = ch01::early_exit::WB_TESTED;  // exercise, baseline or solution: the build decides

TEST_CASE("the book's haystack of 1,000: needles 5 and 990 are found, 1,000 and -1 are not") {
  std::vector<int> haystack(1000);
  std::iota(haystack.begin(), haystack.end(), 0);
  const bool five = impl::contains(haystack, 5);
  CHECK(five);
  CHECK(impl::contains(haystack, 990));
  CHECK(impl::contains(haystack, 0));
  CHECK(impl::contains(haystack, 999));
  CHECK_FALSE(impl::contains(haystack, 1000));
  CHECK_FALSE(impl::contains(haystack, -1));
}

TEST_CASE("an empty haystack holds nothing; random haystacks agree with std::find") {
  const bool in_empty = impl::contains({}, 0);
  CHECK_FALSE(in_empty);
  std::mt19937 rng(12);
  for (int round = 0; round < 2000; ++round) {
    std::vector<int> haystack(rng() % 40);
    for (int& x : haystack) x = static_cast<int>(rng() % 50) - 25;
    const int needle = static_cast<int>(rng() % 60) - 30;
    const bool want = std::find(haystack.begin(), haystack.end(), needle) != haystack.end();
    CAPTURE(round);
    REQUIRE(impl::contains(haystack, needle) == want);
  }
}
