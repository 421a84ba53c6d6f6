// ch04.3 probing: what a probe sequence costs per slot: yours, the solution's and wb::pydict's
// generators, 1,000 steps each (a coroutine resume per slot).
#include <cstddef>
#include <cstdint>

#include "probing.hpp"
#include "wb/bench.hpp"
#include "wb/pydict.hpp"

namespace {

template <class Probe>
void run(benchmark::State& state, Probe probe) {
  std::uint64_t hash = 0x9E3779B97F4A7C15ULL;
  wb::bench::measure(state, [&] {
    std::size_t sum = 0, n = 0;
    for (std::size_t i : probe(hash++, std::size_t{1023})) {
      sum += i;
      if (++n == 1000) break;
    }
    return sum;
  });
}

void BM_Probe_Exercise(benchmark::State& state) {
  run(state, [](std::uint64_t h, std::size_t m) { return ch04::probing::exercise::probe_sequence(h, m); });
}
#ifdef WB_HAVE_SOLUTION
void BM_Probe_Solution(benchmark::State& state) {
  run(state, [](std::uint64_t h, std::size_t m) { return ch04::probing::solution::probe_sequence(h, m); });
}
#endif
void BM_Probe_Wb(benchmark::State& state) {
  run(state, [](std::uint64_t h, std::size_t m) { return wb::pydict::probe_sequence(h, m); });
}

}  // namespace

BENCHMARK(BM_Probe_Exercise);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_Probe_Solution);
#endif
BENCHMARK(BM_Probe_Wb);
