// ch03.8 tuple_vs_list: creating (and destroying) the book's [0, 1, ..., 9] as a std::vector (the
// list), a std::array (the tuple) and a heap block, one per iteration, in one run. The makers live
// in a library, so each creation is a real call; the result is kept alive (DoNotOptimize) and then
// destroyed, as the book's `l = [...]` is. `./workbook check ch03.8` compares with BM_List_Baseline:
// BM_Tuple_Exercise must be at least 10x faster, BM_Block_Exercise at least 3x.
#include <cstddef>
#include <vector>

#include "tuple_vs_list.hpp"
#include "wb/bench.hpp"

namespace {

namespace tvl = ch03::tuple_vs_list;

template <class Make>
void run(benchmark::State& state, Make make) {
  int base = 0;
  for (auto _ : state) {
    auto made = make(base++);
    benchmark::DoNotOptimize(made);
  }
}

void BM_List_Baseline(benchmark::State& state) { run(state, tvl::baseline::make_list); }
void BM_Tuple_Baseline(benchmark::State& state) { run(state, tvl::baseline::make_tuple); }
void BM_Block_Baseline(benchmark::State& state) { run(state, tvl::baseline::make_block); }
void BM_Tuple_Exercise(benchmark::State& state) { run(state, tvl::exercise::make_tuple); }
void BM_Block_Exercise(benchmark::State& state) { run(state, tvl::exercise::make_block); }
#ifdef WB_HAVE_SOLUTION
void BM_Tuple_Solution(benchmark::State& state) { run(state, tvl::solution::make_tuple); }
void BM_Block_Solution(benchmark::State& state) { run(state, tvl::solution::make_block); }
#endif

}  // namespace

BENCHMARK(BM_List_Baseline);
BENCHMARK(BM_Tuple_Baseline);
BENCHMARK(BM_Block_Baseline);
BENCHMARK(BM_Tuple_Exercise);
BENCHMARK(BM_Block_Exercise);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_Tuple_Solution);
BENCHMARK(BM_Block_Solution);
#endif
