// ch04.4 pydict: what the model costs. 10,000 string keys inserted into a fresh dict, then each
// looked up once: yours, the solution's, wb::pydict::Dict and std::unordered_map, with the probes
// per operation as a counter (about 1.5 for a good hash at these fill levels).
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "pydict.hpp"
#include "wb/bench.hpp"
#include "wb/pydict.hpp"

namespace {

constexpr std::size_t kKeys = 10'000;

std::vector<std::string> make_keys() {
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < kKeys; ++i) keys.push_back("key" + std::to_string(i * 7919));
  return keys;
}

template <class Insert, class Find>
void run_state(benchmark::State& state, Insert insert, Find find) {
  const std::vector<std::string> keys = make_keys();
  std::size_t probes = 0;
  wb::bench::measure(state, [&] {
    ch04::pydict::State d;
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < keys.size(); ++i) insert(d, keys[i], static_cast<std::int64_t>(i));
    for (const std::string& k : keys) sum += *find(d, k);
    probes = d.probes;
    return sum;
  });
  state.counters["probes_per_op"] = static_cast<double>(probes) / (2.0 * kKeys);
}

void BM_Dict_Exercise(benchmark::State& state) {
  namespace e = ch04::pydict::exercise;
  run_state(state, e::insert_or_assign, e::find);
}
#ifdef WB_HAVE_SOLUTION
void BM_Dict_Solution(benchmark::State& state) {
  namespace s = ch04::pydict::solution;
  run_state(state, s::insert_or_assign, s::find);
}
#endif

void BM_Dict_WbPydict(benchmark::State& state) {
  const std::vector<std::string> keys = make_keys();
  wb::bench::measure(state, [&] {
    wb::pydict::Dict<std::string, std::int64_t> d;
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < keys.size(); ++i) d.insert_or_assign(keys[i], static_cast<std::int64_t>(i));
    for (const std::string& k : keys) sum += *d.find(k);
    return sum;
  });
}

void BM_Dict_UnorderedMap(benchmark::State& state) {
  const std::vector<std::string> keys = make_keys();
  wb::bench::measure(state, [&] {
    std::unordered_map<std::string, std::int64_t> d;
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < keys.size(); ++i) d.insert_or_assign(keys[i], static_cast<std::int64_t>(i));
    for (const std::string& k : keys) sum += d.find(k)->second;
    return sum;
  });
}

}  // namespace

BENCHMARK(BM_Dict_Exercise);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_Dict_Solution);
#endif
BENCHMARK(BM_Dict_WbPydict);
BENCHMARK(BM_Dict_UnorderedMap);
