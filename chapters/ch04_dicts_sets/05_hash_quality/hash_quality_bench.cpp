// ch04.5 hash_quality: what a Point hash costs in CPython's dict (wb::pydict::Dict): looking up
// every point of a 100 x 50 grid (5,000 keys; CPython 3.11 sizes the table at 8,192 slots, the
// book's rule 16,384) with your point_hash and the solution's, against two poor hashes: x alone
// (100 values: 50 points share each) and (x << 32) | y (distinct, but the table's 13 low bits see
// only y: 50 start slots). The shipped
// stub throws, so its benchmarks report not_implemented. There is no target. The counters give the
// table's size and the slots an average lookup reads (wb::pydict::Dict::probes()).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "hash_quality.hpp"
#include "wb/bench.hpp"
#include "wb/pydict.hpp"

namespace {

namespace hq = ch04::hash_quality;

template <class P>
std::vector<P> grid() {
  const int w = wb::bench::smoke() ? 10 : 100, h = wb::bench::smoke() ? 5 : 50;
  std::vector<P> points;
  for (int x = 0; x < w; ++x)
    for (int y = 0; y < h; ++y) points.push_back(P{x, y});
  return points;
}

template <class P, class Hash = std::hash<P>>
void run(benchmark::State& state) {
  const std::vector<P> points = grid<P>();
  wb::pydict::Dict<P, int, Hash> table;
  try {
    for (const P& p : points) table.insert_or_assign(p, p.x);
  } catch (const wb::not_implemented& e) {
    state.SkipWithError(e.what());
    return;
  }
  wb::bench::measure(state, [&] {
    std::int64_t sum = 0;
    for (const P& p : points) sum += *table.find(p);
    return sum;
  });
  const std::size_t before = table.probes();
  for (const P& p : points) benchmark::DoNotOptimize(table.find(p));
  state.counters["slots"] = static_cast<double>(table.slots());
  state.counters["probes_per_lookup"] =
      static_cast<double>(table.probes() - before) / static_cast<double>(points.size());
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(points.size()));
}

using SolutionPoint = hq::solution::Point;
struct XOnly {
  std::uint64_t operator()(const SolutionPoint& p) const { return static_cast<std::uint32_t>(p.x); }
};
struct Packed {
  std::uint64_t operator()(const SolutionPoint& p) const {
    return std::uint64_t{static_cast<std::uint32_t>(p.x)} << 32 | static_cast<std::uint32_t>(p.y);
  }
};

void BM_Lookup_Baseline(benchmark::State& state) { run<hq::baseline::Point>(state); }
void BM_Lookup_Exercise(benchmark::State& state) { run<hq::exercise::Point>(state); }
#ifdef WB_HAVE_SOLUTION
void BM_Lookup_Solution(benchmark::State& state) { run<hq::solution::Point>(state); }
void BM_Lookup_XOnly(benchmark::State& state) { run<SolutionPoint, XOnly>(state); }
void BM_Lookup_Packed(benchmark::State& state) { run<SolutionPoint, Packed>(state); }
#endif

}  // namespace

BENCHMARK(BM_Lookup_Baseline);
BENCHMARK(BM_Lookup_Exercise);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_Lookup_Solution);
BENCHMARK(BM_Lookup_XOnly);
BENCHMARK(BM_Lookup_Packed);
#endif
