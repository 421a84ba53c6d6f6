// FROZEN: the shipped starting point of tuple_vs_list.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit tuple_vs_list.cpp. Its TODO marks read STEP( here.
// ch03.8 tuple_vs_list (slow): creating small lists and small tuples, the book's Example 3-9. As
// shipped the tuple is made the slow way, from a list (Python's tuple([...])), and the pool that
// PooledList draws from passes every request straight to operator new and delete. Both are correct
// and slow on purpose.
//
// Steps: after each, run `ctest --preset dev -L ch03.8` (it rebuilds first), and
// `./workbook check ch03.8` to measure. Each step's edit sites are marked `STEP(ch03.8) k:` below;
// the test cases named "step k: ..." are the ones its mistakes fail, and
// `./workbook hint ch03.8 k` prints its hint.
//   1. make_tuples: write the nine values straight into the tuple; no vector, no heap;
//   2. the pool: a free list of kBlockBytes blocks (CPython's tuple cache): pool_deallocate keeps
//      up to kMaxCached of them, linked through their own first bytes; pool_allocate reuses them.
// Targets: tuple creation at least 10x faster than the baseline's list creation; PooledList
// creation at least 3x faster than it (`./workbook run tuple_vs_list` times Python's too).
#include <algorithm>
#include <cstddef>
#include <new>
#include <span>
#include <vector>

#include "tuple_vs_list.hpp"

namespace ch03::tuple_vs_list::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// The book's list literal [a, b, ...]: one heap block of nine ints per list. Leave it: it is what
// the targets are measured against (the frozen copy of it, in fact).
void make_lists(int first, std::span<std::vector<int>> out) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int v = value(first, i, 0);
    out[i] = std::vector<int>{v, v + 1, v + 2, v + 3, v + 4, v + 5, v + 6, v + 7, v + 8};
  }
}

// STEP(ch03.8) 1: set each tuple's nine values directly; the list is not needed.
void make_tuples(int first, std::span<Tuple> out) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int v = value(first, i, 0);
    const std::vector<int> list{v, v + 1, v + 2, v + 3, v + 4, v + 5, v + 6, v + 7, v + 8};
    std::copy(list.begin(), list.end(), out[i].begin());
  }
}

// STEP(ch03.8) 2: the free list's state here: the head of a singly linked list of free blocks (each
// free block holds the pointer to the next one in its own first bytes) and how many it holds.

// STEP(ch03.8) 2: pop a cached block for a kBlockBytes request when there is one.
void* pool_allocate(std::size_t bytes) { return ::operator new(bytes); }

// STEP(ch03.8) 2: push a kBlockBytes block onto the free list while it holds fewer than kMaxCached.
void pool_deallocate(void* block, std::size_t /*bytes*/) noexcept { ::operator delete(block); }

// STEP(ch03.8) 2: the count of blocks on the free list.
std::size_t pool_cached() noexcept { return 0; }

// STEP(ch03.8) 2: hand every cached block to operator delete; the list is then empty.
void pool_clear() noexcept {}

// A list whose block comes from the pool. As fast as the pool is.
void make_pooled_lists(int first, std::span<PooledList> out) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int v = value(first, i, 0);
    out[i] = PooledList{v, v + 1, v + 2, v + 3, v + 4, v + 5, v + 6, v + 7, v + 8};
  }
}

}  // namespace ch03::tuple_vs_list::WB_VARIANT
