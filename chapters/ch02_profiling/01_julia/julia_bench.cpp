// ch02.1 julia: the learner's julia_set against the frozen naive port and the solution, plus each
// step of the solution's ladder, all in one run (`./workbook check ch02.1` compares the medians).
//
// Counter `updates/s`: z = z*z + c updates per second (33,219,980 per image at the book's size).
// Each update is 3 multiplies and 5 adds; compare with the core's peak in exercises.md.
#include <cstdint>

#include "julia.hpp"
#include "wb/bench.hpp"
#ifdef WB_HAVE_SOLUTION
#include "julia_ladder.hpp"
#endif

namespace {

using wb::julia::Spec;

// The book's image, or a small one for the test suite's smoke run.
Spec bench_spec() {
  Spec spec;
  if (wb::bench::smoke()) spec.width = 64;
  return spec;
}

// Runs one implementation over the image and reports its update rate.
template <class Fn>
void run_julia(benchmark::State& state, Fn fn) {
  const Spec spec = bench_spec();
  const auto updates = wb::julia::checksum(wb::julia::reference_iterations(spec));  // not timed
  wb::bench::measure(state, [&] { return fn(spec); });
  state.counters["updates/s"] =
      benchmark::Counter(static_cast<double>(updates) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}

void BM_Julia_Baseline(benchmark::State& state) {
  run_julia(state, [](const Spec& s) { return ch02::julia::baseline::julia_set(s, 1); });
}
BENCHMARK(BM_Julia_Baseline)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Julia_Exercise(benchmark::State& state) {
  const int threads = static_cast<int>(state.range(0));
  run_julia(state, [threads](const Spec& s) { return ch02::julia::exercise::julia_set(s, threads); });
}
BENCHMARK(BM_Julia_Exercise)->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

#ifdef WB_HAVE_SOLUTION
void BM_Julia_Solution(benchmark::State& state) {
  const int threads = static_cast<int>(state.range(0));
  run_julia(state, [threads](const Spec& s) { return ch02::julia::solution::julia_set(s, threads); });
}
BENCHMARK(BM_Julia_Solution)->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

namespace ladder = ch02::julia::solution::ladder;

void BM_JuliaLadder_1_Swapped(benchmark::State& state) { run_julia(state, ladder::swapped); }
void BM_JuliaLadder_2_Norm(benchmark::State& state) { run_julia(state, ladder::norm); }
void BM_JuliaLadder_3_NoCs(benchmark::State& state) { run_julia(state, ladder::no_cs); }
void BM_JuliaLadder_4_OnTheFly(benchmark::State& state) { run_julia(state, ladder::on_the_fly); }
void BM_JuliaLadder_5_Simd(benchmark::State& state) { run_julia(state, ladder::simd); }
void BM_JuliaLadder_6_SimdThreads(benchmark::State& state) {
  const int threads = static_cast<int>(state.range(0));
  run_julia(state, [threads](const Spec& s) { return ladder::simd_threads(s, threads); });
}
BENCHMARK(BM_JuliaLadder_1_Swapped)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_JuliaLadder_2_Norm)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_JuliaLadder_3_NoCs)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_JuliaLadder_4_OnTheFly)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_JuliaLadder_5_Simd)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_JuliaLadder_6_SimdThreads)->ArgName("threads")->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

}  // namespace
