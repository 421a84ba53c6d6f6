// ch03.7 small_lists: the heap of one build(), measured exactly with the counting allocator. Shared
// by the benchmark, the program and the solution's budget test.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

#include "small_lists.hpp"
#include "wb/alloc_counter.hpp"

namespace ch03::small_lists {

// What one build() cost on the heap, above what was in use before it.
struct HeapUse {
  std::size_t peak_bytes = 0;      // the most held at any moment during the build
  std::size_t kept_bytes = 0;      // held by the result afterwards
  std::uint64_t allocations = 0;   // calls to operator new
};

// The book's samples: n samples of 9 values in 0..100, from a fixed seed.
inline std::vector<int> book_values(std::size_t n_samples, unsigned seed = 7) {
  std::mt19937 rng(seed);
  std::vector<int> values(n_samples * kSampleSize);
  for (int& v : values) v = static_cast<int>(rng() % 101);
  return values;
}

// Runs build(values) and measures it; the result is destroyed afterwards.
template <class Build>
HeapUse measure_build(Build build, std::span<const int> values) {
  const wb::alloc::Stats before = wb::alloc::stats();
  wb::alloc::reset_peak();
  HeapUse use;
  {
    const Samples samples = build(values);
    const wb::alloc::Stats after = wb::alloc::stats();
    use.peak_bytes = after.peak_bytes - before.current_bytes;
    use.kept_bytes = after.current_bytes - before.current_bytes;
    use.allocations = after.allocations - before.allocations;
  }
  return use;
}

}  // namespace ch03::small_lists
