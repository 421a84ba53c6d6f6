// ch03.8 tuple_vs_list: the solution really recycles (test ch03.8-tuple-vs-list-pool, label
// "solutions"). The learner's tests accept a pool that caches nothing (the shipped one); this one
// holds the reference to what makes it fast: freed 36-byte blocks are kept (up to 2,000) and handed
// out again without a call to operator new, and its tuples touch no heap at all.
#include <doctest/doctest.h>

#include <cstddef>
#include <vector>

#include "tuple_vs_list.hpp"
#include "wb/alloc_counter.hpp"

namespace tvl = ch03::tuple_vs_list;
namespace sol = ch03::tuple_vs_list::solution;

TEST_CASE("pool: freed blocks are cached and reused without operator new; tuples allocate nothing") {
  REQUIRE(wb::alloc::enabled());
  sol::pool_clear();
  std::vector<sol::PooledList> slots(10);
  sol::make_pooled_lists(0, slots);
  CHECK(sol::pool_cached() == 0);
  slots.clear();
  CHECK(sol::pool_cached() == 10);  // every freed 36-byte block is kept

  slots.resize(10);
  const wb::alloc::Stats before = wb::alloc::stats();
  sol::make_pooled_lists(1, slots);
  const wb::alloc::Stats after = wb::alloc::stats();
  CHECK(after.allocations == before.allocations);  // all ten from the cache
  CHECK(sol::pool_cached() == 0);
  slots.clear();

  // The cap: 2,500 freed, 2,000 kept.
  slots.resize(2500);
  sol::make_pooled_lists(2, slots);
  slots.clear();
  CHECK(sol::pool_cached() == tvl::kMaxCached);
  sol::pool_clear();
  CHECK(sol::pool_cached() == 0);

  std::vector<tvl::Tuple> tuples(1000);
  const wb::alloc::Stats t0 = wb::alloc::stats();
  sol::make_tuples(3, tuples);
  CHECK(wb::alloc::stats().allocations == t0.allocations);
}
