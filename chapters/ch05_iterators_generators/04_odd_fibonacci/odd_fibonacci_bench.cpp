// ch05.4 odd_fibonacci: the three styles side by side, for the book's limit (5,000: 20 numbers)
// and for the largest limit that fits (F(93): all 94 numbers). The book finds them alike in time
// and memory; in C++ the plain loop keeps everything in registers, while the generator resumes a
// coroutine frame (one heap allocation per generator) for every number.
#include <cstdint>

#include "odd_fibonacci.hpp"
#include "wb/bench.hpp"

namespace {

using ch05::odd_fibonacci::kLargestFibonacci;

template <class Count>
void run(benchmark::State& state, Count count) {
  const auto limit = state.range(0) == 0 ? std::uint64_t{5000} : kLargestFibonacci;
  std::uint64_t l = limit;
  wb::bench::measure(state, [&] {
    benchmark::DoNotOptimize(l);  // the compiler must not fold the count into a constant
    return count(l);
  });
}

#define WB_ODD_BENCH(Name, variant, fn)                                                      \
  void BM_##Name(benchmark::State& state) { run(state, ch05::odd_fibonacci::variant::fn); } \
  BENCHMARK(BM_##Name)->ArgName("limit_is_F93")->Arg(0)->Arg(1)

WB_ODD_BENCH(Naive_Exercise, exercise, count_odd_naive);
WB_ODD_BENCH(Transform_Exercise, exercise, count_odd_transform);
WB_ODD_BENCH(Succinct_Exercise, exercise, count_odd_succinct);
#ifdef WB_HAVE_SOLUTION
WB_ODD_BENCH(Naive_Solution, solution, count_odd_naive);
WB_ODD_BENCH(Transform_Solution, solution, count_odd_transform);
WB_ODD_BENCH(Succinct_Solution, solution, count_odd_succinct);
#endif

}  // namespace
