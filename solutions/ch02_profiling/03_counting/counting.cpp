// ch02.3 counting: reference solution. The book's naive program (julia_baseline.cpp) with a counter
// beside every event its profilers report; what it computes is unchanged.
#include <complex>
#include <cstddef>
#include <vector>

#include "counting.hpp"

namespace ch02::counting::WB_VARIANT {

namespace {

using complex = std::complex<double>;

// The book's kernel on one pixel, with counters; the loop test's operand order is fixed at compile
// time, so the counting code is exactly the book's test plus increments.
template <Order order>
PixelCounts count_kernel(complex z, complex c, int maxiter) {
  PixelCounts counts;
  int n = 0;
  // std::abs, counted: cProfile's {abs} line.
  const auto counted_abs = [&counts](complex value) {
    ++counts.abs_calls;
    return std::abs(value);
  };
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
  counts.n = n;
  return counts;
}

}  // namespace

Setup build_setup(const wb::julia::Spec& spec) {
  Setup setup;
  // The book's set-up, with its appends counted: cProfile's {method 'append' of 'list' objects}.
  const double x_step = (spec.x2 - spec.x1) / spec.width;
  const double y_step = (spec.y1 - spec.y2) / spec.width;
  std::vector<double> x;
  std::vector<double> y;
  double ycoord = spec.y2;
  while (ycoord > spec.y1) {
    y.push_back(ycoord);
    ++setup.appends;
    ycoord += y_step;
  }
  double xcoord = spec.x1;
  while (xcoord < spec.x2) {
    x.push_back(xcoord);
    ++setup.appends;
    xcoord += x_step;
  }
  for (double yc : y) {
    for (double xc : x) {
      setup.zs.push_back(std::complex<double>(xc, yc));
      ++setup.appends;
      setup.cs.push_back(spec.c);
      ++setup.appends;
    }
  }
  return setup;
}

PixelCounts count_pixel(std::complex<double> z, std::complex<double> c, int maxiter, Order order) {
  return order == Order::book ? count_kernel<Order::book>(z, c, maxiter)
                              : count_kernel<Order::swapped>(z, c, maxiter);
}

Counts count_julia(const wb::julia::Spec& spec, Order order) {
  const Setup setup = build_setup(spec);
  Counts counts;
  counts.setup_appends = setup.appends;
  for (std::size_t i = 0; i < setup.zs.size(); ++i) {
    const PixelCounts pixel = count_pixel(setup.zs[i], setup.cs[i], spec.max_iterations, order);
    counts.loop_tests += pixel.loop_tests;
    counts.z_updates += pixel.z_updates;
    counts.abs_calls += pixel.abs_calls;
    if (pixel.n == spec.max_iterations) ++counts.pixels_at_limit;  // the book stores n in output
  }
  return counts;
}

}  // namespace ch02::counting::WB_VARIANT
