#include "wb/pylist.hpp"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <stdexcept>

namespace wb::pylist::detail {

// Returns n rounded down to a multiple of 4.
constexpr std::size_t round_down_4(std::size_t n) { return n & ~std::size_t{3}; }

// Returns n rounded up to a multiple of 4. Precondition: n <= SIZE_MAX - 3.
constexpr std::size_t round_up_4(std::size_t n) { return round_down_4(n + 3); }

}  // namespace wb::pylist::detail

namespace wb::pylist {

std::size_t list_resize(std::size_t allocated, std::size_t size, std::size_t new_size) {
  if (new_size > static_cast<std::size_t>(std::numeric_limits<std::ptrdiff_t>::max())) {
    throw std::length_error("list_resize: a list cannot hold more than PTRDIFF_MAX items");
  }
  // Keep the block while the new size fits in it and uses at least half of it.
  if (new_size <= allocated && new_size >= allocated / 2) return allocated;
  if (new_size == 0) return 0;

  // Headroom proportional to the size (one eighth) plus 6, trimmed to a multiple of 4:
  // 4, 8, 16, 24, 32, 40, 52, 64, 76, 92, ... over a run of appends. Cannot overflow: new_size is
  // at most PTRDIFF_MAX, so the sum stays below SIZE_MAX.
  const std::size_t roomy = detail::round_down_4(new_size + new_size / 8 + 6);
  // A jump past that headroom (an extend by many items) gets the size, rounded up to a multiple
  // of 4, and no headroom. Only growth can jump: shrinking never takes this branch.
  const bool jumps_past = new_size > size && new_size - size > roomy - new_size;
  return jumps_past ? detail::round_up_4(new_size) : roomy;
}

std::vector<Resize> append_schedule(std::size_t n_appends) {
  std::vector<Resize> steps;
  std::size_t allocated = 0;
  std::size_t size = 0;
  while (size < n_appends) {
    if (size < allocated && size + 1 >= allocated / 2) {
      // Every append until the block is full keeps a size in [allocated / 2, allocated]: no
      // reallocation, so skip straight to the full list.
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

}  // namespace wb::pylist
