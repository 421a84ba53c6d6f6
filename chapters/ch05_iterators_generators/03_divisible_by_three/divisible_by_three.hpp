// ch05.3 divisible_by_three: the interface of the exercise (not edited by the learner).
//
// The book counts how many of the first 100,000 Fibonacci numbers are divisible by 3 with
// len([n for n in fibonacci_gen(100_000) if n % 3 == 0]): it stores every match in a list only to
// take its length, 98 MB for nothing; sum(1 for n in ... if n % 3 == 0) gives the same 25,000 in
// no memory at all. F(100,000) has 20,899 digits, so C++ works modulo 3 throughout: the residue of
// F(k) mod 3 follows from the two before it.
//
// Example:
//   namespace d = ch05::divisible_by_three::exercise;
//   d::count_divisible_by_three(100'000);   // 25,000
//   d::count_divisible_by_three(5);         // 2: F(0) = 0 and F(4) = 3
#pragma once

#include <cstddef>

#include "wb/exercise.hpp"

namespace ch05::divisible_by_three {

#define WB_API "divisible_by_three_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch05::divisible_by_three
