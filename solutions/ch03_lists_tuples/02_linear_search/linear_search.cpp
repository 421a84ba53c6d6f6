// ch03.2 linear_search: reference solution.
#include <cstddef>
#include <span>

#include "linear_search.hpp"

namespace ch03::linear_search::WB_VARIANT {

std::ptrdiff_t linear_search(std::span<const int> haystack, int needle) {
  for (std::size_t i = 0; i < haystack.size(); ++i) {
    if (haystack[i] == needle) return static_cast<std::ptrdiff_t>(i);
  }
  return -1;
}

}  // namespace ch03::linear_search::WB_VARIANT
