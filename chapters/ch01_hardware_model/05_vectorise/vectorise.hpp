// ch01.5 vectorise: the interface of the exercise (not edited by the learner).
//
// The book's vectorised check_prime tests several values with one instruction. Compilers do that
// for you (auto-vectorisation), but only for loops they can prove safe, and GCC 12 refuses any loop
// that may leave early: it would have to load values past the exit. The shipped first_above is
// such a loop. Rewrite it so that the compiler vectorises the work and the early exit stays, and
// read GCC's own report (-fopt-info-vec) to see that it did.
//
// Example:
//   std::vector<float> v{0.5f, 0.2f, 3.0f, 0.1f};
//   ch01::vectorise::exercise::first_above(v, 1.0f);   // 2
//   ch01::vectorise::exercise::first_above(v, 9.0f);   // 4 (none: the size)
#pragma once

#include <cstddef>
#include <span>

#include "wb/exercise.hpp"

namespace ch01::vectorise {

#define WB_API "vectorise_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch01::vectorise
