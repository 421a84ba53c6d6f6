// FROZEN: the shipped starting point of julia.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit julia.cpp. Its TODO marks read STEP( here.
// ch02.1 julia (slow): the book's Julia program, ported line for line (its Examples 2-2 and 2-3).
// It is correct and slow on purpose. Make it fast without changing a single pixel.
//
// Steps: after each, run `ctest --preset dev -L ch02.1` (it rebuilds first), and
// `./workbook check ch02.1` to measure. Each step's edit site is marked `STEP(ch02.1) k:` below;
// the test cases named "step k: ..." are the ones its mistakes fail, and
// `./workbook hint ch02.1 k` prints its hint.
//   1. swap the loop test so the cheap `n < maxiter` comes first;
//   2. compare std::norm(z) < 4 instead of std::abs(z) < 2 (no square root);
//   3. drop `cs`: c is the same for every pixel;
//   4. compute each pixel's coordinate on the fly instead of building `zs`;
//   5. compute several pixels at once with SIMD (GCC vector extensions or <experimental/simd>);
//   6. share the rows between `threads` threads.
// Target: 20x the baseline on one thread; on two, 0.8 of the solution's own two-thread ratio
// measured in the same run (about 40x on two free cores).
#include <complex>
#include <vector>

#include "julia.hpp"
#include "wb/profile.hpp"

namespace ch02::julia::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

namespace {

using complex = std::complex<double>;

// The book's calculate_z_serial_purepython: the hot spot.
// STEP(ch02.1) 3: c is the same for every pixel: take it once instead of the list cs.
// STEP(ch02.1) 5: iterate one register of neighbouring pixels in lock-step: a count per lane, and
// a lane mask that stays off once its pixel has escaped. z*z + c stays a multiply then an add
// (never an fma): it must round exactly as Python does.
std::vector<int> calculate_z_serial(int maxiter, const std::vector<complex>& zs,
                                    const std::vector<complex>& cs) {
  std::vector<int> output(zs.size(), 0);
  for (std::size_t i = 0; i < zs.size(); ++i) {
    int n = 0;
    complex z = zs[i];
    complex c = cs[i];
    // STEP(ch02.1) 1: test the cheap `n < maxiter` first.
    // STEP(ch02.1) 2: std::norm(z) < 4 is the same test as std::abs(z) < 2, without the root.
    while (std::abs(z) < 2 && n < maxiter) {
      z = z * z + c;
      n += 1;
    }
    output[i] = n;
  }
  return output;
}

}  // namespace

// The book's calc_pure_python: builds the coordinate lists, then calls the kernel.
// STEP(ch02.1) 6: share the rows among `threads` threads; hand them out one at a time (rows cost
// very different amounts).
std::vector<int> julia_set(const wb::julia::Spec& spec, int /*threads: the book's code is serial*/) {
  // Set-up: not the hot spot (about a tenth of the run). The WB_PROFILE_SCOPE marks compile to
  // nothing unless the build defines WB_ENABLE_PROFILE (`./workbook profile julia --tool trace`).
  const double x_step = (spec.x2 - spec.x1) / spec.width;
  const double y_step = (spec.y1 - spec.y2) / spec.width;
  std::vector<double> x;
  std::vector<double> y;
  {
    WB_PROFILE_SCOPE("build_grid");
    double ycoord = spec.y2;
    while (ycoord > spec.y1) {
      y.push_back(ycoord);
      ycoord += y_step;
    }
    double xcoord = spec.x1;
    while (xcoord < spec.x2) {
      x.push_back(xcoord);
      xcoord += x_step;
    }
  }
  // Two lists, as in the book: zs varies per pixel, cs holds the same c a million times.
  // STEP(ch02.1) 3: drop cs.
  // STEP(ch02.1) 4: drop zs too: start pixel (row r, column k) from x[k] and y[r], the axes built
  // above by accumulating the step (x1 + k * x_step rounds differently), row after row.
  std::vector<complex> zs;
  std::vector<complex> cs;
  {
    WB_PROFILE_SCOPE("build_lists");
    for (double yc : y) {
      for (double xc : x) {
        zs.push_back(complex(xc, yc));
        cs.push_back(spec.c);
      }
    }
  }
  WB_PROFILE_SCOPE("calculate_z");
  return calculate_z_serial(spec.max_iterations, zs, cs);
}

}  // namespace ch02::julia::WB_VARIANT
