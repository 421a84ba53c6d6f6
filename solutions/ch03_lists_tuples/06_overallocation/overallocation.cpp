// ch03.6 overallocation: reference solution (CPython's list_resize, Objects/listobject.c).
#include <algorithm>
#include <cstddef>
#include <vector>

#include "overallocation.hpp"

namespace ch03::overallocation::WB_VARIANT {

std::size_t list_resize(std::size_t allocated, std::size_t size, std::size_t new_size) {
  if (new_size <= allocated && new_size >= allocated / 2) return allocated;  // the block is kept
  if (new_size == 0) return 0;
  const std::size_t roomy = (new_size + (new_size >> 3) + 6) & ~std::size_t{3};
  if (new_size > size && new_size - size > roomy - new_size) return (new_size + 3) & ~std::size_t{3};
  return roomy;
}

std::vector<Resize> append_schedule(std::size_t n_appends) {
  std::vector<Resize> steps;
  std::size_t allocated = 0;
  std::size_t size = 0;
  while (size < n_appends) {
    if (size < allocated) {  // room left: no append can reallocate until the block is full
      size = std::min(allocated, n_appends);
      continue;
    }
    const std::size_t capacity = list_resize(allocated, size, size + 1);
    ++size;
    if (capacity != allocated) steps.push_back({size, capacity});
    allocated = capacity;
  }
  return steps;
}

}  // namespace ch03::overallocation::WB_VARIANT
