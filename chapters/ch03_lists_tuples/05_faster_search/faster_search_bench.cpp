// ch03.5 faster_search: lower bounds of 4,096 random queries per iteration over 2^10 to 2^24 sorted
// ints, in one run: the frozen baseline (std::lower_bound), yours, and each rung of the solution's
// ladder. Time is per batch; the Complexity fit shows log n for all of them and how the constant
// changes. `./workbook check ch03.5` compares BM_Search_Exercise with BM_Search_Baseline at 4,096
// values (target 2x) and 4,194,304 (target 2.5x).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

#include "faster_search.hpp"
#include "wb/bench.hpp"
#ifdef WB_HAVE_SOLUTION
#include "faster_search_ladder.hpp"
#endif

namespace {

namespace fs = ch03::faster_search;
using fs::Layout;

constexpr std::size_t kQueries = 4096;
// Each iteration takes the next 4,096 of 64 x 4,096 queries. With one fixed batch, a modern branch
// predictor learns the batch's branch outcomes when n is small (on the reference machine
// std::lower_bound at 2^10 ran 4.5x faster than at 2^12, for two more levels); a pool of 262,144
// queries, about 2.6 million branches at 2^10, cannot be learned.
constexpr std::size_t kPoolBatches = 64;

// Sorted random values (a few repeats) and queries over their range, from fixed seeds.
struct Input {
  std::vector<int> sorted;
  std::vector<int> queries;
};

Input make_input(std::size_t n) {
  std::mt19937 rng(55);
  Input in;
  in.sorted.resize(n);
  for (int& x : in.sorted) x = static_cast<int>(rng() >> 1);
  std::sort(in.sorted.begin(), in.sorted.end());
  in.queries.resize(kQueries * kPoolBatches);
  for (int& q : in.queries) q = static_cast<int>(rng() >> 1);
  return in;
}

template <class Prepare, class Search>
void run(benchmark::State& state, Prepare prepare, Search search) {
  const std::size_t n = wb::bench::smoke() ? 1000 : static_cast<std::size_t>(state.range(0));
  const Input in = make_input(n);
  const Layout layout = prepare(in.sorted);
  std::vector<std::int64_t> out(kQueries);
  std::size_t batch = 0;
  for (auto _ : state) {
    search(layout, std::span<const int>(in.queries).subspan(batch * kQueries, kQueries),
           std::span<std::int64_t>(out));
    batch = (batch + 1) % kPoolBatches;
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  }
  state.SetComplexityN(static_cast<benchmark::IterationCount>(n));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kQueries));
}

void BM_Search_Baseline(benchmark::State& state) { run(state, fs::baseline::prepare, fs::baseline::lower_bounds); }
void BM_Search_Exercise(benchmark::State& state) { run(state, fs::exercise::prepare, fs::exercise::lower_bounds); }
#ifdef WB_HAVE_SOLUTION
namespace ladder = fs::solution::ladder;
void BM_Search_Solution(benchmark::State& state) { run(state, fs::solution::prepare, fs::solution::lower_bounds); }
void BM_Ladder_1_Branchless(benchmark::State& state) { run(state, ladder::sorted_prepare, ladder::branchless); }
void BM_Ladder_2_Prefetch(benchmark::State& state) { run(state, ladder::sorted_prepare, ladder::branchless_prefetch); }
void BM_Ladder_3_Eytzinger(benchmark::State& state) { run(state, ladder::eytzinger_prepare, ladder::eytzinger); }
void BM_Ladder_4_STree(benchmark::State& state) { run(state, ladder::stree_prepare, ladder::stree); }
#endif

void sizes(benchmark::internal::Benchmark* b) {
  for (int log2 = 10; log2 <= 24; log2 += 2) b->Arg(std::int64_t{1} << log2);
  b->Arg(1 << 13);  // the branchless target's upper end
  b->Complexity(benchmark::oLogN)->Unit(benchmark::kMicrosecond);
}

}  // namespace

BENCHMARK(BM_Search_Baseline)->Apply(sizes);
BENCHMARK(BM_Search_Exercise)->Apply(sizes);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_Search_Solution)->Apply(sizes);
BENCHMARK(BM_Ladder_1_Branchless)->Apply(sizes);
BENCHMARK(BM_Ladder_2_Prefetch)->Apply(sizes);
BENCHMARK(BM_Ladder_3_Eytzinger)->Apply(sizes);
BENCHMARK(BM_Ladder_4_STree)->Apply(sizes);
#endif
