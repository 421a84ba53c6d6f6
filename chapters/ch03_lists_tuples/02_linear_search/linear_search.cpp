// ch03.2 linear_search (stub): the book's linear search (Example 3-2).
//
// Steps: run `ctest --preset dev -L ch03.2` after it (it rebuilds first).
//   1. linear_search: walk the haystack from the front and return the index of the first element
//      equal to the needle; -1 when you reach the end.
// Done = the tests pass. There is no speed target: the benchmark shows the time growing with the
// needle's position (O(n)), against the standard library's std::find.
#include <cstddef>
#include <span>

#include "linear_search.hpp"

namespace ch03::linear_search::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// TODO(ch03.2) 1: for each index i, if haystack[i] == needle return i; after the loop return -1.
// Return the index as std::ptrdiff_t (static_cast from std::size_t).
std::ptrdiff_t linear_search(std::span<const int> /*haystack*/, int /*needle*/) {
  throw wb::not_implemented{"ch03.2"};
}

}  // namespace ch03::linear_search::WB_VARIANT
