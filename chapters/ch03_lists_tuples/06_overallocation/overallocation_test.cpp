// ch03.6 overallocation: correctness. Expected values come from the book and CPython (1,056,084
// slots after 1,000,000 appends and 86 reallocations; 104,391,068 after 100,000,000 and 125; the
// first capacities 4, 8, 16, 24, 32, 40, 52, 64, 76, 92; [1, 2] + one append: 8 slots) and from
// wb::pylist, never from a solution. Every test case calls the code under test outside CHECK
// first, so that a stub's not_implemented ends the test case.
#include <doctest/doctest.h>

#include <cstddef>
#include <random>
#include <vector>

#include "overallocation.hpp"
#include "wb/pylist.hpp"

namespace impl = ch03::overallocation::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch03::overallocation::Resize;

namespace {

std::vector<std::size_t> capacities(const std::vector<Resize>& steps) {
  std::vector<std::size_t> out;
  for (const Resize& r : steps) out.push_back(r.capacity);
  return out;
}

bool same(const std::vector<Resize>& a, const std::vector<Resize>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].size != b[i].size || a[i].capacity != b[i].capacity) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("step 1: appends one at a time step the capacity 4, 8, 16, 24, 32, 40, 52, 64, 76, 92") {
  std::size_t allocated = 0;
  std::vector<std::size_t> seen;
  for (std::size_t size = 0; size < 92; ++size) {
    const std::size_t next = impl::list_resize(allocated, size, size + 1);
    if (next != allocated) seen.push_back(next);
    allocated = next;
  }
  CHECK(seen == std::vector<std::size_t>{4, 8, 16, 24, 32, 40, 52, 64, 76, 92});
}

TEST_CASE("step 1: appending to [1, 2] (2 slots, full) gives 8 slots; a block with room is kept") {
  const std::size_t grown = impl::list_resize(2, 2, 3);
  CHECK(grown == 8);
  CHECK(impl::list_resize(8, 3, 4) == 8);
  CHECK(impl::list_resize(8, 7, 8) == 8);    // fills the block exactly: kept
  CHECK(impl::list_resize(8, 8, 9) == 16);   // 9 + 1 + 6 = 16
  CHECK(impl::list_resize(1'056'084, 1'000'000, 1'000'001) == 1'056'084);
}

TEST_CASE("step 1: one append at every size up to 100,000 agrees with CPython's rule") {
  std::size_t allocated = 0;
  for (std::size_t size = 0; size < 100'000; ++size) {
    const std::size_t mine = impl::list_resize(allocated, size, size + 1);
    CAPTURE(size);
    REQUIRE(mine == wb::pylist::list_resize(allocated, size, size + 1));
    allocated = mine;
  }
}

TEST_CASE("step 2: an extend past the headroom gets the new size rounded up to 4, no headroom") {
  const std::size_t extended = impl::list_resize(0, 0, 100);  // [] + 100 items in one go
  CHECK(extended == 100);
  CHECK(impl::list_resize(0, 0, 5) == 8);      // 5 rounded up to 8: the same as the headroom rule
  CHECK(impl::list_resize(0, 0, 9) == 12);     // 9 + 1 + 6 = 16, but 9 > 16 - 9: round up 9 to 12
  CHECK(impl::list_resize(4, 4, 30) == 32);
}

TEST_CASE("step 2: shrinking below half gives the block up; to 0, nothing") {
  const std::size_t emptied = impl::list_resize(16, 10, 0);
  CHECK(emptied == 0);
  CHECK(impl::list_resize(16, 10, 8) == 16);   // still half full: kept
  CHECK(impl::list_resize(16, 10, 7) == 12);   // below half: 7 + 0 + 6 = 13, down to 12
  CHECK(impl::list_resize(0, 0, 0) == 0);
}

TEST_CASE("step 2: 200,000 random (allocated, size, new_size) agree with CPython's rule") {
  std::mt19937_64 rng(36);
  for (int trial = 0; trial < 200'000; ++trial) {
    const std::size_t allocated = rng() % (trial % 2 == 0 ? 64 : 5'000'000);
    const std::size_t size = allocated == 0 ? 0 : rng() % (allocated + 1);
    const std::size_t new_size = rng() % (2 * allocated + 40);
    CAPTURE(allocated);
    CAPTURE(size);
    CAPTURE(new_size);
    const std::size_t mine = impl::list_resize(allocated, size, new_size);
    REQUIRE(mine == wb::pylist::list_resize(allocated, size, new_size));
  }
}

TEST_CASE("step 3: 1,000,000 appends end with 1,056,084 slots after 86 reallocations (the book)") {
  const std::vector<Resize> steps = impl::append_schedule(1'000'000);
  REQUIRE(steps.size() == 86);
  CHECK(steps.back().capacity == 1'056'084);
  CHECK(steps.front().size == 1);
  CHECK(steps.front().capacity == 4);
  CHECK(same(steps, wb::pylist::append_schedule(1'000'000)));
}

TEST_CASE("step 3: 100,000,000 appends end with 104,391,068 slots after 125 reallocations") {
  const std::vector<Resize> steps = impl::append_schedule(100'000'000);
  REQUIRE(steps.size() == 125);
  CHECK(steps.back().capacity == 104'391'068);
}

TEST_CASE("step 3: the schedule for 0 to 3,000 appends is CPython's, entry by entry") {
  const std::vector<Resize> none = impl::append_schedule(0);
  CHECK(none.empty());
  CHECK(capacities(impl::append_schedule(10)) == std::vector<std::size_t>{4, 8, 16});
  for (std::size_t n = 1; n <= 3000; ++n) {
    CAPTURE(n);
    REQUIRE(same(impl::append_schedule(n), wb::pylist::append_schedule(n)));
  }
}
