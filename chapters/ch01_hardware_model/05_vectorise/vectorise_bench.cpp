// ch01.5 vectorise: first_above over 4,096 and 65,536 floats (16 KB and 256 KB: L1 and L2) whose
// only match is the last value, by the frozen baseline (the plain loop), yours and the solution.
// `./workbook check ch01.5` compares BM_FirstAbove_Exercise/65536 with the baseline (target 4x).
#include <cstddef>
#include <span>
#include <vector>

#include "vectorise.hpp"
#include "wb/bench.hpp"

namespace {

namespace vz = ch01::vectorise;

template <class Search>
void run(benchmark::State& state, Search search) {
  std::vector<float> values(static_cast<std::size_t>(state.range(0)), 0.5f);
  values.back() = 2.0f;
  float threshold = 1.0f;
  for (auto _ : state) {
    benchmark::DoNotOptimize(threshold);
    benchmark::DoNotOptimize(search(std::span<const float>(values), threshold));
  }
  state.SetBytesProcessed(state.iterations() * state.range(0) * static_cast<std::int64_t>(sizeof(float)));
}

void BM_FirstAbove_Baseline(benchmark::State& state) { run(state, vz::baseline::first_above); }
void BM_FirstAbove_Exercise(benchmark::State& state) { run(state, vz::exercise::first_above); }
#ifdef WB_HAVE_SOLUTION
void BM_FirstAbove_Solution(benchmark::State& state) { run(state, vz::solution::first_above); }
#endif

void sizes(benchmark::internal::Benchmark* b) { b->Arg(4096)->Arg(65536)->Unit(benchmark::kNanosecond); }

}  // namespace

BENCHMARK(BM_FirstAbove_Baseline)->Apply(sizes);
BENCHMARK(BM_FirstAbove_Exercise)->Apply(sizes);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_FirstAbove_Solution)->Apply(sizes);
#endif
