// ch04.1 phonebook: one lookup of a present name, in phone books of 10^2 .. 10^6 different names:
// the book's list scan (Example 4-1, frozen), the learner's sorted book and dict, and the
// solution's. Each iteration looks up the next of 4,096 names drawn at random from the book, so
// the time is per lookup; building the sorted book and the dict is not timed. `./workbook check
// ch04.1` compares the medians at 10^4 entries with the list scan.
#include <cstddef>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "phonebook.hpp"
#include "phonebook_workload.hpp"
#include "wb/bench.hpp"

namespace {

namespace pb = ch04::phonebook;

// One phone book with its lookups, built once per size (not timed).
struct Fixture {
  std::vector<pb::Entry> book;
  std::vector<std::string> queries;
};

const Fixture& fixture(std::size_t entries) {
  static std::map<std::size_t, std::unique_ptr<Fixture>> built;
  auto& slot = built[entries];
  if (!slot) {
    std::mt19937_64 rng(20'190'501 + entries);
    slot = std::make_unique<Fixture>();
    slot->book = pb::workload::phonebook(entries, entries, rng);
    slot->queries = pb::workload::present_names(slot->book, 4096, rng);
  }
  return *slot;
}

// Returns the size to use: state.range(0), or 100 in the smoke run.
std::size_t entries_of(const benchmark::State& state) {
  return wb::bench::smoke() ? std::size_t{100} : static_cast<std::size_t>(state.range(0));
}

// Times find(name) for the fixture's names in turn, one per iteration.
template <class Find>
void run_lookups(benchmark::State& state, const Fixture& f, Find&& find) {
  std::size_t next = 0;
  for (auto _ : state) {
    const std::string* number = find(f.queries[next]);
    benchmark::DoNotOptimize(number);
    next = (next + 1) & 4095;
  }
  state.counters["entries"] = static_cast<double>(f.book.size());
}

void BM_Phonebook_Linear(benchmark::State& state) {
  const Fixture& f = fixture(entries_of(state));
  run_lookups(state, f, [&](const std::string& q) { return pb::baseline::find_linear(f.book, q); });
}

template <class Sorted>
void sorted_lookups(benchmark::State& state) {
  const Fixture& f = fixture(entries_of(state));
  const Sorted sorted(f.book);
  run_lookups(state, f, [&](const std::string& q) { return sorted.find(q); });
}

template <class Hashed>
void hash_lookups(benchmark::State& state) {
  const Fixture& f = fixture(entries_of(state));
  const Hashed hashed(f.book);
  run_lookups(state, f, [&](const std::string& q) { return hashed.find(q); });
}

void BM_Phonebook_Sorted_Exercise(benchmark::State& state) { sorted_lookups<pb::exercise::SortedPhonebook>(state); }
void BM_Phonebook_Hash_Exercise(benchmark::State& state) { hash_lookups<pb::exercise::HashPhonebook>(state); }

#define WB_PHONEBOOK_SIZES ->RangeMultiplier(10)->Range(100, 1'000'000)->Unit(benchmark::kNanosecond)->UseRealTime()
BENCHMARK(BM_Phonebook_Linear) WB_PHONEBOOK_SIZES;
BENCHMARK(BM_Phonebook_Sorted_Exercise) WB_PHONEBOOK_SIZES;
BENCHMARK(BM_Phonebook_Hash_Exercise) WB_PHONEBOOK_SIZES;

#ifdef WB_HAVE_SOLUTION
void BM_Phonebook_Sorted_Solution(benchmark::State& state) { sorted_lookups<pb::solution::SortedPhonebook>(state); }
void BM_Phonebook_Hash_Solution(benchmark::State& state) { hash_lookups<pb::solution::HashPhonebook>(state); }
BENCHMARK(BM_Phonebook_Sorted_Solution) WB_PHONEBOOK_SIZES;
BENCHMARK(BM_Phonebook_Hash_Solution) WB_PHONEBOOK_SIZES;
#endif

}  // namespace
