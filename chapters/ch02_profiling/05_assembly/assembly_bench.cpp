// ch02.5 assembly: fn_expressive against fn_terse at the build's optimisation level (-O2 in the
// dev preset): does the hand-written loop cost more than the library call, as in the book's
// Example 2-17 (45.6 ms against 16.4 ms in CPython)? Read assembly.sh's listing to see why not.
//
// Counter `adds/s`: numbers summed per second.
#include <cstdint>

#include "assembly.hpp"
#include "wb/bench.hpp"

namespace {

// Returns the book's upper bound, or a small one for the smoke run.
std::int64_t bench_upper() { return wb::bench::smoke() ? 1000 : ch02::assembly::kDefaultUpper; }

// Times fn(upper) and reports the numbers added per second.
template <class Fn>
void run_sum(benchmark::State& state, Fn fn) {
  std::int64_t upper = bench_upper();
  for (auto _ : state) {
    benchmark::DoNotOptimize(upper);  // the compiler must not know upper at the call
    std::int64_t total = fn(upper);
    benchmark::DoNotOptimize(total);
  }
  state.counters["adds/s"] = benchmark::Counter(
      static_cast<double>(upper) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_FnExpressive(benchmark::State& state) {
  run_sum(state, [](std::int64_t n) { return ch02::assembly::fn_expressive(n); });
}
BENCHMARK(BM_FnExpressive)->Unit(benchmark::kMicrosecond);

void BM_FnTerse(benchmark::State& state) {
  run_sum(state, [](std::int64_t n) { return ch02::assembly::fn_terse(n); });
}
BENCHMARK(BM_FnTerse)->Unit(benchmark::kMicrosecond);

}  // namespace
