// ch05.3 divisible_by_three: counting among the first 100,000 Fibonacci numbers, by the frozen
// baseline (residues and matches stored), yours and the solution (a generator and a count). Each
// reports, exactly (this binary links the counting allocator):
//   peak_bytes    the most heap one count held at any moment (`./workbook check ch05.3` compares
//                 this counter: lower is better; the target is 100x below the baseline)
//   allocations   operator new calls in one count
#include <cstddef>
#include <cstdint>

#include "divisible_by_three.hpp"
#include "wb/alloc_counter.hpp"
#include "wb/bench.hpp"

namespace {

template <class Count>
void run(benchmark::State& state, Count count) {
  if (!wb::alloc::enabled()) {
    state.SkipWithError("the counting allocator (wb::alloc_counter) is not linked in");
    return;
  }
  const std::size_t n = wb::bench::smoke() ? 1000 : 100'000;
  std::size_t peak = 0;
  std::uint64_t allocations = 0;
  for (auto _ : state) {
    const wb::alloc::Stats before = wb::alloc::stats();
    wb::alloc::reset_peak();
    benchmark::DoNotOptimize(count(n));
    const wb::alloc::Stats after = wb::alloc::stats();
    peak = after.peak_bytes - before.current_bytes;
    allocations = after.allocations - before.allocations;
  }
  state.counters["peak_bytes"] = benchmark::Counter(static_cast<double>(peak));
  state.counters["allocations"] = benchmark::Counter(static_cast<double>(allocations));
}

void BM_DivisibleByThree_Baseline(benchmark::State& state) { run(state, ch05::divisible_by_three::baseline::count_divisible_by_three); }
void BM_DivisibleByThree_Exercise(benchmark::State& state) { run(state, ch05::divisible_by_three::exercise::count_divisible_by_three); }
#ifdef WB_HAVE_SOLUTION
void BM_DivisibleByThree_Solution(benchmark::State& state) { run(state, ch05::divisible_by_three::solution::count_divisible_by_three); }
#endif

}  // namespace

BENCHMARK(BM_DivisibleByThree_Baseline)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DivisibleByThree_Exercise)->Unit(benchmark::kMicrosecond);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_DivisibleByThree_Solution)->Unit(benchmark::kMicrosecond);
#endif
