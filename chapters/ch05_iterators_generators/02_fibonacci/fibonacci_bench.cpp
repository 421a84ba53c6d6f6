// ch05.2 fibonacci: visiting F(0) .. F(n - 1) for n = 10 and 94, by the frozen baseline (the list
// first), yours and the solution (a generator), in one run. Each reports, exactly (this binary links
// the counting allocator):
//   peak_bytes    the most heap one visit held at any moment (`./workbook check ch05.2` compares
//                 this counter at n = 94: lower is better; the target is 10x below the baseline)
//   allocations   operator new calls in one visit
// The time columns give the other half of the book's comparison: a generator should stay within
// 1.5x of the list's time.
#include <cstddef>
#include <cstdint>

#include "fibonacci.hpp"
#include "wb/alloc_counter.hpp"
#include "wb/bench.hpp"

namespace {

template <class Visit>
void run(benchmark::State& state, Visit visit) {
  if (!wb::alloc::enabled()) {
    state.SkipWithError("the counting allocator (wb::alloc_counter) is not linked in");
    return;
  }
  std::size_t n = static_cast<std::size_t>(state.range(0));
  std::size_t peak = 0;
  std::uint64_t allocations = 0;
  for (auto _ : state) {
    const wb::alloc::Stats before = wb::alloc::stats();
    wb::alloc::reset_peak();
    benchmark::DoNotOptimize(n);
    benchmark::DoNotOptimize(visit(n));
    const wb::alloc::Stats after = wb::alloc::stats();
    peak = after.peak_bytes - before.current_bytes;
    allocations = after.allocations - before.allocations;
  }
  state.counters["peak_bytes"] = benchmark::Counter(static_cast<double>(peak));
  state.counters["allocations"] = benchmark::Counter(static_cast<double>(allocations));
}

void BM_Fibonacci_Baseline(benchmark::State& state) { run(state, ch05::fibonacci::baseline::visit); }
void BM_Fibonacci_Exercise(benchmark::State& state) { run(state, ch05::fibonacci::exercise::visit); }
#ifdef WB_HAVE_SOLUTION
void BM_Fibonacci_Solution(benchmark::State& state) { run(state, ch05::fibonacci::solution::visit); }
#endif

}  // namespace

BENCHMARK(BM_Fibonacci_Baseline)->Arg(10)->Arg(94);
BENCHMARK(BM_Fibonacci_Exercise)->Arg(10)->Arg(94);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_Fibonacci_Solution)->Arg(10)->Arg(94);
#endif
