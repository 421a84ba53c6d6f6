// ch01.4 amdahl: the survey (100 participants, p = 0.9) with 1 and 2 askers, one "minute" = 20 us
// of arithmetic, in real time: the ratio of the two is the measured speed-up (the law says 1.82 on
// 2 cores). The shipped file is a stub: its benchmarks are skipped. No speed target.
#include <cstdint>

#include "amdahl.hpp"
#include "survey_work.hpp"
#include "wb/bench.hpp"

namespace {

namespace am = ch01::amdahl;
using Run = void (*)(const am::Survey&, unsigned, am::SurveyWork&);

void survey(benchmark::State& state, Run run) {
  static const double units_per_ms = am::work::spin_units_per_ms();
  const double minute_ms = wb::bench::smoke() ? 0.001 : 0.02;
  am::work::SpinWork work(static_cast<std::uint64_t>(units_per_ms * minute_ms) + 1);
  const auto askers = static_cast<unsigned>(state.range(0));
  wb::bench::measure(state, [&] {
    run({100, 0.9}, askers, work);
    return askers;
  });
}

void BM_Survey_Baseline(benchmark::State& state) { survey(state, am::baseline::run_survey); }
void BM_Survey_Exercise(benchmark::State& state) { survey(state, am::exercise::run_survey); }
#ifdef WB_HAVE_SOLUTION
void BM_Survey_Solution(benchmark::State& state) { survey(state, am::solution::run_survey); }
#endif

}  // namespace

BENCHMARK(BM_Survey_Baseline)->ArgName("askers")->Arg(1)->UseRealTime();
BENCHMARK(BM_Survey_Exercise)->ArgName("askers")->Arg(1)->Arg(2)->UseRealTime();
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_Survey_Solution)->ArgName("askers")->Arg(1)->Arg(2)->UseRealTime();
#endif
