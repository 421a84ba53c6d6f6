// ch01.3 memory_hierarchy: how long sattolo_cycle takes for 2^20 slots (the program builds cycles of
// up to 8,388,608 lines), and a pointer chase around your cycle at three working sets (bytes per
// slot: 4, the table itself), to see the hierarchy from Google Benchmark too. No speed target.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "memory_hierarchy.hpp"
#include "wb/bench.hpp"

namespace {

namespace mh = ch01::memory_hierarchy;
using Shuffle = std::vector<std::uint32_t> (*)(std::size_t, std::uint64_t);

void shuffle(benchmark::State& state, Shuffle fn) {
  const std::size_t n = wb::bench::smoke() ? 1000 : std::size_t{1} << 20;
  std::uint64_t seed = 0;
  wb::bench::measure(state, [&] { return fn(n, ++seed).size(); });
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
}

// Follows next[] for `hops` steps per iteration; the working set is next.size() * 4 bytes.
void chase(benchmark::State& state, Shuffle fn) {
  // The smoke run (registered before the flags are read) chases 16 KiB whatever the argument.
  const auto bytes = wb::bench::smoke() ? std::int64_t{16 << 10} : state.range(0);
  const auto n = static_cast<std::size_t>(bytes) / sizeof(std::uint32_t);
  std::vector<std::uint32_t> next;
  try {
    next = fn(n, 7);
  } catch (const wb::not_implemented& e) {
    state.SkipWithError(e.what());
    return;
  }
  constexpr std::size_t kHops = 4096;
  std::uint32_t i = 0;
  for (auto _ : state) {
    for (std::size_t k = 0; k < kHops; ++k) i = next[i];
    benchmark::DoNotOptimize(i);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kHops));
}

void BM_Sattolo_Baseline(benchmark::State& state) { shuffle(state, mh::baseline::sattolo_cycle); }
void BM_Sattolo_Exercise(benchmark::State& state) { shuffle(state, mh::exercise::sattolo_cycle); }
void BM_Chase_Exercise(benchmark::State& state) { chase(state, mh::exercise::sattolo_cycle); }
#ifdef WB_HAVE_SOLUTION
void BM_Sattolo_Solution(benchmark::State& state) { shuffle(state, mh::solution::sattolo_cycle); }
void BM_Chase_Solution(benchmark::State& state) { chase(state, mh::solution::sattolo_cycle); }
#endif

// 16 KiB (L1), 512 KiB (L2), 256 MiB (RAM).
void sizes(benchmark::internal::Benchmark* b) { b->Arg(16 << 10)->Arg(512 << 10)->Arg(256 << 20); }

}  // namespace

BENCHMARK(BM_Sattolo_Baseline);
BENCHMARK(BM_Sattolo_Exercise);
BENCHMARK(BM_Chase_Exercise)->Apply(sizes);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_Sattolo_Solution);
BENCHMARK(BM_Chase_Solution)->Apply(sizes);
#endif
