// ch02.5 assembly: the facts the tour relies on. Both functions give the book's sum (its assert in
// Example 2-16), and agree with each other and with Gauss's n(n-1)/2 on small and odd inputs.
#include <doctest/doctest.h>

#include <cstdint>
#include <initializer_list>

#include "assembly.hpp"

namespace asm_tour = ch02::assembly;

namespace {

// Returns 0 + 1 + ... + (upper - 1) by Gauss's formula, or 0 for upper <= 0.
std::int64_t gauss(std::int64_t upper) { return upper <= 0 ? 0 : upper * (upper - 1) / 2; }

}  // namespace

TEST_CASE("fn_expressive and fn_terse both sum 0..999,999 to the book's 499,999,500,000") {
  CHECK(asm_tour::fn_expressive() == 499'999'500'000);
  CHECK(asm_tour::fn_terse() == 499'999'500'000);
  CHECK(asm_tour::fn_expressive(asm_tour::kDefaultUpper) == asm_tour::fn_terse(asm_tour::kDefaultUpper));
}

TEST_CASE("fn_expressive and fn_terse agree on small uppers") {
  for (std::int64_t upper : {0, 1, 2, 10, 11, 1000, 65'537}) {
    CAPTURE(upper);
    CHECK(asm_tour::fn_expressive(upper) == gauss(upper));
    CHECK(asm_tour::fn_terse(upper) == gauss(upper));
  }
  CHECK(asm_tour::fn_expressive(10) == 45);
  CHECK(asm_tour::fn_terse(1) == 0);
}

TEST_CASE("fn_expressive and fn_terse give 0 for a negative upper, like Python's range") {
  for (std::int64_t upper : {-1, -10, -1'000'000}) {
    CAPTURE(upper);
    CHECK(asm_tour::fn_expressive(upper) == 0);
    CHECK(asm_tour::fn_terse(upper) == 0);
  }
}

TEST_CASE("fn_expressive and fn_terse add in 64 bits: sums past 2^32 stay exact") {
  // 3,000,000 numbers sum to 4,499,998,500,000: a 32-bit accumulator would have wrapped.
  constexpr std::int64_t big = 3'000'000;
  CHECK(asm_tour::fn_expressive(big) == 4'499'998'500'000);
  CHECK(asm_tour::fn_terse(big) == 4'499'998'500'000);
}
