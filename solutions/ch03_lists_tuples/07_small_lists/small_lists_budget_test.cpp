// ch03.7 small_lists: the heap budget, exactly, for the book's 1,000,000 samples (test
// ch03.7-small-lists-budget-test, label "solutions"):
//   - the frozen baseline: 64 bytes a sample (capacity 16 after 9 push_backs) plus the outer
//     vector's 2^20 slots of 24 bytes: 89,165,824 bytes at the end, 32 more at the peak; 1,000,000 x 5 inner
//     allocations plus 21 outer ones;
//   - the solution: one block of 36 bytes a sample, 36,000,000 bytes, one allocation;
//   - the target: at least 2x less peak heap than the baseline.
#include <doctest/doctest.h>

#include <cstddef>
#include <vector>

#include "small_lists.hpp"
#include "small_lists_measure.hpp"

namespace sl = ch03::small_lists;

TEST_CASE("the baseline's and the solution's heap, to the byte, and the 2x target") {
  REQUIRE(wb::alloc::enabled());
  const std::vector<int> values = sl::book_values(1'000'000);
  const sl::HeapUse base = sl::measure_build(sl::baseline::build, values);
  const sl::HeapUse best = sl::measure_build(sl::solution::build, values);
  CHECK(base.kept_bytes == 1'000'000 * 64 + (std::size_t{1} << 20) * 24);
  // Peak: the end state plus the last sample's 8-int block, alive while it grows to 16.
  CHECK(base.peak_bytes == 89'165'824 + 32);
  CHECK(base.allocations == 1'000'000 * 5 + 21);
  CHECK(best.peak_bytes == 36'000'000);
  CHECK(best.kept_bytes == 36'000'000);
  CHECK(best.allocations == 1);
  CHECK(static_cast<double>(base.peak_bytes) / static_cast<double>(best.peak_bytes) >= 2.0);
}
