// ch03.8 tuple_vs_list: correctness, for any implementation: each maker gives base .. base + 9;
// blocks alive at the same time never share memory (a free list that hands out a block twice
// fails here); a free list keeps at most 2,000 blocks (CPython's cap), so the heap it holds stays
// bounded, measured exactly with the counting allocator.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <numeric>
#include <vector>

#include "tuple_vs_list.hpp"
#include "wb/alloc_counter.hpp"

namespace impl = ch03::tuple_vs_list::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch03::tuple_vs_list::Block;
using ch03::tuple_vs_list::kSize;

namespace {

template <class Range>
bool holds(const Range& r, int base) {
  std::vector<int> want(kSize);
  std::iota(want.begin(), want.end(), base);
  return std::vector<int>(r.begin(), r.end()) == want;
}

}  // namespace

TEST_CASE("make_list, make_tuple and make_block give base, base + 1, ..., base + 9") {
  for (int base : {0, 1, -5, 1000}) {
    CAPTURE(base);
    CHECK(holds(impl::make_list(base), base));
    CHECK(holds(impl::make_tuple(base), base));
    CHECK(holds(impl::make_block(base).values(), base));
  }
}

TEST_CASE("5,000 blocks alive at once each keep their own values, also after recycling") {
  for (int round = 0; round < 3; ++round) {
    std::vector<Block> alive;
    for (int i = 0; i < 5000; ++i) alive.push_back(impl::make_block(i * 100 + round));
    for (int i = 0; i < 5000; ++i) {
      if (!holds(alive[static_cast<std::size_t>(i)].values(), i * 100 + round)) {
        CAPTURE(round);
        CAPTURE(i);
        REQUIRE(holds(alive[static_cast<std::size_t>(i)].values(), i * 100 + round));
      }
    }
    // Interleaved: free every other block, make new ones, check all.
    for (std::size_t i = 0; i < alive.size(); i += 2) alive[i] = impl::make_block(-1 - static_cast<int>(i));
    for (std::size_t i = 0; i < alive.size(); ++i) {
      const int want = i % 2 == 0 ? -1 - static_cast<int>(i) : static_cast<int>(i) * 100 + round;
      REQUIRE(holds(alive[i].values(), want));
    }
  }
}

TEST_CASE("a moved-from block is empty and releases nothing twice") {
  Block a = impl::make_block(3);
  Block b = std::move(a);
  CHECK(a.values().empty());  // NOLINT(bugprone-use-after-move): the point of the test
  CHECK(holds(b.values(), 3));
}

TEST_CASE("the free list keeps at most 2,000 blocks, reports them exactly and reuses them") {
  REQUIRE(wb::alloc::enabled());
  std::vector<Block> alive;
  alive.reserve(3000);
  for (int i = 0; i < 3000; ++i) alive.push_back(impl::make_block(i));  // takes every cached block
  CHECK(impl::cached_blocks() == 0);
  const std::size_t with_all = wb::alloc::stats().current_bytes;
  alive.clear();  // destroys the blocks, keeps the vector's own storage
  const std::size_t freed = (with_all - wb::alloc::stats().current_bytes) / (kSize * sizeof(int));
  const std::size_t cached = impl::cached_blocks();
  CHECK(cached <= 2000);
  CHECK(cached == 3000 - freed);  // every block not given back to the heap is on the list: no leak

  // The cached blocks serve the next `cached` blocks without a call to operator new.
  const std::uint64_t allocations = wb::alloc::stats().allocations;
  for (std::size_t i = 0; i < cached; ++i) alive.push_back(impl::make_block(static_cast<int>(i)));
  CHECK(wb::alloc::stats().allocations == allocations);
}
