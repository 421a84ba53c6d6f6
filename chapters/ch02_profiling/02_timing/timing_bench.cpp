// ch02.2 timing: what a timefn-wrapped call costs compared with the same call made directly.
//
// The wrapped function is trivial (return v[i] by reference), so the difference between
// BM_Timefn_Direct and the others is the wrapper itself: two clock readings (BM_SteadyClock_Now)
// plus formatting the report line (BM_FormatReport). Every variant is called through a
// std::function, the direct call included, so that indirection cancels out. Reports go to a stream
// that discards them: the formatting is measured, the terminal is not.
//
// There is no BM_Timefn_Baseline: the frozen start of a stub only throws not_implemented, so the
// honest reference is the direct call. The book's point to check here: timing a call that takes
// nanoseconds with a wrapper that costs tens of nanoseconds measures mostly the wrapper; use
// repeat (or Google Benchmark) for short calls and timefn for long ones.
#include <chrono>
#include <cstddef>
#include <functional>
#include <ostream>
#include <vector>

#include "timing.hpp"
#include "wb/bench.hpp"
#include "wb/timing.hpp"

namespace {

using Element = std::function<int&(std::vector<int>&, std::size_t)>;

// A stream with no buffer: it is in a failed state, so every write is dropped at once.
std::ostream& discard() {
  static std::ostream out(nullptr);
  return out;
}

int& element(std::vector<int>& v, std::size_t i) { return v[i]; }

// Calls `fn` on successive elements of a small vector (inputs built before the loop).
void run_element(benchmark::State& state, const Element& fn) {
  std::vector<int> v(64, 1);
  std::size_t i = 0;
  wb::bench::measure(state, [&] {
    i = (i + 1) & 63;
    return fn(v, i);
  });
}

void BM_Timefn_Direct(benchmark::State& state) { run_element(state, Element{element}); }
BENCHMARK(BM_Timefn_Direct);

void BM_Timefn_Exercise(benchmark::State& state) {
  run_element(state, ch02::timing::exercise::make_timed_element(ch02::timing::steady_clock(), discard()));
}
BENCHMARK(BM_Timefn_Exercise);

#ifdef WB_HAVE_SOLUTION
void BM_Timefn_Solution(benchmark::State& state) {
  run_element(state, ch02::timing::solution::make_timed_element(ch02::timing::steady_clock(), discard()));
}
BENCHMARK(BM_Timefn_Solution);
#endif

// The workbook's own timefn (wb/timing.hpp): the clock is a plain type, not a std::function.
void BM_Timefn_Wb(benchmark::State& state) {
  run_element(state, Element{wb::timing::timefn("element", element, discard())});
}
BENCHMARK(BM_Timefn_Wb);

// One reading of std::chrono::steady_clock: a timed call makes two.
void BM_SteadyClock_Now(benchmark::State& state) {
  for (auto _ : state) {
    auto now = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(now);
  }
}
BENCHMARK(BM_SteadyClock_Now);

// Formatting one report line (fmt, "{:.4f}").
void BM_FormatReport(benchmark::State& state) {
  double seconds = 0.1234567;
  wb::bench::measure(state, [&] { return wb::timing::format_report("element", seconds); });
}
BENCHMARK(BM_FormatReport);

// Python's timeit runs a statement many times between two clock readings for the same reason:
// wb::timing::repeat's cost per call of the trivial function, clock readings spread over 1000 calls.
void BM_Repeat_PerCallOverhead(benchmark::State& state) {
  std::vector<int> v(64, 1);
  std::size_t i = 0;
  wb::bench::measure(state, [&] {
    return wb::timing::repeat([&]() -> int& { return element(v, i = (i + 1) & 63); }, 1000, 1).min;
  });
  state.SetItemsProcessed(state.iterations() * 1000);  // items/s = timed calls per second
}
BENCHMARK(BM_Repeat_PerCallOverhead);

}  // namespace
