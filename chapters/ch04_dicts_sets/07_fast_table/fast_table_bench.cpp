// ch04.7 fast_table: hits, misses and inserts with the frozen std::unordered_map wrapper, yours and
// the solution's, at 10^3, 10^4, 10^5 and 10^6 random 64-bit keys, in one run.
//
//   BM_Find_<Variant>/hit/<keys>    kBatch lookups of present keys
//   BM_Find_<Variant>/miss/<keys>   kBatch lookups of absent keys
//   BM_Insert_<Variant>/<keys>      a table built from empty with <keys> keys (no reserve), then freed
//
// The queries of one iteration are the next kBatch of a pool of pool_size(keys) queries drawn at
// random (present keys uniformly, or fresh random keys), so that neither the branch predictor nor
// the caches can learn one fixed batch; each table is built before the timed loop, once per call of the benchmark (not timed). Hits and misses
// share one name (BM_Find) so that `./workbook check ch04.7` pairs each with the baseline of the
// same kind and size. Counter time/op: time per lookup or per insert.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "fast_table.hpp"
#include "wb/bench.hpp"

namespace {

namespace ft = ch04::fast_table;

constexpr std::size_t kBatch = 1024;
constexpr std::size_t kMinPool = std::size_t{1} << 16;

// The queries of a table of n keys: at least 64 batches (16 were memorised by the branch
// predictor: std::unordered_map's hits at 10^3 keys took 5 ns instead of 10), and at least n, so
// that the queries reach the whole table, not a part that stays in the caches.
constexpr std::size_t pool_size(std::size_t n) {
  return std::max(kMinPool, (n + kBatch - 1) / kBatch * kBatch);
}
constexpr std::size_t kSizes[] = {1'000, 10'000, 100'000, 1'000'000};

// n distinct random keys, and kPool queries: present keys, or keys that are not among them.
struct Workload {
  std::vector<std::uint64_t> keys;
  std::vector<std::uint64_t> hits;
  std::vector<std::uint64_t> misses;
};

const Workload& workload(std::size_t n) {
  static std::map<std::size_t, Workload> built;
  auto it = built.find(n);
  if (it != built.end()) return it->second;
  Workload w;
  std::mt19937_64 rng(20'261'203 + n);
  w.keys.reserve(n);
  const std::size_t pool = pool_size(n);
  w.hits.reserve(pool);
  w.misses.reserve(pool);
  std::vector<std::uint64_t> sorted;
  while (w.keys.size() < n) {
    w.keys.push_back(rng());
    if (w.keys.size() == n) {  // drop duplicates (unlikely with 64 random bits), then top up
      sorted = w.keys;
      std::sort(sorted.begin(), sorted.end());
      sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
      if (sorted.size() < n) w.keys.assign(sorted.begin(), sorted.end());
    }
  }
  std::uniform_int_distribution<std::size_t> any(0, n - 1);
  while (w.hits.size() < pool) w.hits.push_back(w.keys[any(rng)]);
  while (w.misses.size() < pool) {
    const std::uint64_t key = rng();
    if (!std::binary_search(sorted.begin(), sorted.end(), key)) w.misses.push_back(key);
  }
  return built.emplace(n, std::move(w)).first->second;
}

// A table of variant T holding the n keys of workload(n), key i with value i. Built afresh for
// each call of a benchmark (and freed after it), so that every variant's table is built on the
// same heap: a chained table whose nodes filled the holes left by other allocations would be
// slower than one whose nodes lie side by side, whatever its code.
template <class T>
std::unique_ptr<T> build(std::size_t n) {
  auto table = std::make_unique<T>();
  const std::vector<std::uint64_t>& keys = workload(n).keys;
  for (std::size_t i = 0; i < keys.size(); ++i) table->insert_or_assign(keys[i], i);
  return table;
}

void per_op(benchmark::State& state, std::size_t ops_per_iteration) {
  state.counters["time/op"] = benchmark::Counter(static_cast<double>(ops_per_iteration),
                                                 benchmark::Counter::kIsIterationInvariantRate |
                                                     benchmark::Counter::kInvert);
}

template <class T>
void run_find(benchmark::State& state, bool hits, std::size_t keys) {
  const std::size_t n = wb::bench::smoke() ? 100 : keys;
  const std::unique_ptr<T> built = build<T>(n);
  const T& table = *built;
  const std::vector<std::uint64_t>& pool = hits ? workload(n).hits : workload(n).misses;
  std::size_t offset = 0;
  for (auto _ : state) {
    std::uint64_t sum = 0;
    std::size_t found = 0;
    for (std::size_t i = offset; i < offset + kBatch; ++i) {
      if (const std::uint64_t* value = table.find(pool[i]); value != nullptr) {
        sum += *value;
        ++found;
      }
    }
    benchmark::DoNotOptimize(sum);
    benchmark::DoNotOptimize(found);
    if (found != (hits ? kBatch : 0)) {
      state.SkipWithError("a lookup gave the wrong answer");
      break;
    }
    offset = (offset + kBatch) % pool.size();
  }
  per_op(state, kBatch);
}

template <class T>
void run_insert(benchmark::State& state, std::size_t keys) {
  const std::size_t n = wb::bench::smoke() ? 100 : keys;
  const std::vector<std::uint64_t>& pool = workload(n).keys;
  for (auto _ : state) {
    T table;
    for (std::size_t i = 0; i < n; ++i) table.insert_or_assign(pool[i], i);
    benchmark::DoNotOptimize(table.size());
    benchmark::ClobberMemory();
  }
  per_op(state, n);
}

template <class T>
void register_variant(const std::string& variant, std::size_t keys) {
  const std::string size = "/" + std::to_string(keys);
  benchmark::RegisterBenchmark(("BM_Find_" + variant + "/hit" + size).c_str(),
                               [keys](benchmark::State& s) { run_find<T>(s, true, keys); })
      ->UseRealTime();
  benchmark::RegisterBenchmark(("BM_Find_" + variant + "/miss" + size).c_str(),
                               [keys](benchmark::State& s) { run_find<T>(s, false, keys); })
      ->UseRealTime();
  benchmark::RegisterBenchmark(("BM_Insert_" + variant + size).c_str(),
                               [keys](benchmark::State& s) { run_insert<T>(s, keys); })
      ->UseRealTime()
      ->Unit(benchmark::kMicrosecond);
}

// Registered size by size, baseline, exercise and solution side by side.
const bool registered = [] {
  for (const std::size_t keys : kSizes) {
    register_variant<ft::baseline::Table>("Baseline", keys);
    register_variant<ft::exercise::Table>("Exercise", keys);
#ifdef WB_HAVE_SOLUTION
    register_variant<ft::solution::Table>("Solution", keys);
#endif
  }
  return true;
}();

}  // namespace
