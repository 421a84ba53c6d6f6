// ch01.1 check_prime: the interface of the exercise (not edited by the learner).
//
// The book's first program asks whether a number is prime by trying every divisor from 2 to its
// square root, with a floating-point division and an "is the quotient a whole number?" test. The
// book then imagines the ideal machine: send the number once and check several divisors per
// instruction (its "not valid Python" vectorised version). You make that real: integer
// arithmetic, fewer candidates, and then V candidates per instruction.
//
// Example:
//   ch01::check_prime::exercise::check_prime(10'000'019);   // true
//   ch01::check_prime::exercise::check_prime(10'000'000);   // false
#pragma once

#include <cstdint>

#include "wb/exercise.hpp"

namespace ch01::check_prime {

#define WB_API "check_prime_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch01::check_prime
