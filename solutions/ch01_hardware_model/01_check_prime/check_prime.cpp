// ch01.1 check_prime: reference solution, a ladder of faster exact prime checks (see
// check_prime_ladder.hpp): integer modulo, a 6k +- 1 wheel, and the wheel checked kLanes
// candidates per instruction with GCC vector extensions.
#include <cstddef>
#include <cstdint>

#include "check_prime.hpp"
#if __has_include("check_prime_ladder.hpp")  // absent when this file is copied over the exercise
#include "check_prime_ladder.hpp"
#endif

namespace ch01::check_prime::WB_VARIANT {

namespace ladder {

// The lane count follows the instruction set the build targets, so a binary built for an older
// CPU never runs an instruction that CPU lacks; GCC splits a wider vector into what it has.
#if defined(__AVX512F__)
constexpr std::size_t kLaneCount = 8;
#elif defined(__AVX__)
constexpr std::size_t kLaneCount = 4;
#else
constexpr std::size_t kLaneCount = 2;
#endif
extern const std::size_t kLanes;
const std::size_t kLanes = kLaneCount;

namespace {

using Doubles = double __attribute__((vector_size(kLaneCount * sizeof(double))));
using Masks = long long __attribute__((vector_size(kLaneCount * sizeof(long long))));

constexpr std::uint64_t kExactBelow = std::uint64_t{1} << 52;

// 2, 3 and the numbers below 25 decided; returns -1 when the wheel must run.
int small_cases(std::uint64_t n) {
  if (n < 2) return 0;
  if (n < 4) return 1;
  if (n % 2 == 0 || n % 3 == 0) return 0;
  return n < 25 ? 1 : -1;
}

bool wheel_from(std::uint64_t n, std::uint64_t k) {
  for (; k * k <= n; k += 6) {
    if (n % k == 0 || n % (k + 2) == 0) return false;
  }
  return true;
}

}  // namespace

bool modulo(std::uint64_t number) {
  if (number < 2) return false;
  for (std::uint64_t i = 2; i * i <= number; ++i) {
    if (number % i == 0) return false;
  }
  return true;
}

bool wheel(std::uint64_t number) {
  const int decided = small_cases(number);
  return decided >= 0 ? decided == 1 : wheel_from(number, 5);
}

bool vectorised(std::uint64_t number) {
  const int decided = small_cases(number);
  if (decided >= 0) return decided == 1;
  if (number >= kExactBelow) return wheel_from(number, 5);
  // The lanes hold 6k - 1, 6k + 1, 6k + 5, 6k + 7, ...: kLaneCount / 2 steps of the wheel.
  Doubles candidates;
  for (std::size_t j = 0; j < kLaneCount; ++j) candidates[j] = static_cast<double>(5 + 6 * (j / 2) + 2 * (j % 2));
  const double step = 3.0 * kLaneCount;
  const double n = static_cast<double>(number);
  const double magic = 4503599627370496.0;  // 2^52: (q + 2^52) - 2^52 rounds q to an integer
  for (double first = 5; first * first <= n; first += step) {
    const Doubles quotient = n / candidates;
    const Doubles nearest = (quotient + magic) - magic;
    // A lane divides n when its rounded quotient times it gives n back, exactly (all below
    // 2^53). Lanes past the square root need no mask: the largest is first + 3 * kLaneCount - 4
    // <= sqrt(n) + 20, which is below n for every n >= 25, so a hit there is a real divisor.
    const Masks hit = nearest * candidates == n;
    long long any = 0;
    for (std::size_t j = 0; j < kLaneCount; ++j) any |= hit[j];
    if (any) return false;
    candidates += step;
  }
  return true;
}

}  // namespace ladder

bool check_prime(std::uint64_t number) { return ladder::vectorised(number); }

}  // namespace ch01::check_prime::WB_VARIANT
