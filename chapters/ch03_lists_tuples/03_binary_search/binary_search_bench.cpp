// ch03.3 binary_search: O(log n) against the linear search's O(n), on sorted haystacks of the
// book's sizes, for needles spread over the array (each lookup reads about log2(n) elements). The
// shipped (baseline) version is timed on present needles only: for the others it throws. Also
// std::lower_bound, the standard library's binary search, for reference.
#include <algorithm>
#include <cstddef>
#include <numeric>
#include <random>
#include <vector>

#include "binary_search.hpp"
#include "wb/bench.hpp"
#include "wb/bisect.hpp"

namespace {

template <class Search>
void run(benchmark::State& state, Search search) {
  const auto n = static_cast<std::size_t>(wb::bench::smoke() ? 100 : state.range(0));
  std::vector<int> haystack(n);
  std::iota(haystack.begin(), haystack.end(), 0);
  std::vector<int> needles(1024);
  std::mt19937 rng(3);
  for (int& x : needles) x = static_cast<int>(rng() % n);
  std::size_t k = 0;
  wb::bench::measure(state, [&] {
    k = (k + 1) & 1023;
    return search(haystack, needles[k]);
  });
  state.SetComplexityN(static_cast<benchmark::IterationCount>(n));
}

void BM_BinarySearch_Baseline(benchmark::State& state) { run(state, ch03::binary_search::baseline::binary_search); }
void BM_BinarySearch_Exercise(benchmark::State& state) { run(state, ch03::binary_search::exercise::binary_search); }
#ifdef WB_HAVE_SOLUTION
void BM_BinarySearch_Solution(benchmark::State& state) { run(state, ch03::binary_search::solution::binary_search); }
#endif
void BM_BinarySearch_LowerBound(benchmark::State& state) {
  run(state, [](const std::vector<int>& h, int needle) {
    const auto it = std::lower_bound(h.begin(), h.end(), needle);
    return it != h.end() && *it == needle ? it - h.begin() : std::ptrdiff_t{-1};
  });
}
void BM_LinearSearch_ForComparison(benchmark::State& state) {
  run(state, [](const std::vector<int>& h, int needle) { return wb::linear_search(h, needle); });
}

}  // namespace

BENCHMARK(BM_BinarySearch_Baseline)->RangeMultiplier(10)->Range(10'000, 1'000'000)->Complexity(benchmark::oLogN);
BENCHMARK(BM_BinarySearch_Exercise)->RangeMultiplier(10)->Range(10'000, 1'000'000)->Complexity(benchmark::oLogN);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_BinarySearch_Solution)->RangeMultiplier(10)->Range(10'000, 1'000'000)->Complexity(benchmark::oLogN);
#endif
BENCHMARK(BM_BinarySearch_LowerBound)->RangeMultiplier(10)->Range(10'000, 1'000'000)->Complexity(benchmark::oLogN);
BENCHMARK(BM_LinearSearch_ForComparison)->RangeMultiplier(10)->Range(10'000, 1'000'000)->Complexity(benchmark::oN);
