// ch05.4 odd_fibonacci: the interface of the exercise (not edited by the learner).
//
// The book asks "how many Fibonacci numbers below 5,000 are odd?" and answers it three ways: a
// loop that computes and counts at once, a loop over an endless fibonacci() generator, and a
// takewhile pipeline over the same generator. All three give 13. Here the numbers are
// std::uint64_t: F(93) = 12,200,160,415,121,876,738 is the last that fits, so asking for F(94)
// throws std::overflow_error instead of wrapping around to a wrong, small number.
//
// Example:
//   namespace o = ch05::odd_fibonacci::exercise;
//   for (std::uint64_t f : o::fibonacci()) { if (f > 20) break; }   // 0 1 1 2 3 5 8 13
//   o::count_odd_succinct(5000);                                      // 13
#pragma once

#include <cstddef>
#include <cstdint>

#include "wb/exercise.hpp"
#include "wb/generator.hpp"

namespace ch05::odd_fibonacci {

// F(93), the largest Fibonacci number an std::uint64_t holds.
inline constexpr std::uint64_t kLargestFibonacci = 12'200'160'415'121'876'738ULL;

#define WB_API "odd_fibonacci_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch05::odd_fibonacci
