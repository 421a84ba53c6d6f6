// ch03.1 index (tour): the book's Example 3-1 in C++. v[5] in a vector of 10 and of 10,000,000
// ints takes the same time; so does element 5 of a std::list (five hops either way). The middle
// element is where they part: the vector still computes one address, the list hops n/2 times,
// each hop a cache miss once the list outgrows the caches.
//
//   build/dev/bin/ch03_index_bench                 (about 10 s; builds a 10,000,000-node list)
#include <cstddef>
#include <list>
#include <numeric>
#include <vector>

#include "index.hpp"
#include "wb/bench.hpp"

namespace {

std::size_t size_of(const benchmark::State& state) {
  return wb::bench::smoke() ? std::size_t{10} : static_cast<std::size_t>(state.range(0));
}

void BM_VectorIndex5(benchmark::State& state) {
  std::vector<int> v(size_of(state));
  std::iota(v.begin(), v.end(), 0);
  std::size_t i = 5;
  for (auto _ : state) {
    benchmark::DoNotOptimize(i);
    benchmark::DoNotOptimize(ch03::index::vector_element(v, i));
  }
}

void BM_VectorIndexMiddle(benchmark::State& state) {
  std::vector<int> v(size_of(state));
  std::iota(v.begin(), v.end(), 0);
  std::size_t i = v.size() / 2;
  for (auto _ : state) {
    benchmark::DoNotOptimize(i);
    benchmark::DoNotOptimize(ch03::index::vector_element(v, i));
  }
}

void BM_ListIndex5(benchmark::State& state) {
  std::list<int> l(size_of(state));
  std::iota(l.begin(), l.end(), 0);
  std::size_t i = 5;
  for (auto _ : state) {
    benchmark::DoNotOptimize(i);
    benchmark::DoNotOptimize(ch03::index::list_element(l, i));
  }
}

void BM_ListIndexMiddle(benchmark::State& state) {
  std::list<int> l(size_of(state));
  std::iota(l.begin(), l.end(), 0);
  std::size_t i = l.size() / 2;
  for (auto _ : state) {
    benchmark::DoNotOptimize(i);
    benchmark::DoNotOptimize(ch03::index::list_element(l, i));
  }
}

}  // namespace

BENCHMARK(BM_VectorIndex5)->Arg(10)->Arg(10'000'000);
BENCHMARK(BM_ListIndex5)->Arg(10)->Arg(10'000'000);
BENCHMARK(BM_VectorIndexMiddle)->Arg(10)->Arg(10'000)->Arg(10'000'000);
BENCHMARK(BM_ListIndexMiddle)->Arg(10)->Arg(10'000)->Arg(10'000'000)->Unit(benchmark::kMicrosecond);
