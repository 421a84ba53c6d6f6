// ch02.3 counting (stub): make the naive Julia program count what the book's profilers count.
//
// cProfile and line_profiler report call and line counts for the Python program. C++ profilers
// that sample (perf) cannot count, and at -O2 the calls are inlined away, so here you count the
// events in the code itself. Start from a copy of the book's code in julia_baseline.cpp (the set-up
// in julia_set, the kernel in calculate_z_serial) and add counters, without changing what it
// computes.
//
// TODO(ch02.3): implement count_julia, re-running `ctest --preset dev -R ch02.3` after each step:
//   1. copy the set-up and count every push_back into x, y, zs and cs -> counts.setup_appends;
//   2. copy the kernel; count each evaluation of the whole loop test -> counts.loop_tests
//      (one per pass that continues, plus the final one that stops the loop);
//   3. count each z = z * z + c -> counts.z_updates;
//   4. count each call of std::abs -> counts.abs_calls. Wrap it in a small lambda that counts and
//      then calls std::abs, and let && short-circuit exactly as the book's test does;
//   5. honour `order`: Order::book tests abs(z) < 2 first, Order::swapped tests n < maxiter first;
//   6. after each pixel's loop, count the pixels whose n reached maxiter -> counts.pixels_at_limit.
// Then delete the throw. For the book's grid the tests expect 34,219,980 loop tests and abs calls,
// 33,219,980 updates, 2,002,000 appends and 100,321 pixels at the limit.
#include "counting.hpp"

namespace ch02::counting::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

Counts count_julia(const wb::julia::Spec& /*spec*/, Order /*order*/) {
  throw wb::not_implemented{"ch02.3"};
}

}  // namespace ch02::counting::WB_VARIANT
