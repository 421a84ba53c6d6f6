// ch02.7 great_circle: the learner's total_distance against the frozen lesson port and the
// solution, on two workloads of a million trips (`./workbook check ch02.7` compares the medians):
//   /repeated  trips between 300 cities: every trip comes back about 11 times (a cache pays);
//   /distinct  trips between fresh points: nothing repeats (a cache only costs).
// The target applies to /repeated; run /distinct to see what the same cache costs there.
//
// Counter `pairs/s`: trips measured per second.
#include <cstddef>
#include <map>
#include <span>
#include <utility>
#include <vector>

#include "great_circle.hpp"
#include "great_circle_workload.hpp"
#include "wb/bench.hpp"

namespace {

namespace gc = ch02::great_circle;

enum class Workload { repeated, distinct };

// Returns the workload's trips, built once per process (not timed): smaller for the smoke run.
const std::vector<gc::Pair>& trips(Workload kind) {
  static std::map<Workload, std::vector<gc::Pair>> built;
  auto it = built.find(kind);
  if (it == built.end()) {
    const std::size_t count = wb::bench::smoke() ? 10'000 : gc::workload::kPairs;
    std::vector<gc::Pair> pairs = kind == Workload::repeated
                                      ? gc::workload::repeated_pairs(count, gc::workload::kCities, gc::workload::kSeed)
                                      : gc::workload::distinct_pairs(count, gc::workload::kSeed);
    it = built.emplace(kind, std::move(pairs)).first;
  }
  return it->second;
}

// Times one total_distance over the workload and reports trips per second.
template <class Fn>
void run_total(benchmark::State& state, Workload kind, Fn fn) {
  const std::vector<gc::Pair>& pairs = trips(kind);
  wb::bench::measure(state, [&] { return fn(std::span<const gc::Pair>(pairs)); });
  state.counters["pairs/s"] = benchmark::Counter(
      static_cast<double>(pairs.size()) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_GreatCircle_Baseline(benchmark::State& state, Workload kind) {
  run_total(state, kind, [](std::span<const gc::Pair> p) { return gc::baseline::total_distance(p); });
}
BENCHMARK_CAPTURE(BM_GreatCircle_Baseline, repeated, Workload::repeated)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_GreatCircle_Baseline, distinct, Workload::distinct)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_GreatCircle_Exercise(benchmark::State& state, Workload kind) {
  run_total(state, kind, [](std::span<const gc::Pair> p) { return gc::exercise::total_distance(p); });
}
BENCHMARK_CAPTURE(BM_GreatCircle_Exercise, repeated, Workload::repeated)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_GreatCircle_Exercise, distinct, Workload::distinct)->Unit(benchmark::kMillisecond)->UseRealTime();

#ifdef WB_HAVE_SOLUTION
void BM_GreatCircle_Solution(benchmark::State& state, Workload kind) {
  run_total(state, kind, [](std::span<const gc::Pair> p) { return gc::solution::total_distance(p); });
}
BENCHMARK_CAPTURE(BM_GreatCircle_Solution, repeated, Workload::repeated)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_GreatCircle_Solution, distinct, Workload::distinct)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

}  // namespace
