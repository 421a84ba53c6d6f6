// ch02.3 counting: reference solution. The book's naive program (julia_baseline.cpp) with a counter
// beside every event its profilers report; what it computes is unchanged.
#include <complex>
#include <vector>

#include "counting.hpp"

namespace ch02::counting::WB_VARIANT {

namespace {

using complex = std::complex<double>;

// The book's kernel with counters; the loop test's operand order is fixed at compile time, so the
// counting code is exactly the book's test plus increments.
template <Order order>
void count_kernel(int maxiter, const std::vector<complex>& zs, const std::vector<complex>& cs,
                  Counts& counts) {
  // std::abs, counted: cProfile's {abs} line.
  const auto counted_abs = [&counts](complex value) {
    ++counts.abs_calls;
    return std::abs(value);
  };
  for (std::size_t i = 0; i < zs.size(); ++i) {
    int n = 0;
    complex z = zs[i];
    const complex c = cs[i];
    // One evaluation of the whole test, counted: line_profiler's hits on the `while` line.
    const auto loop_test = [&] {
      ++counts.loop_tests;
      if constexpr (order == Order::book) {
        return counted_abs(z) < 2 && n < maxiter;
      } else {
        return n < maxiter && counted_abs(z) < 2;
      }
    };
    while (loop_test()) {
      z = z * z + c;
      ++counts.z_updates;
      n += 1;
    }
    if (n == maxiter) ++counts.pixels_at_limit;  // the book stores n in output; only this is needed
  }
}

}  // namespace

Counts count_julia(const wb::julia::Spec& spec, Order order) {
  Counts counts;
  // The book's set-up, with its appends counted: cProfile's {method 'append' of 'list' objects}.
  const double x_step = (spec.x2 - spec.x1) / spec.width;
  const double y_step = (spec.y1 - spec.y2) / spec.width;
  std::vector<double> x;
  std::vector<double> y;
  double ycoord = spec.y2;
  while (ycoord > spec.y1) {
    y.push_back(ycoord);
    ++counts.setup_appends;
    ycoord += y_step;
  }
  double xcoord = spec.x1;
  while (xcoord < spec.x2) {
    x.push_back(xcoord);
    ++counts.setup_appends;
    xcoord += x_step;
  }
  std::vector<complex> zs;
  std::vector<complex> cs;
  for (double yc : y) {
    for (double xc : x) {
      zs.push_back(complex(xc, yc));
      cs.push_back(spec.c);
      counts.setup_appends += 2;
    }
  }
  if (order == Order::book) {
    count_kernel<Order::book>(spec.max_iterations, zs, cs, counts);
  } else {
    count_kernel<Order::swapped>(spec.max_iterations, zs, cs, counts);
  }
  return counts;
}

}  // namespace ch02::counting::WB_VARIANT
