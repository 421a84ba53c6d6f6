// ch03.4 bisect: correctness. Expected values come from the book (Example 3-4: 14, 496 and 992)
// and from wb::bisect_left and friends (Python's semantics, shared/include/wb/bisect.hpp), never
// from a solution. Every test case calls the code under test outside CHECK first, so that a
// stub's not_implemented ends the test case. Test cases are named after the step that makes them pass.
#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <random>
#include <stdexcept>
#include <vector>

#include "bisect.hpp"
#include "wb/bisect.hpp"

namespace impl = ch03::bisect::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch03::bisect::Item;

namespace {

const std::vector<int> kBook{14, 265, 496, 661, 683, 734, 881, 892, 973, 992};

// 2,000 sorted arrays of 0 to 40 small values (many repeats), with every needle from below the
// smallest to above the largest: f(array, needle) for each.
template <class F>
void for_random_arrays(F f) {
  std::mt19937 rng(34);
  for (int trial = 0; trial < 2000; ++trial) {
    std::vector<int> a(rng() % 41);
    for (int& x : a) x = static_cast<int>(rng() % 15) - 5;
    std::sort(a.begin(), a.end());
    CAPTURE(trial);
    for (int needle = -7; needle <= 11; ++needle) {
      CAPTURE(needle);
      f(a, needle);
    }
  }
}

}  // namespace

TEST_CASE("step 1: bisect_left on the book's numbers, an empty array and all repeats") {
  const std::size_t first = impl::bisect_left(kBook, 496);
  CHECK(first == 2);
  CHECK(impl::bisect_left(kBook, 500) == 3);
  CHECK(impl::bisect_left(kBook, -250) == 0);
  CHECK(impl::bisect_left(kBook, 1100) == 10);
  CHECK(impl::bisect_left(std::vector<int>{}, 1) == 0);
  CHECK(impl::bisect_left(std::vector<int>{7, 7, 7, 7}, 7) == 0);
  CHECK(impl::bisect_left(std::vector<int>{INT_MIN, INT_MAX}, INT_MAX) == 1);
}

TEST_CASE("step 1: bisect_left agrees with Python's on 2,000 random arrays with repeats") {
  for_random_arrays([](const std::vector<int>& a, int needle) {
    const std::size_t got = impl::bisect_left(a, needle);
    REQUIRE(got == wb::bisect_left(a, needle));
  });
}

TEST_CASE("step 2: bisect_right on the book's numbers, an empty array and all repeats") {
  const std::size_t after = impl::bisect_right(kBook, 496);
  CHECK(after == 3);
  CHECK(impl::bisect_right(kBook, 13) == 0);
  CHECK(impl::bisect_right(kBook, 992) == 10);
  CHECK(impl::bisect_right(std::vector<int>{}, 1) == 0);
  CHECK(impl::bisect_right(std::vector<int>{7, 7, 7, 7}, 7) == 4);
}

TEST_CASE("step 2: bisect_right agrees with Python's on 2,000 random arrays with repeats") {
  for_random_arrays([](const std::vector<int>& a, int needle) {
    const std::size_t got = impl::bisect_right(a, needle);
    REQUIRE(got == wb::bisect_right(a, needle));
  });
}

TEST_CASE("step 3: insort_left puts a new equal element before the old ones, insort_right after") {
  std::vector<Item> left{{1, 0}, {5, 1}, {5, 2}, {9, 3}};
  std::vector<Item> right = left;
  impl::insort_left(left, Item{5, 99});
  impl::insort_right(right, Item{5, 99});
  CHECK(left == std::vector<Item>{{1, 0}, {5, 99}, {5, 1}, {5, 2}, {9, 3}});
  CHECK(right == std::vector<Item>{{1, 0}, {5, 1}, {5, 2}, {5, 99}, {9, 3}});
  std::vector<Item> empty;
  impl::insort_right(empty, Item{3, 1});
  CHECK(empty == std::vector<Item>{{3, 1}});
}

TEST_CASE("step 3: 300 random insertions, each side, give exactly Python's lists") {
  std::mt19937 rng(35);
  std::vector<Item> mine_left, mine_right, ref_left, ref_right;
  for (int id = 0; id < 300; ++id) {
    const Item x{static_cast<int>(rng() % 20), id};
    impl::insort_left(mine_left, x);
    impl::insort_right(mine_right, x);
    wb::insort_left(ref_left, x);
    wb::insort_right(ref_right, x);
    CAPTURE(id);
    REQUIRE(mine_left == ref_left);
    REQUIRE(mine_right == ref_right);
  }
}

TEST_CASE("step 4: find_closest gives the book's 14, 496 and 992 for -250, 500 and 1100") {
  const std::size_t low = impl::find_closest(kBook, -250);
  CHECK(kBook[low] == 14);
  CHECK(kBook[impl::find_closest(kBook, 500)] == 496);
  CHECK(kBook[impl::find_closest(kBook, 1100)] == 992);
  CHECK(impl::find_closest(kBook, 661) == 3);  // an exact hit
}

TEST_CASE("step 4: find_closest breaks a tie towards the larger value, refuses an empty haystack") {
  const std::size_t tie = impl::find_closest(std::vector<int>{10, 20}, 15);
  CHECK(tie == 1);
  CHECK(impl::find_closest(std::vector<int>{10, 20}, 14) == 0);
  CHECK(impl::find_closest(std::vector<int>{10, 20}, 16) == 1);
  CHECK(impl::find_closest(std::vector<int>{INT_MIN, INT_MAX}, 0) == 1);   // no int overflow
  CHECK(impl::find_closest(std::vector<int>{INT_MIN, INT_MAX}, -1) == 0);
  CHECK_THROWS_AS(impl::find_closest(std::vector<int>{}, 1), std::invalid_argument);
}

TEST_CASE("step 4: find_closest agrees with wb::find_closest on 2,000 random arrays with repeats") {
  for_random_arrays([](const std::vector<int>& a, int needle) {
    if (a.empty()) return;
    const std::size_t got = impl::find_closest(a, needle);
    REQUIRE(got == wb::find_closest(a, needle));
  });
}
