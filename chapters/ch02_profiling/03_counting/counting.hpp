// ch02.3 counting: the interface of the counting exercise (not edited by the learner).
//
// The book profiles its naive Julia program with cProfile and line_profiler and reads off exact
// counts: 34,219,980 calls to abs, 2,002,000 list appends, 34,219,980 hits on the `while` line and
// 33,219,980 on the update. count_julia runs the same naive computation (the book's set-up with its
// appends, then its kernel) and counts those events itself, so the figures become facts a test can
// check. count_julia is declared in counting_api.hpp, once per implementation (wb/exercise.hpp).
//
// Example:
//   const auto counts = ch02::counting::exercise::count_julia(wb::julia::Spec{}, ch02::counting::Order::book);
//   // counts.abs_calls == 34'219'980, counts.setup_appends == 2'002'000
#pragma once

#include <cstdint>

#include "wb/exercise.hpp"
#include "wb/julia.hpp"

namespace ch02::counting {

// The order of the two operands of the kernel's loop test.
enum class Order {
  book,     // while (std::abs(z) < 2 && n < maxiter): the book's Example 2-3
  swapped,  // while (n < maxiter && std::abs(z) < 2): the cheap test first
};

// What the book's profilers report about one run of the naive program.
struct Counts {
  std::int64_t loop_tests = 0;       // evaluations of the whole `while` test (line_profiler's hits)
  std::int64_t z_updates = 0;        // executions of z = z * z + c (hits on the update line)
  std::int64_t abs_calls = 0;        // calls to std::abs (cProfile's ncalls for {abs})
  std::int64_t setup_appends = 0;    // push_back calls while building x, y, zs, cs (list.append)
  std::int64_t pixels_at_limit = 0;  // pixels whose count reached max_iterations

  friend bool operator==(const Counts&, const Counts&) = default;
};

// The book's figures for the default Spec (width 1000, 300 iterations), book order.
inline constexpr Counts book_counts{34'219'980, 33'219'980, 34'219'980, 2'002'000, 100'321};

#define WB_API "counting_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch02::counting
