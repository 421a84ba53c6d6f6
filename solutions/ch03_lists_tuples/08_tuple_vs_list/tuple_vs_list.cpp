// ch03.8 tuple_vs_list: the reference solution. The tuple is nine stores, no heap; the pool is a
// free list of 36-byte blocks, like CPython's tuple cache: a freed block is pushed onto a singly
// linked list threaded through the blocks themselves, and the next 36-byte request pops it, without
// a call into malloc. Each thread has its own list (no locks), emptied when the thread ends.
#include <cstddef>
#include <new>
#include <span>
#include <vector>

#include "tuple_vs_list.hpp"

namespace ch03::tuple_vs_list::WB_VARIANT {

void make_lists(int first, std::span<std::vector<int>> out) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int v = value(first, i, 0);
    out[i] = std::vector<int>{v, v + 1, v + 2, v + 3, v + 4, v + 5, v + 6, v + 7, v + 8};
  }
}

void make_tuples(int first, std::span<Tuple> out) {
  // One tuple at a time: v, v+1, ..., v+8 is a broadcast, an add, a 32-byte and a 4-byte store.
  // Clang would rather vectorise across tuples, with stores 36 bytes apart (about 7x slower here).
#if defined(__clang__)
#pragma clang loop vectorize(disable)
#endif
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int v = value(first, i, 0);
    out[i] = Tuple{v, v + 1, v + 2, v + 3, v + 4, v + 5, v + 6, v + 7, v + 8};
  }
}

namespace {

struct FreeBlock {
  FreeBlock* next;
};
static_assert(sizeof(FreeBlock) <= kBlockBytes);

struct FreeList {
  FreeBlock* head = nullptr;
  std::size_t count = 0;
  FreeList() = default;
  FreeList(const FreeList&) = delete;
  FreeList& operator=(const FreeList&) = delete;
  ~FreeList() { clear(); }
  void clear() noexcept {
    while (head != nullptr) {
      FreeBlock* block = head;
      head = block->next;
      ::operator delete(block);
    }
    count = 0;
  }
};

thread_local FreeList t_free;

}  // namespace

void* pool_allocate(std::size_t bytes) {
  FreeList& list = t_free;
  if (bytes == kBlockBytes && list.head != nullptr) {
    FreeBlock* block = list.head;
    list.head = block->next;
    --list.count;
    return block;
  }
  return ::operator new(bytes);
}

void pool_deallocate(void* block, std::size_t bytes) noexcept {
  FreeList& list = t_free;
  if (bytes == kBlockBytes && list.count < kMaxCached) {
    list.head = ::new (block) FreeBlock{list.head};
    ++list.count;
    return;
  }
  ::operator delete(block);
}

std::size_t pool_cached() noexcept { return t_free.count; }

void pool_clear() noexcept { t_free.clear(); }

void make_pooled_lists(int first, std::span<PooledList> out) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int v = value(first, i, 0);
    out[i] = PooledList{v, v + 1, v + 2, v + 3, v + 4, v + 5, v + 6, v + 7, v + 8};
  }
}

}  // namespace ch03::tuple_vs_list::WB_VARIANT
