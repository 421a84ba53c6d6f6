// ch03.3 binary_search (fix): the book's binary search (Example 3-3), ported as printed, with its
// two defects. Reads go through .at() and a guard counts the passes, so as shipped the tests fail
// with std::out_of_range or wb::guard_tripped (never a crash, never a hang).
//
// Steps: after each, run `ctest --preset dev -L ch03.3` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done.
//   1. a needle above every element: imin reaches len(haystack) and the book reads
//      haystack[len(haystack)], one past the end (.at() throws std::out_of_range);
//   2. a needle between two elements: imin and imax meet without crossing and the loop never ends
//      (the guard throws wb::guard_tripped after far more passes than log2(n) + 2).
// Done = the tests pass. Keep .at() and the guard if you like: a correct search never trips them.
#include <cstddef>
#include <vector>

#include "binary_search.hpp"

namespace ch03::binary_search::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

std::ptrdiff_t binary_search(const std::vector<int>& haystack, int needle) {
  std::size_t imin = 0;
  std::size_t imax = haystack.size();
  // TODO(ch03.3) 1: the exit test: the book stops only once imin > imax, so imin == imax ==
  // len(haystack) still reads haystack[midpoint] with midpoint == len(haystack). Which test
  // stops exactly when no candidate is left? (The candidates are the indices in [imin, imax).)
  // TODO(ch03.3) 2: with candidates in [imin, imax), the loop must shrink that range on every
  // pass. Does `imax = midpoint` or the exit test let it stay the same size forever?
  for (std::size_t passes = 0;; ++passes) {
    if (passes > 200) throw wb::guard_tripped("ch03.3 binary_search");  // log2 of any size is < 64
    if (imin > imax) return -1;
    const std::size_t midpoint = (imin + imax) / 2;
    if (haystack.at(midpoint) > needle) {
      imax = midpoint;
    } else if (haystack.at(midpoint) < needle) {
      imin = midpoint + 1;
    } else {
      return static_cast<std::ptrdiff_t>(midpoint);
    }
  }
}

}  // namespace ch03::binary_search::WB_VARIANT
