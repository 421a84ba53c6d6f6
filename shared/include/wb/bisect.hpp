// wb/bisect.hpp: Python's bisect module and the book's searches (chapter 3), for sorted ranges.
//
// What chapter 3 uses to search lists:
//   - bisect_left / bisect_right: where x would go in an ascending range, before or after any
//     elements equal to it, exactly like Python's bisect.bisect_left / bisect.bisect_right without
//     lo and hi (and, like them, using nothing but operator<);
//   - insort_left / insort_right: insert into a sorted std::vector and keep it sorted, like
//     bisect.insort_left / bisect.insort (equal elements: the new one goes first / last);
//   - find_closest: the book's Example 3-4, the index of the value nearest to a needle;
//   - linear_search (Example 3-2) and binary_search (Example 3-3, with the book's bugs fixed).
// Integers of mixed signedness compare by value (std::cmp_less), as Python's ints do, so
// bisect_left(std::vector<unsigned>{1, 2}, -1) is 0, not 2.
//
// Example:
//   std::vector<int> numbers{14, 265, 496, 661, 683, 734, 881, 892, 973, 992};
//   wb::bisect_left(numbers, 496);              // 2: before the 496
//   wb::bisect_right(numbers, 496);             // 3: after it
//   numbers[wb::find_closest(numbers, 1100)];   // 992, as in the book
//   wb::insort_right(numbers, 500);             // {14, 265, 496, 500, 661, ...}
//   wb::binary_search(numbers, 661);            // 4
//   wb::binary_search(numbers, 662);            // -1
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <ranges>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <vector>

namespace wb::detail {

// The standard integer types: what std::cmp_less accepts (not bool, not the character types).
template <class T>
concept standard_integer =
    std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char> && !std::same_as<T, wchar_t> &&
    !std::same_as<T, char8_t> && !std::same_as<T, char16_t> && !std::same_as<T, char32_t>;

template <class A, class B>
concept integer_pair = standard_integer<std::remove_cvref_t<A>> && standard_integer<std::remove_cvref_t<B>>;

// Returns a < b: by value for two integers (so -1 < 1u holds, as in Python), else operator<.
template <class A, class B>
constexpr bool less(const A& a, const B& b) {
  if constexpr (integer_pair<A, B>) {
    return std::cmp_less(a, b);
  } else {
    return a < b;
  }
}

// Returns a == b: by value for two integers, else operator==.
template <class A, class B>
constexpr bool equal(const A& a, const B& b) {
  if constexpr (integer_pair<A, B>) {
    return std::cmp_equal(a, b);
  } else {
    return a == b;
  }
}

// Returns the number of elements of a random-access range. O(1) for sized ranges.
template <class R>
constexpr std::size_t length(const R& a) {
  return static_cast<std::size_t>(std::ranges::distance(a));
}

// Returns element i of a random-access range (no bounds check). O(1).
template <class R>
constexpr decltype(auto) element(const R& a, std::size_t i) {
  return std::ranges::begin(a)[static_cast<std::ranges::range_difference_t<const R>>(i)];
}

// Returns hi - lo for two integers of any types, exactly, without overflow.
// Precondition: 0 <= hi - lo < 2^64 by value (true of both gaps in find_closest, whose needle lies
// strictly between two elements of one type). Unsigned arithmetic is modulo 2^64, so the
// wrapped difference is the true one. O(1).
template <standard_integer A, standard_integer B>
constexpr std::uintmax_t integer_gap(A hi, B lo) {
  return static_cast<std::uintmax_t>(hi) - static_cast<std::uintmax_t>(lo);
}

// Returns true when the needle is strictly closer to `below` than to `above`.
// Precondition: below < needle < above. O(1).
template <class E, class T>
constexpr bool closer_to_below(const E& below, const T& needle, const E& above) {
  if constexpr (integer_pair<E, T>) {
    return integer_gap(needle, below) < integer_gap(above, needle);
  } else {
    return (needle - below) < (above - needle);
  }
}

}  // namespace wb::detail

namespace wb {

// Returns the first index i with !(a[i] < x): where x goes to stay before any equal elements.
// Precondition: a is sorted ascending by operator<. Uses only `a[i] < x`. O(log n) comparisons
// (at most std::bit_width(n)); 0 for an empty range.
template <std::ranges::random_access_range R, class T>
std::size_t bisect_left(const R& a, const T& x) {
  std::size_t lo = 0;
  std::size_t hi = detail::length(a);  // the answer is in [lo, hi]
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (detail::less(detail::element(a, mid), x)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

// Returns the first index i with x < a[i]: where x goes to stay after any equal elements.
// Precondition: a is sorted ascending by operator<. Uses only `x < a[i]`. O(log n) comparisons
// (at most std::bit_width(n)); 0 for an empty range.
template <std::ranges::random_access_range R, class T>
std::size_t bisect_right(const R& a, const T& x) {
  std::size_t lo = 0;
  std::size_t hi = detail::length(a);  // the answer is in [lo, hi]
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (detail::less(x, detail::element(a, mid))) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

// Inserts a copy of x before any elements equal to it (Python's bisect.insort_left).
// Precondition: a is sorted ascending. O(log n) comparisons plus O(n) moves.
template <class T>
void insort_left(std::vector<T>& a, const T& x) {
  const auto at = static_cast<std::ptrdiff_t>(bisect_left(a, x));
  a.insert(a.begin() + at, x);  // std::vector::insert copes with x referring into a
}

// Inserts a copy of x after any elements equal to it (Python's bisect.insort_right and
// bisect.insort). Precondition: a is sorted ascending. O(log n) comparisons plus O(n) moves.
template <class T>
void insort_right(std::vector<T>& a, const T& x) {
  const auto at = static_cast<std::ptrdiff_t>(bisect_right(a, x));
  a.insert(a.begin() + at, x);
}

// Returns the index of the element nearest to needle (the book's find_closest, Example 3-4).
// Below the first element it is 0, above the last it is the last index; between two neighbours
// it is the nearer one, and on a tie the larger (right) one. Where the chosen value repeats, the
// index is the first of the run when the value is >= needle, the last when it is below.
// Preconditions: haystack sorted ascending; `needle - e` and `e - needle` make sense (numbers);
// integers are subtracted exactly, without overflow. Throws std::invalid_argument when empty.
// O(log n).
template <std::ranges::random_access_range R, class T>
std::size_t find_closest(const R& haystack, const T& needle) {
  const std::size_t n = detail::length(haystack);
  if (n == 0) throw std::invalid_argument("find_closest: the haystack is empty");
  const std::size_t i = bisect_left(haystack, needle);  // first element >= needle
  if (i == n) return n - 1;                              // every element is below the needle
  const auto& above = detail::element(haystack, i);
  if (!detail::less(needle, above)) return i;  // above >= needle and not above > needle: a hit
  if (i == 0) return 0;                        // every element is above the needle
  const auto& below = detail::element(haystack, i - 1);
  return detail::closer_to_below(below, needle, above) ? i - 1 : i;
}

// Returns the first index holding needle (by ==), or -1 when there is none (the book's
// Example 3-2). Works on unsorted ranges. O(n).
template <std::ranges::random_access_range R, class T>
std::ptrdiff_t linear_search(const R& a, const T& needle) {
  const std::size_t n = detail::length(a);
  for (std::size_t i = 0; i < n; ++i) {
    if (detail::equal(detail::element(a, i), needle)) return static_cast<std::ptrdiff_t>(i);
  }
  return -1;
}

// Returns an index holding needle (any one, when it repeats), or -1 when there is none.
// The book's Example 3-3 with its two bugs fixed: it keeps a half-open window [lo, hi), so it
// never reads a[n] (the book's reads haystack[len] for a needle above every element) and always
// shrinks the window (the book's loops forever on a needle that falls between two elements).
// Precondition: a sorted ascending. Uses only operator<. O(log n), at most 2 * bit_width(n)
// comparisons.
template <std::ranges::random_access_range R, class T>
std::ptrdiff_t binary_search(const R& a, const T& needle) {
  std::size_t lo = 0;
  std::size_t hi = detail::length(a);  // the needle, if present, is somewhere in [lo, hi)
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const auto& value = detail::element(a, mid);
    if (detail::less(needle, value)) {
      hi = mid;
    } else if (detail::less(value, needle)) {
      lo = mid + 1;
    } else {
      return static_cast<std::ptrdiff_t>(mid);
    }
  }
  return -1;
}

}  // namespace wb
