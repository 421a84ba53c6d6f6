// ch05.2 fibonacci: the interface of the exercise (not edited by the learner).
//
// The book loops over fibonacci_list(100_000), which builds the whole list first (418 MB), and over
// fibonacci_gen(100_000), which hands out one number at a time: 2.7x faster and no measurable
// memory. In 64 bits only F(0) to F(93) fit, so here a "visit" walks at most 94 numbers, and the
// difference shows as bytes: the list's heap grows with n, a generator's stays the size of its
// frame. visit(n) walks F(0) .. F(n - 1) and returns their XOR (a checksum that cannot overflow);
// n above 94 would need F(94): std::overflow_error, never a wrapped number.
//
// Example:
//   namespace f = ch05::fibonacci::exercise;
//   f::visit(5);    // 0 ^ 1 ^ 1 ^ 2 ^ 3 = 1
//   f::visit(95);   // throws std::overflow_error
#pragma once

#include <cstddef>
#include <cstdint>

#include "wb/exercise.hpp"

namespace ch05::fibonacci {

inline constexpr std::size_t kMaxCount = 94;  // F(0) .. F(93)

#define WB_API "fibonacci_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch05::fibonacci
