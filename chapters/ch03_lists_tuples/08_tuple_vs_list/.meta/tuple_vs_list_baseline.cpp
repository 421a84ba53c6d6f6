// FROZEN: the shipped starting point of tuple_vs_list.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit tuple_vs_list.cpp. Its TODO marks read STEP( here.
// ch03.8 tuple_vs_list (slow): creating the book's [0, 1, ..., 9] as a std::vector, a std::array
// and a heap block. As shipped, make_block asks operator new for every block and gives it back
// with delete[], just like the vector.
//
// Steps: the tests (`ctest --preset dev -L ch03.8`) pass as shipped and must keep passing; the
// targets are in the benchmark (`./workbook check ch03.8`): make_tuple at least 10x faster than
// the baseline's block, and your make_block at least 3x faster.
//   1. measure: BM_List, BM_Tuple and BM_Block side by side; why is the array so cheap?
//   2. a free list (CPython's tuple cache): release pushes the block onto a list of free blocks
//      instead of deleting it; make_block pops one from there when it can and only calls new
//      when the list is empty. Keep at most kMaxCached blocks, as CPython caps its cache.
#include <cstddef>
#include <vector>

#include "tuple_vs_list.hpp"

namespace ch03::tuple_vs_list::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

namespace {

// STEP(ch03.8) 2: keep released blocks on a free list (thread_local, so threads need no lock):
// reuse the block's own first bytes as the "next" pointer, or keep a small array of pointers.
void release_block(int* block) { delete[] block; }

}  // namespace

std::vector<int> make_list(int base) {
  std::vector<int> l(kSize);
  for (std::size_t i = 0; i < kSize; ++i) l[i] = base + static_cast<int>(i);
  return l;
}

Tuple make_tuple(int base) {
  Tuple t;
  for (std::size_t i = 0; i < kSize; ++i) t[i] = base + static_cast<int>(i);
  return t;
}

Block make_block(int base) {
  // STEP(ch03.8) 2: take a block from the free list when there is one.
  int* data = new int[kSize];
  for (std::size_t i = 0; i < kSize; ++i) data[i] = base + static_cast<int>(i);
  return Block(data, &release_block);
}

// STEP(ch03.8) 2: the number of blocks on your free list.
std::size_t cached_blocks() { return 0; }

}  // namespace ch03::tuple_vs_list::WB_VARIANT
