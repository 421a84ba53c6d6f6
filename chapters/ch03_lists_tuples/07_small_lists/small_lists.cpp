// ch03.7 small_lists (slow): a million small samples, stored as the book stores them (a list of
// lists built by appending), using far more heap than the values need.
//
// Steps: the tests (`ctest --preset dev -L ch03.7`) pass as shipped and must keep passing; the
// target is in the benchmark: `./workbook check ch03.7` compares the peak heap of build() with the
// frozen baseline's and wants at least 2x less.
//   1. measure first: `./workbook run small_lists` prints the bytes and allocations of three
//      layouts; work out where the baseline's bytes go (each inner vector's capacity after 9
//      push_backs, the outer vector's growth);
//   2. cut the spare capacity: reserve the exact sizes (the book's list(...) copy, Example 3-7);
//   3. cut the per-sample allocations: store each sample inline (std::array, the book's tuples,
//      Example 3-8), in one block reserved once.
// Keep count() and value() in step with the layout you fill.
#include <cstddef>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

#include "small_lists.hpp"

namespace ch03::small_lists::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

Samples build(std::span<const int> values) {
  if (values.size() % kSampleSize != 0) throw std::invalid_argument("build: values.size() is not a multiple of 9");
  Samples samples;
  // TODO(ch03.7) 2: the outer vector grows by doubling, and at each doubling the old and the new
  // block are both alive; how many samples will there be?
  for (std::size_t start = 0; start < values.size(); start += kSampleSize) {
    // TODO(ch03.7) 2: after 9 push_backs this vector's capacity is 16, not 9 (1, 2, 4, 8, 16).
    // TODO(ch03.7) 3: or no inner vector at all: 9 ints fit in a std::array inside the outer block.
    std::vector<int> sample;
    for (std::size_t k = 0; k < kSampleSize; ++k) sample.push_back(values[start + k]);
    samples.nested.push_back(std::move(sample));  // moved: it keeps its capacity of 16
  }
  return samples;
}

std::size_t count(const Samples& samples) { return samples.nested.size(); }

int value(const Samples& samples, std::size_t i, std::size_t k) { return samples.nested[i][k]; }

}  // namespace ch03::small_lists::WB_VARIANT
