// wb/julia.hpp: the Julia-set workload of chapter 2, as the book defines it.
//
// The reference every Julia exercise is checked against: the book's grid (built by accumulating a
// floating-point step, exactly as its Python loops do) and its escape-count kernel.
//
// Example:
//   wb::julia::Spec spec;                        // the book's 1000 x 1000 grid, 300 iterations
//   auto counts = wb::julia::reference_iterations(spec);
//   assert(wb::julia::checksum(counts) == 33'219'980);   // the book's assert
#pragma once

#include <complex>
#include <cstdint>
#include <span>
#include <vector>

namespace wb::julia {

// The book's parameters: the square [-1.8, 1.8]^2 of the complex plane, c = -0.62772-0.42193i.
struct Spec {
  double x1 = -1.8, x2 = 1.8, y1 = -1.8, y2 = 1.8;
  std::complex<double> c{-0.62772, -0.42193};
  int width = 1000;            // the book's desired_width
  int max_iterations = 300;
};

// Returns the book's axis: start, start+step, ... accumulated in double, kept while v < stop
// (step > 0) or v > stop (step < 0). Because the step is accumulated, the length can differ from
// (stop-start)/step by one. O(length). Precondition: step != 0 and finite.
std::vector<double> book_axis(double start, double stop, double step);

struct Grid { std::vector<double> xs, ys; };

// Returns xs = book_axis(x1, x2, (x2-x1)/width) and ys = book_axis(y2, y1, (y1-y2)/width).
// Precondition: spec.width > 0.
Grid book_grid(const Spec& spec);

// Computes the escape count of every pixel, row-major (row r is ys[r], column k is xs[k]): n counts
// the updates z = z*z + c made while |z| < 2 and n < max_iterations, from z = xs[k] + i*ys[r].
// This is the book's kernel, written plainly; O(pixels * max_iterations).
std::vector<int> reference_iterations(const Spec& spec);

// Returns the sum of all counts, the book's sum(output).
std::int64_t checksum(std::span<const int> iterations);

// The book's checksum for the default Spec (width 1000, 300 iterations).
inline constexpr std::int64_t book_checksum = 33'219'980;

}  // namespace wb::julia
