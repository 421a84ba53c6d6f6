// ch03.1 index (tour): the two lookups the benchmark compares.
#include "index.hpp"

#include <iterator>

namespace ch03::index {

int vector_element(const std::vector<int>& v, std::size_t i) { return v[i]; }

int list_element(const std::list<int>& l, std::size_t i) {
  return *std::next(l.begin(), static_cast<std::ptrdiff_t>(i));
}

}  // namespace ch03::index
