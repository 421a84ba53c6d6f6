// ch03.7 small_lists: 1,000,000 samples of 9 ints stored by the frozen baseline (push_back-grown
// vectors), by yours and by the solution (std::array inline), in one run. Each reports, exactly
// (this binary links the counting allocator):
//   peak_bytes     the most heap build() held at any moment (`./workbook check ch03.7` compares
//                  this counter: lower is better; the target is 2x below the baseline)
//   kept_bytes     the heap the stored samples hold afterwards
//   allocations    operator new calls made by one build()
#include <cstddef>
#include <vector>

#include "small_lists.hpp"
#include "small_lists_measure.hpp"
#include "wb/bench.hpp"

namespace {

namespace sl = ch03::small_lists;

template <class Build>
void run(benchmark::State& state, Build build) {
  if (!wb::alloc::enabled()) {
    state.SkipWithError("the counting allocator (wb::alloc_counter) is not linked in");
    return;
  }
  const std::vector<int> values = sl::book_values(wb::bench::smoke() ? 1000 : 1'000'000);
  sl::HeapUse use;
  for (auto _ : state) {
    use = sl::measure_build(build, values);
    benchmark::ClobberMemory();
  }
  state.counters["peak_bytes"] = benchmark::Counter(static_cast<double>(use.peak_bytes));
  state.counters["kept_bytes"] = benchmark::Counter(static_cast<double>(use.kept_bytes));
  state.counters["allocations"] = benchmark::Counter(static_cast<double>(use.allocations));
}

void BM_SmallLists_Baseline(benchmark::State& state) { run(state, sl::baseline::build); }
void BM_SmallLists_Exercise(benchmark::State& state) { run(state, sl::exercise::build); }
#ifdef WB_HAVE_SOLUTION
void BM_SmallLists_Solution(benchmark::State& state) { run(state, sl::solution::build); }
#endif

}  // namespace

BENCHMARK(BM_SmallLists_Baseline)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SmallLists_Exercise)->Unit(benchmark::kMillisecond)->UseRealTime();
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_SmallLists_Solution)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif
