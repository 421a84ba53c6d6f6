// ch02.4 memory (slow): the book's Julia set-up, which holds two lists of a million complex numbers
// before the kernel starts. It is correct and greedy on purpose. Cut its peak heap without
// changing a single pixel.
//
// Steps: after each, run `ctest --preset dev -L ch02.4` (it rebuilds first), and
// `./workbook check ch02.4` to measure. Each step's edit sites are marked `TODO(ch02.4) k:` below;
// the test cases named "step k: ..." are the ones its mistakes fail, and
// `./workbook hint ch02.4 k` prints its hint.
//   1. reserve zs and cs before the loop: no doubling, so no moment with an old and a new buffer;
//   2. drop cs: c is the same for every pixel, calculate can read prepared.spec.c;
//   3. drop zs too: calculate can build each pixel's start point from xs and ys.
// Target: a set-up peak at least 10x below the baseline's (the solution's is about 2,600x).
// The wb::alloc::Phase lines label the stretches of the set-up, like the book's profile.timestamp;
// they cost nothing on the heap. Keep, move or delete them as you like.
#include <complex>
#include <vector>

#include "memory.hpp"
#include "wb/alloc_counter.hpp"

namespace ch02::memory::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

using complex = std::complex<double>;

// The book's calc_pure_python up to the kernel call: axes, then the zs and cs lists.
Prepared prepare(const wb::julia::Spec& spec) {
  Prepared prepared;
  prepared.spec = spec;
  {
    const wb::alloc::Phase phase("build_axes");
    const double x_step = (spec.x2 - spec.x1) / spec.width;
    const double y_step = (spec.y1 - spec.y2) / spec.width;
    double ycoord = spec.y2;
    while (ycoord > spec.y1) {
      prepared.ys.push_back(ycoord);
      ycoord += y_step;
    }
    double xcoord = spec.x1;
    while (xcoord < spec.x2) {
      prepared.xs.push_back(xcoord);
      xcoord += x_step;
    }
  }
  {
    const wb::alloc::Phase phase("build_lists");
    // TODO(ch02.4) 1: reserve both lists for every pixel before the loop (reserve, not resize:
    // push_back appends after whatever is already there).
    // TODO(ch02.4) 2: drop cs.
    // TODO(ch02.4) 3: drop zs too: keep only the two axes above, built by the book's accumulating
    // loop (`start + i * step` rounds differently and changes pixels).
    for (double yc : prepared.ys) {
      for (double xc : prepared.xs) {
        prepared.zs.push_back(complex(xc, yc));
        prepared.cs.push_back(spec.c);
      }
    }
  }
  return prepared;
}

// The book's calculate_z_serial_purepython: the hot spot for time, but not for memory (its only
// allocation is the output).
// TODO(ch02.4) 3: walk prepared.ys, then prepared.xs inside it (row-major, as zs was) and build
// each start point there; reserve the output once. Do not rebuild zs here: the tests check that
// calculate allocates its output and little more.
std::vector<int> calculate(const Prepared& prepared) {
  const int maxiter = prepared.spec.max_iterations;
  const std::vector<complex>& zs = prepared.zs;
  const std::vector<complex>& cs = prepared.cs;
  std::vector<int> output(zs.size(), 0);
  for (std::size_t i = 0; i < zs.size(); ++i) {
    int n = 0;
    complex z = zs[i];
    complex c = cs[i];  // TODO(ch02.4) 2: read c from prepared.spec.c instead.
    while (std::abs(z) < 2 && n < maxiter) {
      z = z * z + c;
      n += 1;
    }
    output[i] = n;
  }
  return output;
}

}  // namespace ch02::memory::WB_VARIANT
