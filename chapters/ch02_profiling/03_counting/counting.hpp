// ch02.3 counting: the interface of the counting exercise (not edited by the learner).
//
// The book profiles its naive Julia program with cProfile and line_profiler and reads off exact
// counts: 34,219,980 calls to abs, 2,002,000 list appends, 34,219,980 hits on the `while` line and
// 33,219,980 on the update. The exercise runs the same naive computation and counts those events
// itself, so the figures become facts a test can check, in three functions declared in
// counting_api.hpp (once per implementation, see wb/exercise.hpp): build_setup (the book's set-up
// and its appends), count_pixel (its kernel on one pixel) and count_julia (the whole run).
//
// Example:
//   namespace counting = ch02::counting;
//   using counting::Order;
//   const auto counts = counting::exercise::count_julia(wb::julia::Spec{}, Order::book);
//   // counts.abs_calls == 34'219'980, counts.setup_appends == 2'002'000
//   const auto pixel = counting::exercise::count_pixel({0.0, 0.0}, {0.0, 0.0}, 300, Order::book);
//   // pixel.n == 300 (z stays 0), pixel.loop_tests == 301, pixel.abs_calls == 301
#pragma once

#include <complex>
#include <cstdint>
#include <vector>

#include "wb/exercise.hpp"
#include "wb/julia.hpp"

namespace ch02::counting {

// The order of the two operands of the kernel's loop test.
enum class Order {
  book,     // while (std::abs(z) < 2 && n < maxiter): the book's Example 2-3
  swapped,  // while (n < maxiter && std::abs(z) < 2): the cheap test first
};

// The book's set-up (calc_pure_python before the kernel): every pixel's starting point and
// constant, row-major, and how many push_back calls building them took.
struct Setup {
  std::vector<std::complex<double>> zs;  // zs[r * |x| + k] = x[k] + y[r] i, in the order appended
  std::vector<std::complex<double>> cs;  // spec.c, once per pixel
  std::int64_t appends = 0;              // push_back calls into x, y, zs and cs (list.append)
};

// What the kernel did on one pixel.
struct PixelCounts {
  int n = 0;                    // the escape count: the book's output[i]
  std::int64_t loop_tests = 0;  // evaluations of the whole `while` test
  std::int64_t z_updates = 0;   // executions of z = z * z + c
  std::int64_t abs_calls = 0;   // calls to std::abs

  friend bool operator==(const PixelCounts&, const PixelCounts&) = default;
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
