// ch05.6 itertools_filtering: the price of a coroutine per element. Sums the even numbers of
// 0 .. 9,999 (filterfalse "is odd") and every third one (islice with step 3), three ways: your
// generators (over a generator that hands out the numbers), wb::lazy's views over a vector, and a
// hand-written loop. The numbers come from a generator in the first case because your adaptors
// take one; it is part of their cost, as an iterator would be in Python.
#include <cstddef>
#include <optional>
#include <vector>

#include "itertools_filtering.hpp"
#include "wb/bench.hpp"
#include "wb/lazy.hpp"

namespace {

namespace lz = wb::lazy;

std::vector<int> numbers() {
  std::vector<int> v(wb::bench::smoke() ? 100 : 10'000);
  for (std::size_t i = 0; i < v.size(); ++i) v[i] = static_cast<int>(i);
  return v;
}

wb::generator<int> from(const std::vector<int>& v) {
  for (int x : v) co_yield x;
}

bool odd(int x) { return x % 2 != 0; }

template <class Range>
long sum(Range&& r) {
  long s = 0;
  for (int x : r) s += x;
  return s;
}

#define WB_FILTER_BENCH(Name, variant)                                                                     \
  void BM_FilterFalse_##Name(benchmark::State& state) {                                                    \
    const std::vector<int> v = numbers();                                                                  \
    wb::bench::measure(state, [&v] { return sum(ch05::itertools_filtering::variant::filterfalse(odd, from(v))); }); \
  }                                                                                                        \
  BENCHMARK(BM_FilterFalse_##Name);                                                                        \
  void BM_Islice_##Name(benchmark::State& state) {                                                         \
    const std::vector<int> v = numbers();                                                                  \
    wb::bench::measure(state, [&v] {                                                                       \
      return sum(ch05::itertools_filtering::variant::islice(from(v), 0, std::nullopt, 3));                 \
    });                                                                                                    \
  }                                                                                                        \
  BENCHMARK(BM_Islice_##Name)

WB_FILTER_BENCH(Exercise, exercise);
#ifdef WB_HAVE_SOLUTION
WB_FILTER_BENCH(Solution, solution);
#endif

void BM_FilterFalse_Lazy(benchmark::State& state) {
  const std::vector<int> v = numbers();
  wb::bench::measure(state, [&v] { return sum(lz::filterfalse(odd, v)); });
}
BENCHMARK(BM_FilterFalse_Lazy);

void BM_FilterFalse_Loop(benchmark::State& state) {
  const std::vector<int> v = numbers();
  wb::bench::measure(state, [&v] {
    long s = 0;
    for (int x : v)
      if (!odd(x)) s += x;
    return s;
  });
}
BENCHMARK(BM_FilterFalse_Loop);

void BM_Islice_Lazy(benchmark::State& state) {
  const std::vector<int> v = numbers();
  wb::bench::measure(state, [&v] { return sum(lz::islice(v, 0, std::nullopt, 3)); });
}
BENCHMARK(BM_Islice_Lazy);

void BM_Islice_Loop(benchmark::State& state) {
  const std::vector<int> v = numbers();
  wb::bench::measure(state, [&v] {
    long s = 0;
    for (std::size_t i = 0; i < v.size(); i += 3) s += v[i];
    return s;
  });
}
BENCHMARK(BM_Islice_Loop);

}  // namespace
