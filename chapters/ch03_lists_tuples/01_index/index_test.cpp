// ch03.1 index (tour): the facts the tour relies on: both lookups return the element at the index,
// at the front, in the middle and at the end, for small and large containers.
#include <doctest/doctest.h>

#include <cstddef>
#include <list>
#include <numeric>
#include <vector>

#include "index.hpp"

TEST_CASE("vector_element and list_element return the element at the index") {
  for (std::size_t n : {std::size_t{1}, std::size_t{10}, std::size_t{100'000}}) {
    std::vector<int> v(n);
    std::iota(v.begin(), v.end(), 7);
    const std::list<int> l(v.begin(), v.end());
    CAPTURE(n);
    for (std::size_t i : {std::size_t{0}, n / 2, n - 1}) {
      CHECK(ch03::index::vector_element(v, i) == static_cast<int>(7 + i));
      CHECK(ch03::index::list_element(l, i) == static_cast<int>(7 + i));
    }
  }
}
