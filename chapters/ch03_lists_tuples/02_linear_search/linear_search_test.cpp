// ch03.2 linear_search: correctness. Expected values come from the book's set-up (the haystack
// 0, 1, ..., n-1 at its three sizes, its four needles) and from wb::linear_search (Python's
// semantics), never from a solution. Every test case calls the code under test outside CHECK
// first, so that a stub's not_implemented ends the test case.
#include <doctest/doctest.h>

#include <cstddef>
#include <numeric>
#include <random>
#include <vector>

#include "linear_search.hpp"
#include "wb/bisect.hpp"

namespace impl = ch03::linear_search::WB_TESTED;  // exercise, baseline or solution: the build decides

TEST_CASE("step 1: the book's haystacks 0..n-1 of 10,000, 100,000 and 1,000,000 and its needles") {
  for (int n : {10'000, 100'000, 1'000'000}) {
    CAPTURE(n);
    std::vector<int> haystack(static_cast<std::size_t>(n));
    std::iota(haystack.begin(), haystack.end(), 0);
    const std::ptrdiff_t one = impl::linear_search(haystack, 1);
    CHECK(one == 1);
    CHECK(impl::linear_search(haystack, 6000) == 6000);
    CHECK(impl::linear_search(haystack, 9000) == 9000);
    CHECK(impl::linear_search(haystack, 1'000'000) == -1);  // one past the largest haystack's end
    CHECK(impl::linear_search(haystack, 0) == 0);
    CHECK(impl::linear_search(haystack, n - 1) == n - 1);   // the last element is searched too
    CHECK(impl::linear_search(haystack, -1) == -1);
  }
}

TEST_CASE("step 1: an empty haystack and a one-element one") {
  const std::vector<int> empty;
  const std::ptrdiff_t none = impl::linear_search(empty, 0);
  CHECK(none == -1);
  const std::vector<int> one{7};
  CHECK(impl::linear_search(one, 7) == 0);
  CHECK(impl::linear_search(one, 8) == -1);
}

TEST_CASE("step 1: with repeats, the first match, on 2,000 random unsorted arrays (as wb::linear_search)") {
  std::mt19937 rng(32);
  for (int trial = 0; trial < 2000; ++trial) {
    std::vector<int> haystack(rng() % 40);
    for (int& x : haystack) x = static_cast<int>(rng() % 12) - 3;  // small values: many repeats
    const int needle = static_cast<int>(rng() % 16) - 5;           // some absent
    CAPTURE(trial);
    const std::ptrdiff_t got = impl::linear_search(haystack, needle);
    REQUIRE(got == wb::linear_search(haystack, needle));
  }
}
