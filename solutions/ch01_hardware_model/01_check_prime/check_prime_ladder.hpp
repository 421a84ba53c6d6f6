// ch01.1 check_prime: the solution's ladder, one function per rung, each benchmarked against the
// book's port by check_prime_bench.cpp and tested against a sieve by check_prime_ladder_test.cpp.
// check_prime (the exercise's interface) is rung 3.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ch01::check_prime::solution::ladder {

// Rung 1: integer modulo, every i from 2 while i * i <= number.
bool modulo(std::uint64_t number);
// Rung 2: 2, 3, then the 6k +- 1 wheel (5, 7, 11, 13 ...): a third of the candidates.
bool wheel(std::uint64_t number);
// Rung 3: the wheel, kLanes candidates per vector instruction (double division, exact below
// 2^52); rung 2 above that.
bool vectorised(std::uint64_t number);
// The lanes rung 3 uses: 8 with AVX-512, 4 with AVX, 2 otherwise (chosen at compile time).
extern const std::size_t kLanes;

}  // namespace ch01::check_prime::solution::ladder
