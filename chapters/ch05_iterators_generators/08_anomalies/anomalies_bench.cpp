// ch05.8 anomalies: finding the anomalous days of 20 days of fake readings (1,728,000), by the
// frozen baseline (the book's: each day copied into a list), yours and the solution. Each reports,
// exactly (this binary links the counting allocator):
//   peak_bytes    the most heap the search held at any moment (`./workbook check ch05.8` compares
//                 this counter: lower is better; the target is 100x below the baseline)
//   allocations   operator new calls in one search
// With the solution built in, BM_Pipeline_* time one computation (10 days, each tested in one
// pass) written three ways: a fused hand-written loop, an iterator pipeline and a coroutine
// pipeline (targets: within 1.3x and 1.5x of the fused loop). BM_Sliding_* compare the sliding
// window (1,000 readings, every 250) copied per reading with the ring buffer.
#include <cstddef>
#include <cstdint>

#include "anomalies.hpp"
#include "wb/alloc_counter.hpp"
#include "wb/bench.hpp"
#ifdef WB_HAVE_SOLUTION
#include "anomalies_pipelines.hpp"
#endif

namespace {

namespace an = ch05::anomalies;

template <class Find>
void run(benchmark::State& state, Find find, an::Options options, std::int64_t readings) {
  if (!wb::alloc::enabled()) {
    state.SkipWithError("the counting allocator (wb::alloc_counter) is not linked in");
    return;
  }
  if (wb::bench::smoke()) readings = std::min<std::int64_t>(readings, 3 * an::kSecondsPerDay / 4);
  std::size_t peak = 0;
  std::uint64_t allocations = 0;
  for (auto _ : state) {
    const wb::alloc::Stats before = wb::alloc::stats();
    wb::alloc::reset_peak();
    std::size_t found = 0;
    for (const an::Anomaly& a : find(an::fake_data(1, readings), options)) found += a.count;
    benchmark::DoNotOptimize(found);
    const wb::alloc::Stats after = wb::alloc::stats();
    peak = after.peak_bytes - before.current_bytes;
    allocations = after.allocations - before.allocations;
  }
  state.counters["peak_bytes"] = benchmark::Counter(static_cast<double>(peak));
  state.counters["allocations"] = benchmark::Counter(static_cast<double>(allocations));
  state.SetItemsProcessed(state.iterations() * readings);
}

constexpr std::int64_t kDays20 = 20 * an::kSecondsPerDay;

void BM_Anomalies_Baseline(benchmark::State& state) { run(state, an::baseline::anomalies, {}, kDays20); }
void BM_Anomalies_Exercise(benchmark::State& state) { run(state, an::exercise::anomalies, {}, kDays20); }

an::Options sliding() {
  an::Options o;
  o.window = an::Window::sliding;
  o.size = 1'000;
  o.step = 250;
  return o;
}
void BM_Sliding_Baseline(benchmark::State& state) { run(state, an::baseline::anomalies, sliding(), 100'000); }
void BM_Sliding_Exercise(benchmark::State& state) { run(state, an::exercise::anomalies, sliding(), 100'000); }

#ifdef WB_HAVE_SOLUTION
void BM_Anomalies_Solution(benchmark::State& state) { run(state, an::solution::anomalies, {}, kDays20); }
void BM_Sliding_Solution(benchmark::State& state) { run(state, an::solution::anomalies, sliding(), 100'000); }

template <class Pipeline>
void pipeline(benchmark::State& state, Pipeline p) {
  const std::int64_t readings = wb::bench::smoke() ? 2 * an::kSecondsPerDay : 10 * an::kSecondsPerDay;
  for (auto _ : state) benchmark::DoNotOptimize(p(3, readings, 1e-3));
  state.SetItemsProcessed(state.iterations() * readings);
}
void BM_Pipeline_Fused(benchmark::State& state) { pipeline(state, an::pipelines::fused); }
void BM_Pipeline_Iterator(benchmark::State& state) { pipeline(state, an::pipelines::iterator); }
void BM_Pipeline_Coroutine(benchmark::State& state) { pipeline(state, an::pipelines::coroutine); }
#endif

}  // namespace

BENCHMARK(BM_Anomalies_Baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Anomalies_Exercise)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Sliding_Baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Sliding_Exercise)->Unit(benchmark::kMillisecond);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_Anomalies_Solution)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Sliding_Solution)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Pipeline_Fused)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Pipeline_Iterator)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Pipeline_Coroutine)->Unit(benchmark::kMillisecond);
#endif
