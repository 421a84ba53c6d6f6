// ch04.6 bad_hash: `"zz" in table`, the book's Example 4-8, with the frozen constant hash, yours
// and the solution's, and `"zz" in list` (a linear scan of the 676 keys) for comparison, in one run.
// "zz" is the worst key for the constant hash: inserted last, it sits at the end of the one probe
// sequence every key shares.
#include <algorithm>
#include <string>
#include <vector>

#include "bad_hash.hpp"
#include "wb/bench.hpp"

namespace {

namespace bh = ch04::bad_hash;

template <std::uint64_t (*HashFn)(std::string_view)>
void run(benchmark::State& state) {
  const auto table = bh::make_table<HashFn>();
  std::string key = "zz";
  for (auto _ : state) {
    benchmark::DoNotOptimize(key);
    benchmark::DoNotOptimize(table.find(key));
  }
}

void BM_Lookup_Baseline(benchmark::State& state) { run<bh::baseline::key_hash>(state); }
void BM_Lookup_Exercise(benchmark::State& state) { run<bh::exercise::key_hash>(state); }
#ifdef WB_HAVE_SOLUTION
void BM_Lookup_Solution(benchmark::State& state) { run<bh::solution::key_hash>(state); }
#endif
void BM_Lookup_List(benchmark::State& state) {
  const std::vector<std::string> list = bh::two_letter_keys();
  std::string key = "zz";
  for (auto _ : state) {
    benchmark::DoNotOptimize(key);
    benchmark::DoNotOptimize(std::find(list.begin(), list.end(), key));
  }
}

}  // namespace

BENCHMARK(BM_Lookup_Baseline);
BENCHMARK(BM_Lookup_Exercise);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_Lookup_Solution);
#endif
BENCHMARK(BM_Lookup_List);
