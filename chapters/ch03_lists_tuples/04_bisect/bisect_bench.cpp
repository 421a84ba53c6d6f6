// ch03.4 bisect: keeping a list sorted while it grows. insort finds the place in O(log n) and
// shifts the tail (O(n) moves, but one memmove); appending and re-sorting the whole vector after
// every append costs O(n log n) each time. n = 1,000 and 10,000 random insertions.
#include <algorithm>
#include <cstddef>
#include <random>
#include <vector>

#include "bisect.hpp"
#include "wb/bench.hpp"

namespace {

using ch03::bisect::Item;

std::vector<Item> random_items(std::size_t n) {
  std::mt19937 rng(36);
  std::vector<Item> items(n);
  for (std::size_t i = 0; i < n; ++i) items[i] = Item{static_cast<int>(rng() % 1'000'000), static_cast<int>(i)};
  return items;
}

template <class Insort>
void run(benchmark::State& state, Insort insort) {
  const std::vector<Item> items = random_items(wb::bench::smoke() ? 50 : static_cast<std::size_t>(state.range(0)));
  wb::bench::measure(state, [&] {
    std::vector<Item> sorted;
    for (const Item& x : items) insort(sorted, x);
    return sorted.size();
  });
}

void BM_Insort_Exercise(benchmark::State& state) { run(state, ch03::bisect::exercise::insort_right); }
#ifdef WB_HAVE_SOLUTION
void BM_Insort_Solution(benchmark::State& state) { run(state, ch03::bisect::solution::insort_right); }
#endif
void BM_AppendThenSort(benchmark::State& state) {
  run(state, [](std::vector<Item>& v, const Item& x) {
    v.push_back(x);
    std::stable_sort(v.begin(), v.end());
  });
}

}  // namespace

BENCHMARK(BM_Insort_Exercise)->Arg(1000)->Arg(10'000);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_Insort_Solution)->Arg(1000)->Arg(10'000);
#endif
BENCHMARK(BM_AppendThenSort)->Arg(1000)->Arg(10'000);
