// ch05.3 divisible_by_three: correctness. Expected values come from the book (25,000 of the first
// 100,000) and from counts made here: exact Fibonacci numbers while they fit in 64 bits, and the
// period of F(k) mod 3 (0, 1, 1, 2, 0, 2, 2, 1: two zeros every eight) beyond. Never from a solution.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>

#include "divisible_by_three.hpp"

namespace impl = ch05::divisible_by_three::WB_TESTED;  // exercise, baseline or solution: the build decides

namespace {

// Counts F(0..n-1) divisible by 3 with exact numbers (n <= 94).
std::size_t exact_count(std::size_t n) {
  std::uint64_t a = 0, b = 1;
  std::size_t count = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (a % 3 == 0) ++count;
    const std::uint64_t next = a + b;
    a = b;
    b = next;
  }
  return count;
}

// F(k) mod 3 repeats every 8 with zeros at k = 0 and 4 (mod 8).
std::size_t periodic_count(std::size_t n) { return 2 * (n / 8) + (n % 8 > 0 ? 1 : 0) + (n % 8 > 4 ? 1 : 0); }

}  // namespace

TEST_CASE("the book's count: 25,000 of the first 100,000 Fibonacci numbers are divisible by 3") {
  const std::size_t count = impl::count_divisible_by_three(100'000);
  CHECK(count == 25'000);
}

TEST_CASE("the first 0 to 94 numbers, counted exactly with 64-bit Fibonacci numbers") {
  for (std::size_t n = 0; n <= 94; ++n) {
    CAPTURE(n);
    REQUIRE(impl::count_divisible_by_three(n) == exact_count(n));
  }
}

TEST_CASE("larger counts follow the period of 8: 1,000 to 10,000,000 numbers") {
  for (std::size_t n : {std::size_t{1000}, std::size_t{1001}, std::size_t{99'999}, std::size_t{100'005},
                        std::size_t{10'000'000}}) {
    CAPTURE(n);
    CHECK(impl::count_divisible_by_three(n) == periodic_count(n));
  }
}
