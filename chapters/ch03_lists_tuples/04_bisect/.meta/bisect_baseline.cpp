// FROZEN: the shipped starting point of bisect.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit bisect.cpp. Its TODO marks read STEP( here.
// ch03.4 bisect (stub): Python's bisect module and the book's find_closest (Example 3-4).
//
// Steps: after each, run `ctest --preset dev -L ch03.4` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail with not_implemented.
//   1. bisect_left: a binary search for the first index whose element is not below x;
//   2. bisect_right: the same with "the first element above x";
//   3. insort_left and insort_right: insert at the position your bisects give;
//   4. find_closest: the book's function, built on your bisect_left.
// Done = the tests pass. There is no speed target; the benchmark compares insort with sorting
// after every append.
#include <cstddef>
#include <span>
#include <stdexcept>
#include <vector>

#include "bisect.hpp"

namespace ch03::bisect::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// STEP(ch03.4) 1: keep lo = 0, hi = a.size(); while lo < hi, look at mid = lo + (hi - lo) / 2:
// if a[mid] < x the answer is after mid (lo = mid + 1), otherwise at mid or before (hi = mid).
std::size_t bisect_left(std::span<const int> /*a*/, int /*x*/) { throw wb::not_implemented{"ch03.4"}; }

// STEP(ch03.4) 2: like bisect_left, but the answer is after mid whenever !(x < a[mid]).
std::size_t bisect_right(std::span<const int> /*a*/, int /*x*/) { throw wb::not_implemented{"ch03.4"}; }

// STEP(ch03.4) 3: find the position with the same search on Items (operator< compares keys), then
// a.insert(a.begin() + position, x). Equal keys: insort_left goes before them, insort_right after.
void insort_left(std::vector<Item>& /*a*/, const Item& /*x*/) { throw wb::not_implemented{"ch03.4"}; }
void insort_right(std::vector<Item>& /*a*/, const Item& /*x*/) { throw wb::not_implemented{"ch03.4"}; }

// STEP(ch03.4) 4: the book's find_closest: i = bisect_left(haystack, needle); at the end, the
// last index; an exact match, i; otherwise compare the distances to haystack[i] and to
// haystack[i - 1] (a tie keeps i, the larger). Refuse an empty haystack with std::invalid_argument.
std::size_t find_closest(std::span<const int> /*haystack*/, int /*needle*/) {
  throw wb::not_implemented{"ch03.4"};
}

}  // namespace ch03::bisect::WB_VARIANT
