// ch05.2 fibonacci: the solution's heap does not grow with n, and is at least 10x below the
// baseline's at n = 94 (test ch05.2-fibonacci-budget-test, label "solutions"), measured exactly.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>

#include "fibonacci.hpp"
#include "wb/alloc_counter.hpp"

namespace {

template <class Visit>
std::size_t peak_of(Visit visit, std::size_t n) {
  const std::size_t before = wb::alloc::stats().current_bytes;
  wb::alloc::reset_peak();
  const std::uint64_t checksum = visit(n);
  static_cast<void>(checksum);
  return wb::alloc::stats().peak_bytes - before;
}

}  // namespace

TEST_CASE("the generator's peak heap is the same for 1, 10 and 94 numbers, 10x below the list's") {
  REQUIRE(wb::alloc::enabled());
  const std::size_t one = peak_of(ch05::fibonacci::solution::visit, 1);
  CHECK(peak_of(ch05::fibonacci::solution::visit, 10) == one);
  CHECK(peak_of(ch05::fibonacci::solution::visit, 94) == one);
  // The list: push_back doubles 1, 2, 4, ... 128 slots; at 94 numbers the peak is 64 + 128 slots.
  const std::size_t list = peak_of(ch05::fibonacci::baseline::visit, 94);
  CHECK(list == (64 + 128) * sizeof(std::uint64_t));
  CHECK(list >= 10 * one);
}
