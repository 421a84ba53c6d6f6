// ch03.2 linear_search: the time grows with the needle's position. Haystack 0..n-1 at the book's
// three sizes; the needle sits at the end (the worst case a present needle can be), so each search
// reads all n elements. std::find is the standard library's linear search: the same O(n), vectorised.
#include <algorithm>
#include <cstddef>
#include <numeric>
#include <span>
#include <vector>

#include "linear_search.hpp"
#include "wb/bench.hpp"

namespace {

std::vector<int> haystack_of(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(wb::bench::smoke() ? 100 : state.range(0));
  std::vector<int> v(n);
  std::iota(v.begin(), v.end(), 0);
  return v;
}

template <class Search>
void run(benchmark::State& state, Search search) {
  const std::vector<int> haystack = haystack_of(state);
  int needle = static_cast<int>(haystack.size()) - 1;
  wb::bench::measure(state, [&] {
    benchmark::DoNotOptimize(needle);
    return search(std::span<const int>(haystack), needle);
  });
  state.SetComplexityN(static_cast<benchmark::IterationCount>(haystack.size()));
}

void BM_LinearSearch_Exercise(benchmark::State& state) { run(state, ch03::linear_search::exercise::linear_search); }
#ifdef WB_HAVE_SOLUTION
void BM_LinearSearch_Solution(benchmark::State& state) { run(state, ch03::linear_search::solution::linear_search); }
#endif
void BM_LinearSearch_StdFind(benchmark::State& state) {
  run(state, [](std::span<const int> h, int needle) {
    const auto it = std::find(h.begin(), h.end(), needle);
    return it == h.end() ? std::ptrdiff_t{-1} : it - h.begin();
  });
}

}  // namespace

// No ->Complexity() on the exercise: while it is a stub every run is skipped, and Google Benchmark
// 1.7.1 crashes fitting a curve to no runs.
BENCHMARK(BM_LinearSearch_Exercise)->RangeMultiplier(10)->Range(10'000, 1'000'000);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_LinearSearch_Solution)->RangeMultiplier(10)->Range(10'000, 1'000'000)->Complexity(benchmark::oN);
#endif
BENCHMARK(BM_LinearSearch_StdFind)->RangeMultiplier(10)->Range(10'000, 1'000'000)->Complexity(benchmark::oN);
