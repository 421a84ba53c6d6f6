// wb/julia_specs.hpp: the one list of Julia specs the chapter 2 tests try besides the book's run,
// so the julia, counting and memory tests check the same cases: other widths (one pixel, rows that
// do not split evenly across threads), other iteration limits (0 and 1 included), other values of
// c, and a region away from the origin.
//
// Example:
//   for (const wb::julia::Spec& spec : wb::julia::specs::all(120))
//     CHECK(my_julia(spec) == wb::julia::reference_iterations(spec));
#pragma once

#include <complex>
#include <vector>

#include "wb/julia.hpp"

namespace wb::julia::specs {

// Returns the book's spec at each of the widths 1, 2, 3, 7, 10, 64, 101 and 250.
inline std::vector<Spec> other_widths() {
  std::vector<Spec> result;
  for (int width : {1, 2, 3, 7, 10, 64, 101, 250}) {
    Spec spec;
    spec.width = width;
    result.push_back(spec);
  }
  return result;
}

// Returns the book's spec at `width` with 0, 1, 2, 17 and 1000 iterations at most.
inline std::vector<Spec> other_limits(int width) {
  std::vector<Spec> result;
  for (int max_iterations : {0, 1, 2, 17, 1000}) {
    Spec spec;
    spec.width = width;
    spec.max_iterations = max_iterations;
    result.push_back(spec);
  }
  return result;
}

// Returns the book's spec at `width` with five other values of c (0, and four classic Julia sets).
inline std::vector<Spec> other_cs(int width) {
  std::vector<Spec> result;
  const std::complex<double> cs[] = {{0.0, 0.0}, {-0.8, 0.156}, {0.285, 0.01}, {-0.4, 0.6}, {0.45, -0.1428}};
  for (const std::complex<double> c : cs) {
    Spec spec;
    spec.width = width;
    spec.c = c;
    result.push_back(spec);
  }
  return result;
}

// Returns a region away from the origin, x in [-0.5, 0.25], y in [-0.1, 0.6], with 500 iterations:
// an image that is not symmetric, so a transposed or flipped result shows.
inline Spec off_origin_region(int width) {
  Spec spec;
  spec.x1 = -0.5;
  spec.x2 = 0.25;
  spec.y1 = -0.1;
  spec.y2 = 0.6;
  spec.width = width;
  spec.max_iterations = 500;
  return spec;
}

}  // namespace wb::julia::specs
