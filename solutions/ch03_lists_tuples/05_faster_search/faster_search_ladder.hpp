// ch03.5 faster_search: the solution's ladder, one function per rung, each benchmarked against
// std::lower_bound by faster_search_bench.cpp and tested by faster_search_ladder_test.cpp. Every
// rung answers like std::lower_bound. prepare/lower_bounds (the exercise's interface) use the
// S-tree, the fastest rung at every size measured.
#pragma once

#include <cstdint>
#include <span>

#include "faster_search.hpp"

namespace ch03::faster_search::solution::ladder {

// Rung 1: branchless binary search on the sorted values (a conditional move per step).
void branchless(const Layout& sorted, std::span<const int> queries, std::span<std::int64_t> out);
// Rung 2: rung 1 with both possible next probes prefetched at every step.
void branchless_prefetch(const Layout& sorted, std::span<const int> queries, std::span<std::int64_t> out);
// Rung 3: the Eytzinger (BFS) layout, cache-line aligned, prefetching 16 nodes = four levels ahead,
// eight queries walked in lockstep so that eight misses overlap.
Layout eytzinger_prepare(std::span<const int> sorted);
void eytzinger(const Layout& layout, std::span<const int> queries, std::span<std::int64_t> out);
// Rung 4: a static B-tree of 16-key blocks (an S-tree), each block compared with AVX2.
Layout stree_prepare(std::span<const int> sorted);
void stree(const Layout& layout, std::span<const int> queries, std::span<std::int64_t> out);
// The plain sorted layout rungs 1 and 2 search.
Layout sorted_prepare(std::span<const int> sorted);

}  // namespace ch03::faster_search::solution::ladder
