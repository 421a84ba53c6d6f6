// ch05.7 itertools_combining: the price of a coroutine per result. Sums x * y over the neighbours
// of 0 .. 9,999 (pairwise) and the elements of every 3-element combination of 0 .. 29 (4,060 of
// them), three ways: your generators, wb::lazy's views and a hand-written loop.
#include <cstddef>
#include <vector>

#include "itertools_combining.hpp"
#include "wb/bench.hpp"
#include "wb/lazy.hpp"

namespace {

namespace lz = wb::lazy;

std::vector<int> numbers(std::size_t n) {
  std::vector<int> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = static_cast<int>(i);
  return v;
}
std::size_t pairwise_length() { return wb::bench::smoke() ? 100 : 10'000; }
std::size_t pool_size() { return wb::bench::smoke() ? 8 : 30; }

wb::generator<int> from(const std::vector<int>& v) {
  for (int x : v) co_yield x;
}

template <class Range>
long sum_products(Range&& r) {
  long s = 0;
  for (const auto& [x, y] : r) s += static_cast<long>(x) * y;
  return s;
}

template <class Range>
long sum_all(Range&& r) {
  long s = 0;
  for (const auto& c : r)
    for (int x : c) s += x;
  return s;
}

#define WB_COMBINING_BENCH(Name, variant)                                                                \
  void BM_Pairwise_##Name(benchmark::State& state) {                                                     \
    const std::vector<int> v = numbers(pairwise_length());                                               \
    wb::bench::measure(state, [&v] { return sum_products(ch05::itertools_combining::variant::pairwise(from(v))); }); \
  }                                                                                                      \
  BENCHMARK(BM_Pairwise_##Name);                                                                         \
  void BM_Combinations_##Name(benchmark::State& state) {                                                 \
    const std::vector<int> pool = numbers(pool_size());                                                  \
    wb::bench::measure(state, [&pool] { return sum_all(ch05::itertools_combining::variant::combinations(pool, 3)); }); \
  }                                                                                                      \
  BENCHMARK(BM_Combinations_##Name)

WB_COMBINING_BENCH(Exercise, exercise);
#ifdef WB_HAVE_SOLUTION
WB_COMBINING_BENCH(Solution, solution);
#endif

void BM_Pairwise_Lazy(benchmark::State& state) {
  const std::vector<int> v = numbers(pairwise_length());
  wb::bench::measure(state, [&v] { return sum_products(lz::pairwise(v)); });
}
BENCHMARK(BM_Pairwise_Lazy);

void BM_Pairwise_Loop(benchmark::State& state) {
  const std::vector<int> v = numbers(pairwise_length());
  wb::bench::measure(state, [&v] {
    long s = 0;
    for (std::size_t i = 1; i < v.size(); ++i) s += static_cast<long>(v[i - 1]) * v[i];
    return s;
  });
}
BENCHMARK(BM_Pairwise_Loop);

void BM_Combinations_Lazy(benchmark::State& state) {
  const std::vector<int> pool = numbers(pool_size());
  wb::bench::measure(state, [&pool] { return sum_all(lz::combinations(pool, 3)); });
}
BENCHMARK(BM_Combinations_Lazy);

void BM_Combinations_Loop(benchmark::State& state) {
  const std::vector<int> pool = numbers(pool_size());
  wb::bench::measure(state, [&pool] {
    long s = 0;
    for (std::size_t i = 0; i < pool.size(); ++i)
      for (std::size_t j = i + 1; j < pool.size(); ++j)
        for (std::size_t k = j + 1; k < pool.size(); ++k) s += pool[i] + pool[j] + pool[k];
    return s;
  });
}
BENCHMARK(BM_Combinations_Loop);

}  // namespace
