// FROZEN: the shipped starting point of check_prime.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit check_prime.cpp. Its TODO marks read STEP( here.
// ch01.1 check_prime (slow): the book's check_prime, ported as printed: every divisor from 2 to
// the square root, a floating-point division and an is-integer test. (The book's Python divides
// in double precision, which is exact only below 2^53; `long double` has a 64-bit significand, so
// this port is exact for every 64-bit number. And 0 and 1 are not prime: the book's loop never
// runs for them and says True.)
//
// Steps (the tests pass as shipped; `./workbook check ch01.1` times your check on 10,000,019):
//   1. integer arithmetic: `number % i == 0`, stopping when i * i > number;
//   2. a 6k +- 1 wheel: after 2 and 3, only 5, 7, 11, 13, 17, 19 ... can divide (a third of the
//      candidates);
//   3. V candidates at once: the book's "not valid Python" vectorised check, with GCC vector
//      extensions (`double __attribute__((vector_size(64)))`), exact below 2^52.
// Done = the tests pass and your check is at least 8x the shipped one on 10,000,019.
#include <cmath>
#include <cstdint>

#include "check_prime.hpp"

namespace ch01::check_prime::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// STEP(ch01.1) 1: integer modulo; 2: a 6k +- 1 wheel; 3: V candidates per instruction.
bool check_prime(std::uint64_t number) {
  if (number < 2) return false;
  const long double value = static_cast<long double>(number);
  const auto last = static_cast<std::uint64_t>(std::sqrt(value));
  for (std::uint64_t i = 2; i <= last; ++i) {
    const long double quotient = value / static_cast<long double>(i);
    if (quotient == std::floor(quotient)) return false;  // (number / i).is_integer()
  }
  return true;
}

}  // namespace ch01::check_prime::WB_VARIANT
