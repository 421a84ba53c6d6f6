// ch01.1 check_prime: check_prime(10,000,019) (3,162 candidates for the book's loop) by the frozen
// baseline (the book's port), yours and the solution; with the solution built in, each rung of its
// ladder on 10,000,019 and on 2^31 - 1 (46,340 candidates). `./workbook check ch01.1` compares
// BM_CheckPrime_Exercise with BM_CheckPrime_Baseline (target 8x).
#include <cstdint>

#include "check_prime.hpp"
#include "wb/bench.hpp"
#ifdef WB_HAVE_SOLUTION
#include "check_prime_ladder.hpp"
#endif

namespace {

namespace cp = ch01::check_prime;

template <class Check>
void run(benchmark::State& state, Check check, std::uint64_t n) {
  for (auto _ : state) {
    std::uint64_t number = n;
    benchmark::DoNotOptimize(number);  // the compiler must not fold the check into a constant
    benchmark::DoNotOptimize(check(number));
  }
  state.counters["n"] = static_cast<double>(n);
}

constexpr std::uint64_t kBook = 10'000'019;

void BM_CheckPrime_Baseline(benchmark::State& state) { run(state, cp::baseline::check_prime, kBook); }
void BM_CheckPrime_Exercise(benchmark::State& state) { run(state, cp::exercise::check_prime, kBook); }
#ifdef WB_HAVE_SOLUTION
void BM_CheckPrime_Solution(benchmark::State& state) { run(state, cp::solution::check_prime, kBook); }
namespace ladder = cp::solution::ladder;
void BM_Ladder_0_Book(benchmark::State& state) { run(state, cp::baseline::check_prime, static_cast<std::uint64_t>(state.range(0))); }
void BM_Ladder_1_Modulo(benchmark::State& state) { run(state, ladder::modulo, static_cast<std::uint64_t>(state.range(0))); }
void BM_Ladder_2_Wheel(benchmark::State& state) { run(state, ladder::wheel, static_cast<std::uint64_t>(state.range(0))); }
void BM_Ladder_3_Vectorised(benchmark::State& state) { run(state, ladder::vectorised, static_cast<std::uint64_t>(state.range(0))); }
#endif

void numbers(benchmark::internal::Benchmark* b) {
  b->Arg(static_cast<std::int64_t>(kBook))->Arg(2'147'483'647)->Unit(benchmark::kMicrosecond);
}

}  // namespace

BENCHMARK(BM_CheckPrime_Baseline)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CheckPrime_Exercise)->Unit(benchmark::kMicrosecond);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_CheckPrime_Solution)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Ladder_0_Book)->Apply(numbers);
BENCHMARK(BM_Ladder_1_Modulo)->Apply(numbers);
BENCHMARK(BM_Ladder_2_Wheel)->Apply(numbers);
BENCHMARK(BM_Ladder_3_Vectorised)->Apply(numbers);
#endif
