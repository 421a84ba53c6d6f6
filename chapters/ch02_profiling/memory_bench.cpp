// ch02.4 memory: the Julia set-up (prepare) of the frozen baseline, yours and the solution's, in
// one run. Besides the time, each reports exact heap figures from the counting allocator (this
// binary links wb::alloc_counter):
//
//   setup_peak_bytes   the most heap prepare() held at any moment, above what was in use before
//                      it (`./workbook check ch02.4` compares this counter: lower is better)
//   setup_allocations  calls to operator new made by one prepare()
//
// Both are the same in every iteration (the set-up is deterministic) and are reported as they are,
// once per repetition, not as rates or averages.
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "memory.hpp"
#include "wb/alloc_counter.hpp"
#include "wb/bench.hpp"

namespace {

using ch02::memory::Prepared;
using wb::julia::Spec;

// The book's image, or a small one for the test suite's smoke run.
Spec bench_spec() {
  Spec spec;
  if (wb::bench::smoke()) spec.width = 64;
  return spec;
}

// Times prepare(spec) (building and freeing its result) and records its exact peak heap.
template <class Prepare>
void run_setup(benchmark::State& state, Prepare prepare) {
  if (!wb::alloc::enabled()) {
    state.SkipWithError("the counting allocator (wb::alloc_counter) is not linked in");
    return;
  }
  const Spec spec = bench_spec();
  std::size_t peak = 0;
  std::uint64_t allocations = 0;
  for (auto _ : state) {
    const wb::alloc::Stats before = wb::alloc::stats();
    wb::alloc::reset_peak();
    {
      Prepared prepared = prepare(spec);
      benchmark::DoNotOptimize(prepared);
      benchmark::ClobberMemory();
    }
    const wb::alloc::Stats after = wb::alloc::stats();
    peak = std::max(peak, after.peak_bytes - before.current_bytes);
    allocations = std::max(allocations, after.allocations - before.allocations);
    wb::alloc::clear_phases();  // the Phase labels inside prepare would pile up otherwise
  }
  state.counters["setup_peak_bytes"] = benchmark::Counter(static_cast<double>(peak));
  state.counters["setup_allocations"] = benchmark::Counter(static_cast<double>(allocations));
}

void BM_JuliaSetup_Baseline(benchmark::State& state) {
  run_setup(state, [](const Spec& s) { return ch02::memory::baseline::prepare(s); });
}
BENCHMARK(BM_JuliaSetup_Baseline)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_JuliaSetup_Exercise(benchmark::State& state) {
  run_setup(state, [](const Spec& s) { return ch02::memory::exercise::prepare(s); });
}
BENCHMARK(BM_JuliaSetup_Exercise)->Unit(benchmark::kMillisecond)->UseRealTime();

#ifdef WB_HAVE_SOLUTION
void BM_JuliaSetup_Solution(benchmark::State& state) {
  run_setup(state, [](const Spec& s) { return ch02::memory::solution::prepare(s); });
}
BENCHMARK(BM_JuliaSetup_Solution)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

}  // namespace
