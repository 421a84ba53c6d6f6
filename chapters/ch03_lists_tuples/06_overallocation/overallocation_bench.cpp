// ch03.6 overallocation: computing the schedule of 100,000,000 appends (125 reallocations) should
// take microseconds: the loop jumps from one reallocation to the next.
#include <cstddef>

#include "overallocation.hpp"
#include "wb/bench.hpp"

namespace {

template <class Schedule>
void run(benchmark::State& state, Schedule schedule) {
  const std::size_t n = wb::bench::smoke() ? 1000 : 100'000'000;
  wb::bench::measure(state, [&] { return schedule(n).size(); });
}

void BM_AppendSchedule_Exercise(benchmark::State& state) { run(state, ch03::overallocation::exercise::append_schedule); }
#ifdef WB_HAVE_SOLUTION
void BM_AppendSchedule_Solution(benchmark::State& state) { run(state, ch03::overallocation::solution::append_schedule); }
#endif
void BM_AppendSchedule_Wb(benchmark::State& state) { run(state, wb::pylist::append_schedule); }

}  // namespace

BENCHMARK(BM_AppendSchedule_Exercise);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_AppendSchedule_Solution);
#endif
BENCHMARK(BM_AppendSchedule_Wb);
