// ch03.3 binary_search: reference solution. The candidates are the half-open range [imin, imax):
// the loop ends when it is empty, and every pass makes it smaller, so no read goes past the end and
// the loop always ends.
#include <cstddef>
#include <vector>

#include "binary_search.hpp"

namespace ch03::binary_search::WB_VARIANT {

std::ptrdiff_t binary_search(const std::vector<int>& haystack, int needle) {
  std::size_t imin = 0;
  std::size_t imax = haystack.size();
  while (imin < imax) {
    const std::size_t midpoint = imin + (imax - imin) / 2;
    if (haystack[midpoint] > needle) {
      imax = midpoint;
    } else if (haystack[midpoint] < needle) {
      imin = midpoint + 1;
    } else {
      return static_cast<std::ptrdiff_t>(midpoint);
    }
  }
  return -1;
}

}  // namespace ch03::binary_search::WB_VARIANT
