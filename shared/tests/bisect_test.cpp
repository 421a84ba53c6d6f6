#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <limits>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "wb/bisect.hpp"

// Numbers marked "CPython" were printed by Python 3.11.7 for the same inputs, e.g.
//   python3 -c 'import bisect; print([bisect.bisect_left([1, 1, 3, 3, 3, 7, 7, 10], x) for x in range(-1, 13)])'
// and, for find_closest, by the book's Example 3-4 function (copied verbatim) run on them.

namespace {

const std::vector<int> book_numbers{14, 265, 496, 661, 683, 734, 881, 892, 973, 992};
const std::vector<int> runs{1, 1, 3, 3, 3, 7, 7, 10};

// Orders by key only, so two elements with equal keys still tell apart by tag. Only operator<.
struct Tagged { int key; int tag; };
bool operator<(const Tagged& a, const Tagged& b) { return a.key < b.key; }

std::vector<int> tags_of(const std::vector<Tagged>& v) {
  std::vector<int> tags;
  for (const Tagged& t : v) tags.push_back(t.tag);
  return tags;
}

// Heterogeneous lookups that allow only the comparison Python's bisect makes in each function:
// bisect_left asks `element < probe`, bisect_right asks `probe < element`.
struct Element { int v; };
struct LeftProbe { int v; };
struct RightProbe { int v; };
bool operator<(const Element& e, const LeftProbe& p) { return e.v < p.v; }
bool operator<(const RightProbe& p, const Element& e) { return p.v < e.v; }

// Counts its comparisons; has only operator<. Throws past a million, so that a search that
// never ends fails the test instead of hanging it.
struct Counted { int v; static inline int comparisons = 0; };
bool operator<(const Counted& a, const Counted& b) {
  if (++Counted::comparisons > 1'000'000) throw std::runtime_error("endless search");
  return a.v < b.v;
}

// The linear references: for an ascending vector, bisect_left is the number of elements below
// x and bisect_right the number not above it.
std::size_t count_below(const std::vector<int>& a, int x) {
  return static_cast<std::size_t>(std::ranges::count_if(a, [x](int e) { return e < x; }));
}
std::size_t count_not_above(const std::vector<int>& a, int x) {
  return static_cast<std::size_t>(std::ranges::count_if(a, [x](int e) { return !(x < e); }));
}

// A brute-force find_closest: the nearest value (ties: the larger); then, as the book's bisect
// based code does, the first index of that value when it is >= x, the last when it is below x.
std::size_t closest_reference(const std::vector<int>& a, int x) {
  int best = a.front();
  for (int e : a) {
    const long long d = std::abs(static_cast<long long>(e) - x);
    const long long best_d = std::abs(static_cast<long long>(best) - x);
    if (d < best_d || (d == best_d && e > best)) best = e;
  }
  const auto [first, last] = std::equal_range(a.begin(), a.end(), best);
  return static_cast<std::size_t>(best >= x ? first - a.begin() : last - a.begin() - 1);
}

// Returns "[1, 2, 3]", for failure messages.
std::string show(const std::vector<int>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + std::to_string(v[i]);
  return out + "]";
}

// A random ascending vector of length 0..max_len with values in [0, max_value]: many duplicates.
std::vector<int> random_sorted(std::mt19937& rng, int max_len, int max_value) {
  std::uniform_int_distribution<int> len_dist(0, max_len);
  std::uniform_int_distribution<int> value_dist(0, max_value);
  std::vector<int> v(static_cast<std::size_t>(len_dist(rng)));
  for (int& e : v) e = value_dist(rng);
  std::ranges::sort(v);
  return v;
}

}  // namespace

TEST_CASE("bisect_left returns the first index not less than x") {
  CHECK(wb::bisect_left(book_numbers, 496) == 2);
  CHECK(wb::bisect_left(book_numbers, 497) == 3);
  CHECK(wb::bisect_left(book_numbers, 14) == 0);
  CHECK(wb::bisect_left(book_numbers, 992) == 9);
  CHECK(wb::bisect_left(book_numbers, -250) == 0);    // below every element
  CHECK(wb::bisect_left(book_numbers, 1100) == 10);   // above every element
  CHECK(wb::bisect_left(std::vector<int>{}, 5) == 0);  // empty
  // The book's exercise (chapter 3): the index of 61 in its sorted data is 7 (CPython).
  CHECK(wb::bisect_left(std::vector<int>{9, 18, 18, 19, 29, 42, 56, 61, 88, 95}, 61) == 7);
}

TEST_CASE("bisect_right returns the first index greater than x") {
  CHECK(wb::bisect_right(book_numbers, 496) == 3);
  CHECK(wb::bisect_right(book_numbers, 495) == 2);
  CHECK(wb::bisect_right(book_numbers, 14) == 1);
  CHECK(wb::bisect_right(book_numbers, 992) == 10);
  CHECK(wb::bisect_right(book_numbers, -250) == 0);
  CHECK(wb::bisect_right(book_numbers, 1100) == 10);
  CHECK(wb::bisect_right(std::span<const int>{}, -5) == 0);
}

TEST_CASE("bisect_left and bisect_right match CPython on a list with runs of duplicates") {
  // runs = [1, 1, 3, 3, 3, 7, 7, 10], needles -1..12; CPython:
  const std::array<std::size_t, 14> left{0, 0, 0, 2, 2, 5, 5, 5, 5, 7, 7, 7, 8, 8};
  const std::array<std::size_t, 14> right{0, 0, 2, 2, 5, 5, 5, 5, 7, 7, 7, 8, 8, 8};
  for (int x = -1; x <= 12; ++x) {
    CAPTURE(x);
    CHECK(wb::bisect_left(runs, x) == left[static_cast<std::size_t>(x + 1)]);
    CHECK(wb::bisect_right(runs, x) == right[static_cast<std::size_t>(x + 1)]);
  }
}

TEST_CASE("bisect agrees with a linear scan and with std::lower_bound and std::upper_bound on random input") {
  std::mt19937 rng(20240601);
  std::uniform_int_distribution<int> needle_dist(-1, 7);
  for (int round = 0; round < 3000; ++round) {
    const std::vector<int> a = random_sorted(rng, 24, 6);
    for (int k = 0; k < 6; ++k) {
      const int x = needle_dist(rng);
      CAPTURE(show(a));
      CAPTURE(x);
      const std::size_t left = wb::bisect_left(a, x);
      const std::size_t right = wb::bisect_right(a, x);
      REQUIRE(left == count_below(a, x));
      REQUIRE(right == count_not_above(a, x));
      REQUIRE(left == static_cast<std::size_t>(std::ranges::lower_bound(a, x) - a.begin()));
      REQUIRE(right == static_cast<std::size_t>(std::ranges::upper_bound(a, x) - a.begin()));
    }
  }
}

TEST_CASE("bisect makes only the comparison Python's bisect makes") {
  // These compile only because bisect_left asks `element < x` and bisect_right `x < element`.
  const std::vector<Element> elements{{1}, {2}, {2}, {2}, {5}};
  CHECK(wb::bisect_left(elements, LeftProbe{2}) == 1);
  CHECK(wb::bisect_left(elements, LeftProbe{6}) == 5);
  CHECK(wb::bisect_right(elements, RightProbe{2}) == 4);
  CHECK(wb::bisect_right(elements, RightProbe{0}) == 0);
}

TEST_CASE("bisect needs at most bit_width(n) comparisons") {
  for (std::size_t n : {1u, 2u, 7u, 8u, 1000u, 1024u, 65535u}) {
    std::vector<Counted> a(n);
    for (std::size_t i = 0; i < n; ++i) a[i].v = static_cast<int>(2 * i);
    const auto limit = static_cast<int>(std::bit_width(n));
    for (int x : {-1, 0, static_cast<int>(n), static_cast<int>(2 * n)}) {
      CAPTURE(n);
      CAPTURE(x);
      Counted::comparisons = 0;
      const auto below = static_cast<std::size_t>(x < 0 ? 0 : (x + 1) / 2);   // elements < x
      const auto not_above = static_cast<std::size_t>(x < 0 ? 0 : x / 2 + 1);  // elements <= x
      CHECK(wb::bisect_left(a, Counted{x}) == std::min(below, n));
      CHECK(Counted::comparisons <= limit);
      Counted::comparisons = 0;
      CHECK(wb::bisect_right(a, Counted{x}) == std::min(not_above, n));
      CHECK(Counted::comparisons <= limit);
    }
  }
}

TEST_CASE("bisect accepts any sorted random-access range") {
  const std::array<int, 5> arr{1, 3, 3, 5, 9};
  const int c_array[] = {1, 3, 3, 5, 9};
  const std::deque<int> deq{1, 3, 3, 5, 9};
  const std::string text = "aabdd";
  CHECK(wb::bisect_left(arr, 3) == 1);
  CHECK(wb::bisect_right(c_array, 3) == 3);
  CHECK(wb::bisect_left(deq, 4) == 3);
  CHECK(wb::bisect_right(std::span(arr).subspan(1), 3) == 2);
  CHECK(wb::bisect_left(std::string_view("acegik"), 'f') == 3);
  CHECK(wb::bisect_right(text, 'b') == 3);
  CHECK(wb::bisect_left(std::vector<double>{0.5, 1.5, 2.5}, 1) == 1);
  // CPython: bisect_right([1, 2, 2, 3], 2.5) == 3 and bisect_left([1, 2, 2, 3], 2.0) == 1.
  CHECK(wb::bisect_right(std::vector<int>{1, 2, 2, 3}, 2.5) == 3);
  CHECK(wb::bisect_left(std::vector<int>{1, 2, 2, 3}, 2.0) == 1);
}

TEST_CASE("bisect compares integers of mixed signedness by value, as Python does") {
  // CPython: bisect_left([0, 1, 2**32], -1) == 0.
  const std::vector<std::uint64_t> big{0, 1, std::uint64_t{1} << 32};
  CHECK(wb::bisect_left(big, -1) == 0);
  CHECK(wb::bisect_right(big, -1) == 0);
  CHECK(wb::bisect_left(std::vector<unsigned>{1, 2, 3}, -1) == 0);
  CHECK(wb::bisect_right(std::vector<int>{-3, -1, 2}, 1u) == 2);
  CHECK(wb::bisect_left(std::vector<int>{-3, -1, 2}, std::numeric_limits<std::uint64_t>::max()) == 3);
}

TEST_CASE("insort_left puts a new element before its equals and insort_right after them") {
  const std::vector<Tagged> start{{1, 10}, {2, 20}, {2, 21}, {3, 30}};
  std::vector<Tagged> left = start;
  wb::insort_left(left, Tagged{2, 99});
  CHECK(tags_of(left) == std::vector<int>{10, 99, 20, 21, 30});
  std::vector<Tagged> right = start;
  wb::insort_right(right, Tagged{2, 99});
  CHECK(tags_of(right) == std::vector<int>{10, 20, 21, 99, 30});

  std::vector<int> numbers;
  wb::insort_right(numbers, 5);  // into an empty vector
  wb::insort_left(numbers, 9);   // above every element
  wb::insort_right(numbers, 1);  // below every element
  CHECK(numbers == std::vector<int>{1, 5, 9});
}

TEST_CASE("insort keeps a vector sorted and places equal keys as Python does, on random input") {
  // Python's insort_right appends after equal keys, so inserting a sequence one by one gives its
  // stable sort; insort_left inserts before them, so equal keys come out in reverse arrival order.
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> key_dist(0, 5);
  for (int round = 0; round < 300; ++round) {
    std::vector<Tagged> arrivals(static_cast<std::size_t>(round % 40));
    for (std::size_t i = 0; i < arrivals.size(); ++i) arrivals[i] = {key_dist(rng), static_cast<int>(i)};
    std::vector<Tagged> by_right, by_left;
    for (const Tagged& t : arrivals) {
      wb::insort_right(by_right, t);
      wb::insort_left(by_left, t);
      REQUIRE(std::is_sorted(by_right.begin(), by_right.end()));
      REQUIRE(std::is_sorted(by_left.begin(), by_left.end()));
    }
    std::vector<Tagged> stable = arrivals;
    std::stable_sort(stable.begin(), stable.end());
    std::vector<Tagged> reversed_stable(arrivals.rbegin(), arrivals.rend());
    std::stable_sort(reversed_stable.begin(), reversed_stable.end());
    CAPTURE(round);
    REQUIRE(tags_of(by_right) == tags_of(stable));
    REQUIRE(tags_of(by_left) == tags_of(reversed_stable));
  }
}

TEST_CASE("insort copes with inserting an element of the vector itself") {
  std::vector<int> v{1, 2, 3};
  v.shrink_to_fit();  // full, so the insert must reallocate while x still points into v
  wb::insort_right(v, v[1]);
  CHECK(v == std::vector<int>{1, 2, 2, 3});
  wb::insort_left(v, v.back());
  CHECK(v == std::vector<int>{1, 2, 2, 3, 3});
  wb::insort_left(v, v.front());
  CHECK(v == std::vector<int>{1, 1, 2, 2, 3, 3});
}

TEST_CASE("find_closest reproduces the book's Example 3-4") {
  // The book: the closest values to -250, 500 and 1100 are 14, 496 and 992.
  CHECK(book_numbers[wb::find_closest(book_numbers, -250)] == 14);
  CHECK(book_numbers[wb::find_closest(book_numbers, 500)] == 496);
  CHECK(book_numbers[wb::find_closest(book_numbers, 1100)] == 992);
  // More needles; CPython, with the book's function:
  const std::array<int, 13> needles{-250, 500, 1100, 14, 992, 13, 993, 380, 381, 379, 672, 0, 1000};
  const std::array<std::size_t, 13> expected{0, 2, 9, 0, 9, 0, 9, 1, 2, 1, 4, 0, 9};
  for (std::size_t k = 0; k < needles.size(); ++k) {
    CAPTURE(needles[k]);
    CHECK(wb::find_closest(book_numbers, needles[k]) == expected[k]);
  }
}

TEST_CASE("find_closest breaks a tie toward the larger element") {
  CHECK(wb::find_closest(book_numbers, 380) == 1);  // 496 - 380 = 116 > 380 - 265 = 115
  CHECK(wb::find_closest(book_numbers, 381) == 2);  // 115 < 116
  CHECK(wb::find_closest(book_numbers, 672) == 4);  // 661 and 683 both 11 away: 683
  CHECK(wb::find_closest(std::vector<int>{0, 10}, 5) == 1);
  CHECK(wb::find_closest(std::vector<double>{1.0, 2.0}, 1.5) == 1);  // CPython: 1
}

TEST_CASE("find_closest clamps needles outside the range to the first or last index") {
  const std::vector<int> one{5};
  CHECK(wb::find_closest(one, 4) == 0);  // CPython: 0 0 0
  CHECK(wb::find_closest(one, 5) == 0);
  CHECK(wb::find_closest(one, 6) == 0);
  CHECK(wb::find_closest(book_numbers, std::numeric_limits<int>::min()) == 0);
  CHECK(wb::find_closest(book_numbers, std::numeric_limits<int>::max()) == 9);
  CHECK(wb::find_closest(book_numbers, 993) == 9);
  CHECK(wb::find_closest(book_numbers, 13) == 0);
}

TEST_CASE("find_closest matches the book's Python code on a list with duplicates") {
  // runs = [1, 1, 3, 3, 3, 7, 7, 10], needles -1..12; CPython with the book's find_closest.
  // A value below the needle is reported by the last index of its run (bisect_left's i - 1).
  const std::array<std::size_t, 14> expected{0, 0, 0, 2, 2, 4, 5, 5, 5, 6, 7, 7, 7, 7};
  for (int x = -1; x <= 12; ++x) {
    CAPTURE(x);
    CHECK(wb::find_closest(runs, x) == expected[static_cast<std::size_t>(x + 1)]);
  }
}

TEST_CASE("find_closest agrees with a brute-force nearest search on random input") {
  std::mt19937 rng(31337);
  std::uniform_int_distribution<int> needle_dist(-3, 23);
  for (int round = 0; round < 3000; ++round) {
    std::vector<int> a = random_sorted(rng, 16, 20);
    if (a.empty()) a.push_back(round % 21);
    for (int k = 0; k < 6; ++k) {
      const int x = needle_dist(rng);
      CAPTURE(show(a));
      CAPTURE(x);
      REQUIRE(wb::find_closest(a, x) == closest_reference(a, x));
    }
  }
}

TEST_CASE("find_closest subtracts extreme integers exactly") {
  // CPython (ints never overflow): [-2**63, 2**63-1] with 0, -1, 2**62 -> 1 0 1;
  // [0, 2**64-1] with 2**63, 2**63-1, -5 -> 1 0 0.
  const std::vector<std::int64_t> wide{std::numeric_limits<std::int64_t>::min(),
                                       std::numeric_limits<std::int64_t>::max()};
  CHECK(wb::find_closest(wide, std::int64_t{0}) == 1);
  CHECK(wb::find_closest(wide, std::int64_t{-1}) == 0);
  CHECK(wb::find_closest(wide, std::int64_t{1} << 62) == 1);
  const std::vector<std::uint64_t> unsigned_wide{0, std::numeric_limits<std::uint64_t>::max()};
  CHECK(wb::find_closest(unsigned_wide, std::uint64_t{1} << 63) == 1);
  CHECK(wb::find_closest(unsigned_wide, (std::uint64_t{1} << 63) - 1) == 0);
  CHECK(wb::find_closest(unsigned_wide, -5) == 0);
  const std::vector<int> ints{std::numeric_limits<int>::min(), std::numeric_limits<int>::max()};
  CHECK(wb::find_closest(ints, 0) == 1);
  CHECK(wb::find_closest(ints, -1) == 0);
}

TEST_CASE("find_closest works for floating-point values") {
  // CPython: find_closest([1.0, 2.0], 1.4999) == 0, find_closest([0.5, 1.5, 2.5], 2.0) == 2.
  CHECK(wb::find_closest(std::vector<double>{1.0, 2.0}, 1.4999) == 0);
  CHECK(wb::find_closest(std::vector<double>{0.5, 1.5, 2.5}, 2.0) == 2);
  CHECK(wb::find_closest(std::vector<int>{1, 2}, 1.5) == 1);
  CHECK(wb::find_closest(std::vector<int>{1, 2}, 1.25) == 0);
}

TEST_CASE("find_closest throws on an empty haystack") {
  CHECK_THROWS_AS((void)wb::find_closest(std::vector<int>{}, 3), std::invalid_argument);
  CHECK_THROWS_AS((void)wb::find_closest(std::span<const double>{}, 3.0), std::invalid_argument);
}

TEST_CASE("linear_search returns the first matching index or -1") {
  const std::vector<int> unsorted{7, 3, 9, 3, 1};
  CHECK(wb::linear_search(unsorted, 3) == 1);
  CHECK(wb::linear_search(unsorted, 7) == 0);
  CHECK(wb::linear_search(unsorted, 1) == 4);
  CHECK(wb::linear_search(unsorted, 4) == -1);
  CHECK(wb::linear_search(std::vector<int>{}, 4) == -1);
  CHECK(wb::linear_search(runs, 3) == 2);
  CHECK(wb::linear_search(std::vector<unsigned>{1, 2}, -1) == -1);  // by value, as in Python
}

TEST_CASE("binary_search finds every present value and reports -1 exactly when absent") {
  std::mt19937 rng(99);
  std::uniform_int_distribution<int> needle_dist(-2, 14);
  for (int round = 0; round < 3000; ++round) {
    const std::vector<int> a = random_sorted(rng, 30, 12);
    // Exactly a.size() elements: a read past the end leaves the heap block (AddressSanitizer).
    std::vector<Counted> counted;
    counted.reserve(a.size());
    for (int e : a) counted.push_back({e});
    const int limit = 2 * static_cast<int>(std::bit_width(a.size()));
    for (int k = 0; k < 6; ++k) {
      const int x = needle_dist(rng);
      CAPTURE(show(a));
      CAPTURE(x);
      Counted::comparisons = 0;
      const std::ptrdiff_t found = wb::binary_search(counted, Counted{x});
      REQUIRE(Counted::comparisons <= limit);
      if (std::ranges::binary_search(a, x)) {
        REQUIRE(found >= 0);
        REQUIRE(found < static_cast<std::ptrdiff_t>(a.size()));
        REQUIRE(a[static_cast<std::size_t>(found)] == x);
      } else {
        REQUIRE(found == -1);
      }
      REQUIRE(wb::binary_search(a, x) == found);  // the same search on plain ints
    }
  }
}

TEST_CASE("binary_search fixes the book's out-of-range read and endless loop") {
  // The book's Example 3-3 reads haystack[len] for a needle above every element and loops
  // forever for [1, 3] and 2 (Counted throws if a search does not stop).
  std::vector<Counted> a{{1}, {3}};
  Counted::comparisons = 0;
  CHECK(wb::binary_search(a, Counted{2}) == -1);
  CHECK(Counted::comparisons <= 4);
  Counted::comparisons = 0;
  CHECK(wb::binary_search(a, Counted{4}) == -1);
  CHECK(Counted::comparisons <= 4);
  CHECK(wb::binary_search(a, Counted{0}) == -1);
  CHECK(wb::binary_search(a, Counted{3}) == 1);
  CHECK(wb::binary_search(std::vector<int>{}, 1) == -1);
  CHECK(wb::binary_search(std::vector<int>{5}, 5) == 0);
  CHECK(wb::binary_search(std::vector<int>{5}, 6) == -1);
  // The book's exercise: 61 is at index 7.
  CHECK(wb::binary_search(std::vector<int>{9, 18, 18, 19, 29, 42, 56, 61, 88, 95}, 61) == 7);
}

TEST_CASE("binary_search needs at most two comparisons per halving") {
  std::vector<Counted> a(100000);
  for (std::size_t i = 0; i < a.size(); ++i) a[i].v = static_cast<int>(3 * i);
  const int limit = 2 * static_cast<int>(std::bit_width(a.size()));
  for (int x : {-1, 0, 1, 150000, 150001, 299997, 299998, 400000}) {
    CAPTURE(x);
    Counted::comparisons = 0;
    const std::ptrdiff_t found = wb::binary_search(a, Counted{x});
    CHECK(found == (x >= 0 && x % 3 == 0 && x <= 299997 ? x / 3 : -1));
    CHECK(Counted::comparisons <= limit);
  }
}
