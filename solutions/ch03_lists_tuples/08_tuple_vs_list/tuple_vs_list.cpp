// ch03.8 tuple_vs_list: reference solution. make_block draws from a per-thread free list of
// 10-int blocks (CPython's cache of freed small tuples): a released block is pushed onto the list,
// its first bytes reused as the link, and handed out again by the next make_block. At most
// kMaxCached blocks are kept; beyond that they go back to operator delete.
#include <cstddef>
#include <cstring>
#include <vector>

#include "tuple_vs_list.hpp"

namespace ch03::tuple_vs_list::WB_VARIANT {

namespace {

constexpr std::size_t kMaxCached = 2000;  // CPython keeps up to 2,000 tuples of each small size

// The free blocks of this thread. A block's memory holds the link while it is free. Trivial, so
// the hot path reads it with no thread_local initialisation check.
struct FreeList {
  int* head = nullptr;
  std::size_t count = 0;
};
static_assert(sizeof(int*) <= kSize * sizeof(int), "a free block must hold the link");

thread_local FreeList free_list;

// Frees the thread's cached blocks when the thread ends. Touched only when a block is first
// allocated, which registers its destructor.
struct Drain {
  ~Drain() {
    while (free_list.head) {
      int* next;
      std::memcpy(&next, free_list.head, sizeof next);
      delete[] free_list.head;
      free_list.head = next;
    }
    free_list.count = 0;
  }
};
thread_local Drain drain;

void release_block(int* block) {
  if (free_list.count == kMaxCached) {
    delete[] block;
    return;
  }
  std::memcpy(block, &free_list.head, sizeof free_list.head);
  free_list.head = block;
  ++free_list.count;
}

int* acquire_block() {
  if (free_list.head == nullptr) {
    static_cast<void>(&drain);  // the thread will free its cache when it ends
    return new int[kSize];
  }
  int* block = free_list.head;
  std::memcpy(&free_list.head, block, sizeof free_list.head);
  --free_list.count;
  return block;
}

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
  int* data = acquire_block();
  for (std::size_t i = 0; i < kSize; ++i) data[i] = base + static_cast<int>(i);
  return Block(data, &release_block);
}

std::size_t cached_blocks() { return free_list.count; }

}  // namespace ch03::tuple_vs_list::WB_VARIANT
