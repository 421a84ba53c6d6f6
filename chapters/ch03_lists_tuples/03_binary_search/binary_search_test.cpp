// ch03.3 binary_search: correctness. Expected values come from the book (61 is at index 7) and
// from wb::binary_search and wb::bisect_left (Python's semantics), never from a solution. The code
// under test is called outside CHECK, so that as shipped each failing case ends with the defect's
// own exception (std::out_of_range or wb::guard_tripped): the suite checks that those are the only
// failures of the shipped file.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <random>
#include <vector>

#include "binary_search.hpp"
#include "wb/bisect.hpp"

namespace impl = ch03::binary_search::WB_TESTED;  // exercise, baseline or solution: the build decides

namespace {

const std::vector<int> kBook{9, 18, 18, 19, 29, 42, 56, 61, 88, 95};

// True if got is a valid answer for needle: an index holding it, or -1 when it is absent.
bool valid_answer(const std::vector<int>& haystack, int needle, std::ptrdiff_t got) {
  if (wb::binary_search(haystack, needle) < 0) return got == -1;
  return got >= 0 && static_cast<std::size_t>(got) < haystack.size() &&
         haystack[static_cast<std::size_t>(got)] == needle;
}

}  // namespace

TEST_CASE("every step: the book's example, 61 is at index 7; every present value is found") {
  const std::ptrdiff_t got = impl::binary_search(kBook, 61);
  CHECK(got == 7);
  for (int needle : kBook) {
    CAPTURE(needle);
    const std::ptrdiff_t i = impl::binary_search(kBook, needle);
    REQUIRE(valid_answer(kBook, needle, i));
  }
}

TEST_CASE("step 1: a needle above every element returns -1 (the book reads one past the end)") {
  for (int needle : {96, 100, 1'000'000}) {
    CAPTURE(needle);
    const std::ptrdiff_t got = impl::binary_search(kBook, needle);
    CHECK(got == -1);
  }
  const std::vector<int> one{5};
  const std::ptrdiff_t above_one = impl::binary_search(one, 6);
  CHECK(above_one == -1);
}

TEST_CASE("step 1: an empty haystack returns -1 (the book reads index 0 of nothing)") {
  const std::vector<int> empty;
  const std::ptrdiff_t got = impl::binary_search(empty, 1);
  CHECK(got == -1);
}

TEST_CASE("step 2: a needle between two elements returns -1 (the book loops forever)") {
  for (int needle : {10, 20, 60, 90}) {
    CAPTURE(needle);
    const std::ptrdiff_t got = impl::binary_search(kBook, needle);
    CHECK(got == -1);
  }
}

TEST_CASE("step 2: a needle below every element returns -1") {
  const std::ptrdiff_t got = impl::binary_search(kBook, 8);
  CHECK(got == -1);
  const std::vector<int> one{5};
  const std::ptrdiff_t below_one = impl::binary_search(one, 4);
  CHECK(below_one == -1);
}

TEST_CASE("step 2: 3,000 random sorted arrays with repeats, every needle from below to above") {
  std::mt19937 rng(33);
  for (int trial = 0; trial < 3000; ++trial) {
    std::vector<int> haystack(rng() % 33);
    for (int& x : haystack) x = static_cast<int>(rng() % 20) * 2;  // even values: odd needles are absent
    std::sort(haystack.begin(), haystack.end());
    CAPTURE(trial);
    for (int needle = -2; needle <= 41; ++needle) {
      CAPTURE(needle);
      const std::ptrdiff_t got = impl::binary_search(haystack, needle);
      REQUIRE(valid_answer(haystack, needle, got));
    }
  }
}

TEST_CASE("step 2: large arrays, 1 to 2^20 elements, find every probed value in O(log n) passes") {
  for (std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{1000}, std::size_t{1} << 20}) {
    std::vector<int> haystack(n);
    for (std::size_t i = 0; i < n; ++i) haystack[i] = static_cast<int>(3 * i);
    CAPTURE(n);
    for (std::size_t i = 0; i < n; i += std::max<std::size_t>(1, n / 97)) {
      const std::ptrdiff_t got = impl::binary_search(haystack, static_cast<int>(3 * i));
      REQUIRE(got == static_cast<std::ptrdiff_t>(i));  // values are distinct: one right answer
      const std::ptrdiff_t absent = impl::binary_search(haystack, static_cast<int>(3 * i + 1));
      REQUIRE(absent == -1);
    }
  }
}
