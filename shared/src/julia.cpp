#include "wb/julia.hpp"

#include <numeric>
#include <stdexcept>

namespace wb::julia {

std::vector<double> book_axis(double start, double stop, double step) {
  if (!(step > 0.0 || step < 0.0)) throw std::invalid_argument("book_axis: step must be non-zero");
  std::vector<double> axis;
  for (double v = start; step > 0.0 ? v < stop : v > stop; v += step) axis.push_back(v);
  return axis;
}

Grid book_grid(const Spec& spec) {
  if (spec.width <= 0) throw std::invalid_argument("book_grid: width must be positive");
  const double x_step = (spec.x2 - spec.x1) / spec.width;
  const double y_step = (spec.y1 - spec.y2) / spec.width;
  return {book_axis(spec.x1, spec.x2, x_step), book_axis(spec.y2, spec.y1, y_step)};
}

std::vector<int> reference_iterations(const Spec& spec) {
  const Grid grid = book_grid(spec);
  std::vector<int> out;
  out.reserve(grid.xs.size() * grid.ys.size());
  for (double y : grid.ys) {
    for (double x : grid.xs) {
      std::complex<double> z{x, y};
      int n = 0;
      while (std::abs(z) < 2.0 && n < spec.max_iterations) {
        z = z * z + spec.c;
        ++n;
      }
      out.push_back(n);
    }
  }
  return out;
}

std::int64_t checksum(std::span<const int> iterations) {
  return std::accumulate(iterations.begin(), iterations.end(), std::int64_t{0});
}

}  // namespace wb::julia
