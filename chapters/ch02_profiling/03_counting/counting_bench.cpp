// ch02.3 counting: what does counting cost? The plain naive port (ch02.1's frozen julia_baseline)
// against the same computation with its counters, yours and the solution's, in one run.
//
// BM_Counting_Baseline is the uninstrumented program, so the ratio of the times is the profiling
// overhead of counting in the code. The book's profilers cost far more: cProfile took the Python
// program from about 5 s to 13 s, line_profiler to 31 s.
#include "counting.hpp"
#include "julia.hpp"
#include "wb/bench.hpp"

namespace {

using ch02::counting::Order;
using wb::julia::Spec;

// The book's image, or a small one for the test suite's smoke run.
Spec bench_spec() {
  Spec spec;
  if (wb::bench::smoke()) spec.width = 64;
  return spec;
}

Order order_of(const benchmark::State& state) {
  return state.range(0) == 0 ? Order::book : Order::swapped;
}

void BM_Counting_Baseline(benchmark::State& state) {
  const Spec spec = bench_spec();
  wb::bench::measure(state, [&] { return ch02::julia::baseline::julia_set(spec, 1); });
}
BENCHMARK(BM_Counting_Baseline)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Counting_Exercise(benchmark::State& state) {
  const Spec spec = bench_spec();
  const Order order = order_of(state);
  wb::bench::measure(state, [&] { return ch02::counting::exercise::count_julia(spec, order); });
}
BENCHMARK(BM_Counting_Exercise)->ArgName("swapped")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

#ifdef WB_HAVE_SOLUTION
void BM_Counting_Solution(benchmark::State& state) {
  const Spec spec = bench_spec();
  const Order order = order_of(state);
  wb::bench::measure(state, [&] { return ch02::counting::solution::count_julia(spec, order); });
}
BENCHMARK(BM_Counting_Solution)->ArgName("swapped")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

}  // namespace
