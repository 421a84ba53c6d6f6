// ch02.4 memory: reference solution. The set-up keeps only the two axes (about 16 KB at width
// 1000); the kernel builds each pixel's start point from them and reads c from the spec, so zs and
// cs never exist (the book's Example 2-12). The kernel's arithmetic is the book's, unchanged: this
// exercise is about memory, ch02.1 is about speed.
#include <complex>
#include <cstddef>
#include <vector>

#include "memory.hpp"
#include "wb/alloc_counter.hpp"

namespace ch02::memory::WB_VARIANT {

using complex = std::complex<double>;

namespace {

// Returns the book's accumulated axis: start, start + step, ... while short of stop. Reserves room
// for the expected length up front (accumulated rounding can add one point), so the vector is
// allocated once instead of doubling its way up.
std::vector<double> build_axis(double start, double stop, double step, int width) {
  std::vector<double> axis;
  axis.reserve(static_cast<std::size_t>(width) + 2);
  for (double v = start; step > 0 ? v < stop : v > stop; v += step) axis.push_back(v);
  return axis;
}

}  // namespace

Prepared prepare(const wb::julia::Spec& spec) {
  const wb::alloc::Phase phase("build_axes");
  Prepared prepared;
  prepared.spec = spec;
  prepared.ys = build_axis(spec.y2, spec.y1, (spec.y1 - spec.y2) / spec.width, spec.width);
  prepared.xs = build_axis(spec.x1, spec.x2, (spec.x2 - spec.x1) / spec.width, spec.width);
  return prepared;  // zs and cs stay empty: no per-pixel lists at all
}

std::vector<int> calculate(const Prepared& prepared) {
  const int maxiter = prepared.spec.max_iterations;
  const complex c = prepared.spec.c;
  std::vector<int> output;
  output.reserve(prepared.xs.size() * prepared.ys.size());  // the one big allocation: 4 B a pixel
  for (double yc : prepared.ys) {
    for (double xc : prepared.xs) {
      complex z(xc, yc);  // the coordinate on the fly instead of zs[i]
      int n = 0;
      while (std::abs(z) < 2 && n < maxiter) {
        z = z * z + c;
        n += 1;
      }
      output.push_back(n);
    }
  }
  return output;
}

}  // namespace ch02::memory::WB_VARIANT
