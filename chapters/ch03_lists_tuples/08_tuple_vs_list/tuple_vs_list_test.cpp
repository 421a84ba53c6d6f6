// ch03.8 tuple_vs_list: the values every creation must hold, and the pool's heap measured exactly.
// Each test case is named for the step whose mistakes it catches ("every step" for what no step may
// break), and stops at its first failure. Speed is measured by `./workbook check ch03.8`, never here;
// the solutions test ch03.8-tuple-vs-list-pool checks that the reference's pool really recycles.
//
// The pool's invariant, whatever its policy: with no pooled list alive, the heap it holds is exactly
// pool_cached() blocks of kBlockBytes; with some alive, their buffers on top. The shipped pool caches
// nothing and holds nothing; a free list holds at most kMaxCached blocks, all of kBlockBytes.
//
// This test binary links wb::alloc_counter: every heap byte is counted.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "tuple_vs_list.hpp"
#include "wb/alloc_counter.hpp"

namespace impl = ch03::tuple_vs_list::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch03::tuple_vs_list::kBlockBytes;
using ch03::tuple_vs_list::kLength;
using ch03::tuple_vs_list::kMaxCached;
using ch03::tuple_vs_list::Tuple;
using ch03::tuple_vs_list::value;
using impl::PooledList;

namespace {

// Requires slot i of a batch starting at first to hold value(first, i, 0..8) and nothing more.
template <class Slots>
void require_values(const Slots& slots, int first) {
  INFO("batch of ", slots.size(), " from first = ", first);
  for (std::size_t i = 0; i < slots.size(); ++i) {
    INFO("slot ", i);
    REQUIRE(slots[i].size() == kLength);
    for (std::size_t k = 0; k < kLength; ++k) REQUIRE(slots[i][k] == value(first, i, k));
  }
}

std::size_t heap_in_use() { return wb::alloc::stats().current_bytes; }

// Requires the heap above `base` to be exactly `live` bytes of live buffers plus the pool's cache.
void require_pool_heap(std::size_t base, std::size_t live) {
  INFO("pool_cached() = ", impl::pool_cached());
  REQUIRE(heap_in_use() - base == live + impl::pool_cached() * kBlockBytes);
}

constexpr int kFirsts[] = {0, 1, -40, 1'000'000};

}  // namespace

TEST_CASE("every step: make_lists fills each slot with a new list of nine values, exactly nine ints") {
  for (const int first : kFirsts) {
    for (const std::size_t n : {0, 1, 7, 1000}) {
      std::vector<std::vector<int>> slots(n, std::vector<int>{42, 43});  // replaced, not appended to
      impl::make_lists(first, slots);
      require_values(slots, first);
      for (const std::vector<int>& list : slots) REQUIRE(list.capacity() == kLength);
    }
  }
}

TEST_CASE("every step: make_tuples sets each tuple to its nine values") {
  for (const int first : kFirsts) {
    for (const std::size_t n : {0, 1, 7, 1000}) {
      std::vector<Tuple> slots(n, Tuple{9, 9, 9, 9, 9, 9, 9, 9, 9});
      impl::make_tuples(first, slots);
      require_values(slots, first);
    }
  }
  // Only the slots given: the ones around them stay as they were.
  std::vector<Tuple> slots(5, Tuple{});
  impl::make_tuples(3, std::span<Tuple>(slots).subspan(1, 3));
  REQUIRE(slots[0] == Tuple{});
  REQUIRE(slots[4] == Tuple{});
  REQUIRE(slots[1][0] == 3);
  REQUIRE(slots[3][8] == 13);
}

TEST_CASE("every step: make_pooled_lists fills each slot with nine values in one block from the pool") {
  for (const int first : kFirsts) {
    for (const std::size_t n : {0, 1, 7, 1000}) {
      std::vector<PooledList> slots(n);
      impl::make_pooled_lists(first, slots);
      require_values(slots, first);
      for (const PooledList& list : slots) REQUIRE(list.capacity() == kLength);
      impl::make_pooled_lists(first + 1, slots);  // again: the previous lists go back to the pool
      require_values(slots, first + 1);
    }
  }
  impl::pool_clear();
}

TEST_CASE("step 1: make_tuples allocates at most one block a tuple, and keeps none of it") {
  std::vector<Tuple> slots(1000);
  impl::pool_clear();
  const wb::alloc::Stats before = wb::alloc::stats();
  impl::make_tuples(11, slots);
  const wb::alloc::Stats after = wb::alloc::stats();
  require_values(slots, 11);
  REQUIRE(after.allocations - before.allocations <= slots.size());
  REQUIRE(after.current_bytes == before.current_bytes);
}

TEST_CASE("step 2: the pool caches only 36-byte blocks, at most 2,000, and holds exactly what it caches") {
  impl::pool_clear();
  REQUIRE(impl::pool_cached() == 0);
  const std::size_t base = heap_in_use();
  {
    // 2,500 lists alive at once, then all freed: the cache stops at kMaxCached.
    std::vector<PooledList> slots(2500);
    const std::size_t slot_bytes = slots.capacity() * sizeof(PooledList);  // the vector of slots itself
    impl::make_pooled_lists(0, slots);
    require_pool_heap(base, slot_bytes + slots.size() * kBlockBytes);
    slots.clear();
    require_pool_heap(base, slot_bytes);
    slots.shrink_to_fit();
    REQUIRE(impl::pool_cached() <= kMaxCached);
    require_pool_heap(base, 0);
  }
  {
    // Fresh lists take their blocks from the cache (or the heap): the books still balance.
    std::vector<PooledList> slots(700);
    impl::make_pooled_lists(5, slots);
    require_values(slots, 5);
    require_pool_heap(base, slots.capacity() * sizeof(PooledList) + slots.size() * kBlockBytes);
  }
  require_pool_heap(base, 0);
  impl::pool_clear();  // an empty cache, with room: a block of the wrong size would be kept now
  REQUIRE(heap_in_use() == base);
  {
    // Other sizes pass through: a list grown by push_back asks for 4, 8, 16 ... bytes, never 36.
    PooledList grown;
    for (int k = 0; k < 100; ++k) {
      grown.push_back(k);
      require_pool_heap(base, grown.capacity() * sizeof(int));
    }
    for (int k = 0; k < 100; ++k) REQUIRE(grown[static_cast<std::size_t>(k)] == k);
    // A 36-byte block from the cache for a 9-int list, then a 40-byte one from the heap.
    PooledList nine(kLength, 7);
    PooledList ten(kLength + 1, 8);
    require_pool_heap(base, grown.capacity() * sizeof(int) + kBlockBytes + (kLength + 1) * sizeof(int));
    REQUIRE(nine == PooledList(kLength, 7));
    REQUIRE(ten == PooledList(kLength + 1, 8));
  }
  require_pool_heap(base, 0);
  impl::pool_clear();
  REQUIRE(impl::pool_cached() == 0);
  REQUIRE(heap_in_use() == base);
}
