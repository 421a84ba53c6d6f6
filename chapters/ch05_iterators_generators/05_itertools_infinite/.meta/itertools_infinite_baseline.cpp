// FROZEN: the shipped starting point of itertools_infinite.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit itertools_infinite.cpp. Its TODO marks read STEP( here.
// ch05.5 itertools_infinite (stub): Python's endless sources count, repeat and cycle, and
// accumulate, each a wb::generator coroutine (see the seed's itertools tour, seed 001).
//
// Steps: after each, run `ctest --preset dev -L ch05.5` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail with not_implemented.
//   1. count: start, then add step again and again;
//   2. repeat: the same value, n times or forever;
//   3. cycle: one pass over the input that saves what it yields, then the saved copies forever;
//   4. accumulate: running totals with any binary operation, with or without an initial value.
// Done = the tests pass. There is no speed target; the benchmark compares your generators with
// wb::lazy's views and a plain loop.
#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "itertools_infinite.hpp"

namespace ch05::itertools_infinite::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// STEP(ch05.5) 1: a `while (true)` loop: co_yield the current value, then add step to it. Do not
// compute start + i * step: CPython adds, and the tests compare bit for bit.
wb::generator<double> count(double /*start*/, double /*step*/) {
  throw wb::not_implemented{"ch05.5"};
  co_return;  // makes this function a coroutine
}

// STEP(ch05.5) 2: with a count, co_yield value that many times; with std::nullopt, forever.
wb::generator<double> repeat(double /*value*/, std::optional<std::size_t> /*times*/) {
  throw wb::not_implemented{"ch05.5"};
  co_return;
}

// STEP(ch05.5) 3: for (int x : items) { save a copy; co_yield x; }. Then, unless nothing was
// saved, loop forever over the saved copies (items cannot be read a second time).
wb::generator<int> cycle(wb::generator<int> /*items*/) {
  throw wb::not_implemented{"ch05.5"};
  co_return;
}

// STEP(ch05.5) 4: keep a running total that starts as initial (if given, and yield it at once) or
// as the first element; for each following element x: total = op(total, x), then co_yield total.
wb::generator<double> accumulate(wb::generator<double> /*items*/, std::function<double(double, double)> /*op*/,
                                 std::optional<double> /*initial*/) {
  throw wb::not_implemented{"ch05.5"};
  co_return;
}

}  // namespace ch05::itertools_infinite::WB_VARIANT
