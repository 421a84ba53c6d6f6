// ch02.4 memory: the Julia set-up (prepare) of the frozen baseline, yours and the solution's, in
// one run. Besides the time, each reports exact heap figures from the counting allocator (this
// binary links wb::alloc_counter):
//
//   setup_peak_bytes       the most heap prepare() held at any moment, above what was in use
//                          before it (`./workbook check ch02.4` compares this counter: lower is
//                          better)
//   setup_allocations      calls to operator new made by one prepare()
//   calculate_extra_bytes  the most heap calculate() held beyond its own output (pixels ints):
//                          should stay near 0. If the set-up's peak fell only because the lists
//                          moved into calculate, it shows up here. Measured once, outside the timed
//                          loop, with max_iterations 1 (the allocations do not depend on it).
//
// All three are the same in every run (the code is deterministic) and are reported as they are,
// once per repetition, not as rates or averages.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

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

// Returns the most heap calculate(prepare(spec)) held above what was in use before it, minus the
// bytes of the output it returns (0 if less). Cheap: one pass over the pixels.
template <class Prepare, class Calculate>
std::size_t calculate_extra_bytes(Prepare prepare, Calculate calculate) {
  Spec spec = bench_spec();
  spec.max_iterations = 1;
  const Prepared prepared = prepare(spec);
  const std::size_t before = wb::alloc::stats().current_bytes;
  wb::alloc::reset_peak();
  std::size_t output_bytes = 0;
  {
    const std::vector<int> counts = calculate(prepared);
    benchmark::DoNotOptimize(counts.data());
    output_bytes = counts.size() * sizeof(int);
  }
  const std::size_t peak = wb::alloc::stats().peak_bytes - before;
  wb::alloc::clear_phases();
  return peak > output_bytes ? peak - output_bytes : 0;
}

// Times prepare(spec) (building and freeing its result) and records its exact peak heap; then, once
// and untimed, what calculate allocates beyond its output.
template <class Prepare, class Calculate>
void run_setup(benchmark::State& state, Prepare prepare, Calculate calculate) {
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
  state.counters["calculate_extra_bytes"] =
      benchmark::Counter(static_cast<double>(calculate_extra_bytes(prepare, calculate)));
}

void BM_JuliaSetup_Baseline(benchmark::State& state) {
  run_setup(
      state, [](const Spec& s) { return ch02::memory::baseline::prepare(s); },
      [](const Prepared& p) { return ch02::memory::baseline::calculate(p); });
}
BENCHMARK(BM_JuliaSetup_Baseline)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_JuliaSetup_Exercise(benchmark::State& state) {
  run_setup(
      state, [](const Spec& s) { return ch02::memory::exercise::prepare(s); },
      [](const Prepared& p) { return ch02::memory::exercise::calculate(p); });
}
BENCHMARK(BM_JuliaSetup_Exercise)->Unit(benchmark::kMillisecond)->UseRealTime();

#ifdef WB_HAVE_SOLUTION
void BM_JuliaSetup_Solution(benchmark::State& state) {
  run_setup(
      state, [](const Spec& s) { return ch02::memory::solution::prepare(s); },
      [](const Prepared& p) { return ch02::memory::solution::calculate(p); });
}
BENCHMARK(BM_JuliaSetup_Solution)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

}  // namespace
