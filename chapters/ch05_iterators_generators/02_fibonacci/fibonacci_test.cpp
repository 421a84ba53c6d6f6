// ch05.2 fibonacci: correctness: the checksum of the first n numbers against a 128-bit reference
// for every n from 0 to 94; n = 95 and beyond throw. Heap figures are the benchmark's (and the
// solution's budget test's), not asserted here.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include "fibonacci.hpp"

namespace impl = ch05::fibonacci::WB_TESTED;  // exercise, baseline or solution: the build decides
__extension__ typedef unsigned __int128 u128;  // GCC and clang; F(94) and beyond fit

TEST_CASE("visit(n) is the XOR of F(0) .. F(n - 1) for every n from 0 to 94") {
  u128 a = 0, b = 1;
  std::uint64_t want = 0;
  for (std::size_t n = 0; n <= 94; ++n) {
    CAPTURE(n);
    const std::uint64_t got = impl::visit(n);
    REQUIRE(got == want);
    if (n == 94) break;
    REQUIRE(a <= UINT64_MAX);  // F(0) .. F(93) fit
    want ^= static_cast<std::uint64_t>(a);
    const u128 next = a + b;
    a = b;
    b = next;
  }
  CHECK(impl::visit(5) == 1);
}

TEST_CASE("n above 94 needs F(94): std::overflow_error") {
  CHECK_THROWS_AS(impl::visit(95), std::overflow_error);
  CHECK_THROWS_AS(impl::visit(100'000), std::overflow_error);
}
