// wb/bench.hpp: conventions shared by every exercise benchmark.
//
// Benchmarks are named BM_<Thing>_Baseline / _Exercise / _Solution and compared within one run by
// `./workbook check <id>`. The workbook's main (wb::bench_main) adds one flag, --wb_smoke, used by
// the test suite to check that a benchmark binary runs: benchmarks then pick tiny inputs.
//
// Example:
//   static void BM_Sum_Exercise(benchmark::State& state) {
//     const auto data = make_input(wb::bench::smoke() ? 100 : 1'000'000);   // built before the loop
//     wb::bench::measure(state, [&] { return ch02::sum::exercise::sum(data); });
//   }
//   BENCHMARK(BM_Sum_Exercise);
#pragma once

#include <benchmark/benchmark.h>

#include "wb/exercise.hpp"

namespace wb::bench {

// True when the binary runs as a smoke test (--wb_smoke): use the smallest meaningful input.
bool smoke() noexcept;

// Runs body() once per benchmark iteration and keeps its result alive. A stub that throws
// not_implemented marks the benchmark skipped (with the exercise named) instead of aborting.
template <class Body>
void measure(benchmark::State& state, Body&& body) {
  for (auto _ : state) {
    try {
      auto result = body();
      benchmark::DoNotOptimize(result);
      benchmark::ClobberMemory();
    } catch (const wb::not_implemented& e) {
      state.SkipWithError(e.what());
      break;
    }
  }
}

}  // namespace wb::bench
