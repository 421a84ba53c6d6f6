// FROZEN: the shipped starting point of counting.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit counting.cpp. Its TODO marks read STEP( here.
// ch02.3 counting (stub): make the naive Julia program count what the book's profilers count.
//
// cProfile and line_profiler report call and line counts for the Python program. C++ profilers
// that sample (perf) cannot count, and at -O2 the calls are inlined away, so here you count the
// events in the code itself. Start from a copy of the book's code in
// chapters/ch02_profiling/01_julia/.meta/julia_baseline.cpp (the set-up in julia_set, the kernel
// in calculate_z_serial) and add counters, without changing what it computes.
//
// Steps: after each, run `ctest --preset dev -L ch02.3` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail.
//   1. build_setup: the book's set-up; count every push_back into x, y, zs and cs -> appends;
//   2. count_pixel: the book's loop on one pixel, returning n; count each evaluation of the whole
//      loop test -> loop_tests (one per pass that continues, plus the final one that stops it);
//   3. count_pixel: count each z = z * z + c -> z_updates;
//   4. count_pixel: count each call of std::abs -> abs_calls, letting && short-circuit exactly as
//      the book's test does;
//   5. count_pixel: Order::swapped tests n < maxiter first;
//   6. count_julia: build_setup, then count_pixel on every pixel; add up the counts and count the
//      pixels whose n reached max_iterations -> pixels_at_limit.
// For the book's grid the tests expect 34,219,980 loop tests and abs calls, 33,219,980 updates,
// 2,002,000 appends and 100,321 pixels at the limit.
#include <complex>
#include <vector>

#include "counting.hpp"

namespace ch02::counting::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// STEP(ch02.3) 1: copy the set-up of julia_set: the axes y and x built by adding the step, then
// zs and cs filled with push_back, row by row (y outer, x inner). Count every push_back in
// setup.appends and return the Setup.
Setup build_setup(const wb::julia::Spec& /*spec*/) {
  throw wb::not_implemented{"ch02.3"};
}

PixelCounts count_pixel(std::complex<double> /*z*/, std::complex<double> /*c*/, int /*maxiter*/,
                        Order order) {
  // STEP(ch02.3) 5: for Order::swapped, run the same loop with the test `n < maxiter &&
  // std::abs(z) < 2` (replace this throw).
  if (order == Order::swapped) throw wb::not_implemented{"ch02.3"};
  // STEP(ch02.3) 2: copy the loop of calculate_z_serial, starting from z; return its n in
  // counts.n. Make the loop test a small lambda that adds 1 to counts.loop_tests and returns the
  // whole `&&` expression, and use it as the `while` condition (replace this throw).
  // STEP(ch02.3) 3: add 1 to counts.z_updates beside z = z * z + c.
  // STEP(ch02.3) 4: call std::abs through a lambda that adds 1 to counts.abs_calls, used inside
  // the `&&` so that it runs only when the book's test evaluates it.
  throw wb::not_implemented{"ch02.3"};
}

// STEP(ch02.3) 6: call build_setup(spec), then count_pixel on each pixel (zs[i], cs[i],
// spec.max_iterations, order); add up the four counts and the appends, and count the pixels whose
// n equals spec.max_iterations.
Counts count_julia(const wb::julia::Spec& /*spec*/, Order /*order*/) {
  throw wb::not_implemented{"ch02.3"};
}

}  // namespace ch02::counting::WB_VARIANT
