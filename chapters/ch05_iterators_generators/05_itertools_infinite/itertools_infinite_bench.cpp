// ch05.5 itertools_infinite: the price of a coroutine per value. Sums the first 10,000 values of
// count(0, 1), and of the running sums of cycle over 7 values, three ways: your generators,
// wb::lazy's views (plain structs the compiler sees through) and a hand-written loop.
#include <cstddef>
#include <functional>
#include <optional>

#include "itertools_infinite.hpp"
#include "wb/bench.hpp"
#include "wb/lazy.hpp"

namespace {

namespace lz = wb::lazy;

std::size_t length() { return wb::bench::smoke() ? 100 : 10'000; }

template <class Range>
double sum_first(Range&& r, std::size_t n) {
  double s = 0;
  std::size_t k = 0;
  for (double x : r) {
    s += x;
    if (++k == n) break;
  }
  return s;
}

#define WB_COUNT_BENCH(Name, variant)                                                           \
  void BM_Count_##Name(benchmark::State& state) {                                               \
    const std::size_t n = length();                                                             \
    wb::bench::measure(state, [n] { return sum_first(ch05::itertools_infinite::variant::count(0, 1), n); }); \
  }                                                                                             \
  BENCHMARK(BM_Count_##Name)

WB_COUNT_BENCH(Exercise, exercise);
#ifdef WB_HAVE_SOLUTION
WB_COUNT_BENCH(Solution, solution);
#endif

void BM_Count_Lazy(benchmark::State& state) {
  const std::size_t n = length();
  wb::bench::measure(state, [n] { return sum_first(lz::count(0.0, 1.0), n); });
}
BENCHMARK(BM_Count_Lazy);

void BM_Count_Loop(benchmark::State& state) {
  std::size_t n = length();
  wb::bench::measure(state, [&n] {
    benchmark::DoNotOptimize(n);
    double s = 0, x = 0;
    for (std::size_t k = 0; k < n; ++k, x += 1) s += x;
    return s;
  });
}
BENCHMARK(BM_Count_Loop);

// Running sums of 1..7 repeated: cycle feeds accumulate, one coroutine resuming another.
wb::generator<int> one_to_seven() {
  for (int x = 1; x <= 7; ++x) co_yield x;
}
wb::generator<double> as_double(wb::generator<int> g) {
  for (int x : g) co_yield static_cast<double>(x);
}

#define WB_RUNNING_BENCH(Name, variant)                                                                 \
  void BM_RunningSum_##Name(benchmark::State& state) {                                                  \
    namespace v = ch05::itertools_infinite::variant;                                                    \
    const std::size_t n = length();                                                                     \
    wb::bench::measure(state, [n] {                                                                     \
      return sum_first(v::accumulate(as_double(v::cycle(one_to_seven())), std::plus<>{}, std::nullopt), n); \
    });                                                                                                 \
  }                                                                                                     \
  BENCHMARK(BM_RunningSum_##Name)

WB_RUNNING_BENCH(Exercise, exercise);
#ifdef WB_HAVE_SOLUTION
WB_RUNNING_BENCH(Solution, solution);
#endif

void BM_RunningSum_Lazy(benchmark::State& state) {
  const std::size_t n = length();
  static const double seven[] = {1, 2, 3, 4, 5, 6, 7};
  wb::bench::measure(state, [n] { return sum_first(lz::accumulate(lz::cycle(seven)), n); });
}
BENCHMARK(BM_RunningSum_Lazy);

void BM_RunningSum_Loop(benchmark::State& state) {
  std::size_t n = length();
  wb::bench::measure(state, [&n] {
    benchmark::DoNotOptimize(n);
    double s = 0, total = 0;
    for (std::size_t k = 0; k < n; ++k) {
      total += static_cast<double>(k % 7 + 1);
      s += total;
    }
    return s;
  });
}
BENCHMARK(BM_RunningSum_Loop);

}  // namespace
