// ch04.2 unique_names: the learner's unique_first_names against the frozen list method and the
// solution, on phone books whose first names are all different (the book's case: 10,000 entries,
// where the book reports 560x in Python, and 100,000, where it reports 4,300x). `./workbook check
// ch04.2` compares the medians at 10,000; the 100,000 runs are long (the list method does 5e9
// comparisons) and are skipped by the smoke run.
//
// Counter `names/s`: entries counted per second.
#include <cstddef>
#include <map>
#include <span>
#include <vector>

#include "unique_names.hpp"
#include "unique_names_workload.hpp"
#include "wb/bench.hpp"

namespace {

namespace un = ch04::unique_names;

// Returns the phone book of `entries` entries, all first names different, built once (not timed).
const std::vector<un::Entry>& book(std::size_t entries) {
  static std::map<std::size_t, std::vector<un::Entry>> built;
  auto it = built.find(entries);
  if (it == built.end()) {
    it = built.emplace(entries, un::workload::phonebook(entries, entries, 20'180'307)).first;
  }
  return it->second;
}

// Times one count over the book of state.range(0) entries (100 in the smoke run).
template <class Fn>
void run_count(benchmark::State& state, Fn fn) {
  const auto entries = wb::bench::smoke() ? std::size_t{100} : static_cast<std::size_t>(state.range(0));
  const std::vector<un::Entry>& phonebook = book(entries);
  wb::bench::measure(state, [&] { return fn(std::span<const un::Entry>(phonebook)); });
  state.counters["names/s"] = benchmark::Counter(
      static_cast<double>(entries) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_UniqueNames_Baseline(benchmark::State& state) {
  run_count(state, [](std::span<const un::Entry> b) { return un::baseline::unique_first_names(b); });
}
BENCHMARK(BM_UniqueNames_Baseline)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_UniqueNames_Exercise(benchmark::State& state) {
  run_count(state, [](std::span<const un::Entry> b) { return un::exercise::unique_first_names(b); });
}
BENCHMARK(BM_UniqueNames_Exercise)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();

#ifdef WB_HAVE_SOLUTION
void BM_UniqueNames_Solution(benchmark::State& state) {
  run_count(state, [](std::span<const un::Entry> b) { return un::solution::unique_first_names(b); });
}
BENCHMARK(BM_UniqueNames_Solution)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

}  // namespace
