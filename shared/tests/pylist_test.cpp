#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <vector>

#include "wb/pylist.hpp"

using wb::pylist::append_schedule;
using wb::pylist::list_resize;
using wb::pylist::Resize;

// Expected numbers come from the book (chapter 3) or from real CPython lists, whose capacity is
// (sys.getsizeof(l) - sys.getsizeof([])) // 8. The scripts were run under CPython 3.9.18, 3.10.13,
// 3.11.7, 3.12.1 and 3.13.0 (/root/.pyenv/versions/<v>/bin/python3) and printed the same numbers,
// except where a comment says otherwise.

namespace {

// One observation: a list with `allocated` slots and `size` items changed to `new_size` items
// and then had `capacity` slots.
struct Observed {
  std::size_t allocated, size, new_size, capacity;
};

void check_all(const std::vector<Observed>& table) {
  for (const Observed& o : table) {
    CAPTURE(o.allocated);
    CAPTURE(o.size);
    CAPTURE(o.new_size);
    CHECK(list_resize(o.allocated, o.size, o.new_size) == o.capacity);
  }
}

// Appends one at a time to an empty list, as CPython does, recording every capacity change.
std::vector<Resize> step_by_step(std::size_t n) {
  std::vector<Resize> steps;
  std::size_t allocated = 0;
  for (std::size_t size = 0; size < n; ++size) {
    const std::size_t capacity = list_resize(allocated, size, size + 1);
    if (capacity != allocated) steps.push_back({size + 1, capacity});
    allocated = capacity;
  }
  return steps;
}

bool same(const std::vector<Resize>& a, const std::vector<Resize>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].size != b[i].size || a[i].capacity != b[i].capacity) return false;
  }
  return true;
}

// The (size, capacity) pairs at each capacity change while appending None 2000 times to [],
// from: l = []; for i in range(2000): l.append(None); record (len(l), capacity) when it changes.
const std::vector<Resize> observed_2000{
    {1, 4},       {5, 8},       {9, 16},      {17, 24},     {25, 32},     {33, 40},     {41, 52},
    {53, 64},     {65, 76},     {77, 92},     {93, 108},    {109, 128},   {129, 148},   {149, 172},
    {173, 200},   {201, 232},   {233, 268},   {269, 308},   {309, 352},   {353, 400},   {401, 456},
    {457, 520},   {521, 592},   {593, 672},   {673, 760},   {761, 860},   {861, 972},   {973, 1100},
    {1101, 1244}, {1245, 1404}, {1405, 1584}, {1585, 1788}, {1789, 2016}};

}  // namespace

TEST_CASE("list_resize keeps the block while the new size fits and fills at least half of it") {
  // l = [None] * k (k slots, k items); del l[n:] -> list_resize(k, k, n). Observed (k, n, capacity):
  check_all({{8, 8, 7, 8},
             {8, 8, 4, 8},
             {16, 16, 15, 16},
             {16, 16, 8, 16},
             {17, 17, 16, 17},
             {17, 17, 8, 17},  // 8 is 17 // 2: half, rounded down, still counts as half full
             {100, 100, 99, 100},
             {100, 100, 50, 100},
             {1000, 1000, 500, 1000}});
  // Growing inside the block: no reallocation (in an append run, e.g. size 5 -> 6 of 8 slots).
  CHECK(list_resize(8, 5, 6) == 8);
  CHECK(list_resize(8, 7, 8) == 8);
  CHECK(list_resize(0, 0, 0) == 0);
}

TEST_CASE("list_resize reallocates when a list shrinks below half of its block") {
  // Same script as above: del l[n:] on [None] * k.
  check_all({{8, 8, 3, 8},  // reallocated, to the same size
             {8, 8, 1, 4},
             {16, 16, 7, 12},
             {16, 16, 3, 8},
             {17, 17, 7, 12},
             {100, 100, 49, 60},
             {100, 100, 7, 12},
             {100, 100, 1, 4},
             {1000, 1000, 499, 564},
             {1000, 1000, 3, 8}});
  // l = [None] * 100, then l.pop() until empty; (len(l), capacity) at each change:
  const std::vector<Resize> observed{{49, 60}, {29, 36}, {17, 24}, {11, 16}, {7, 12}, {5, 8}, {1, 4}, {0, 0}};
  std::vector<Resize> modelled;
  std::size_t allocated = 100;
  for (std::size_t size = 100; size > 0; --size) {
    const std::size_t capacity = list_resize(allocated, size, size - 1);
    if (capacity != allocated) modelled.push_back({size - 1, capacity});
    allocated = capacity;
  }
  CHECK(same(modelled, observed));
}

TEST_CASE("list_resize gives 0 for a new size of 0 only when it reallocates") {
  CHECK(list_resize(4, 1, 0) == 0);      // the last pop above: (0, 0)
  CHECK(list_resize(100, 100, 0) == 0);  // 0 is below half: reallocate, to nothing
  // l = [None] (1 slot); l.pop() leaves 1 slot: 0 >= 1 // 2, so the block is kept.
  CHECK(list_resize(1, 1, 0) == 1);
}

TEST_CASE("list_resize gives a literal [1, 2] a capacity of 8 on its first append") {
  // l = [1, 2] has 2 slots; l.append(3) leaves 8.
  CHECK(list_resize(2, 2, 3) == 8);
}

TEST_CASE("list_resize adds one eighth plus six, trimmed to a multiple of 4, when appending") {
  // The appends recorded in observed_2000: each resize happens on the append to a full list.
  std::size_t allocated = 0;
  for (const Resize& r : observed_2000) {
    CAPTURE(r.size);
    CHECK(list_resize(allocated, r.size - 1, r.size) == r.capacity);
    allocated = r.capacity;
  }
  // The book: "for a list with 1 item, 4 are allocated and for 9 items, 16 is allocated".
  CHECK(list_resize(0, 0, 1) == 4);
  CHECK(list_resize(8, 8, 9) == 16);
}

TEST_CASE("list_resize gives a jump past the headroom the new size rounded up to a multiple of 4") {
  // l = [None] * k; l.extend([None] * m) -> list_resize(k, k, k + m). Observed (k, k + m, capacity)
  // with CPython 3.9.18 to 3.13.0; small jumps still get headroom, big ones only rounding.
  check_all({{1, 1, 2, 8},      {1, 1, 6, 12},     {1, 1, 8, 8},      {1, 1, 11, 12},    {1, 1, 51, 52},
             {1, 1, 101, 104},  {2, 2, 6, 12},     {2, 2, 9, 16},     {2, 2, 12, 12},    {2, 2, 102, 104},
             {3, 3, 8, 8},      {3, 3, 13, 16},    {3, 3, 53, 56},    {4, 4, 5, 8},      {4, 4, 6, 12},
             {4, 4, 8, 12},     {4, 4, 9, 16},     {4, 4, 11, 12},    {4, 4, 14, 16},    {4, 4, 104, 104},
             {5, 5, 6, 12},     {5, 5, 10, 16},    {5, 5, 12, 12},    {5, 5, 105, 108},  {8, 8, 13, 20},
             {8, 8, 15, 16},    {8, 8, 18, 20},    {8, 8, 108, 108},  {10, 10, 13, 20},  {10, 10, 17, 24},
             {10, 10, 20, 20},  {10, 10, 110, 112}, {16, 16, 20, 28}, {16, 16, 23, 24},  {16, 16, 26, 28},
             {16, 16, 66, 68},  {16, 16, 116, 116}, {100, 100, 101, 116}, {100, 100, 102, 120},
             {100, 100, 105, 124}, {100, 100, 107, 124}, {100, 100, 110, 128}, {100, 100, 150, 152},
             {100, 100, 200, 200}});
  // Extending an empty list: CPython 3.9.18 only (3.10 onward preallocates an empty list exactly
  // for a list or tuple argument, without list_resize). [].extend([None] * m):
  check_all({{0, 0, 1, 4}, {0, 0, 2, 8}, {0, 0, 7, 8}, {0, 0, 10, 12}, {0, 0, 50, 52}, {0, 0, 100, 100}});
}

TEST_CASE("list_resize handles the largest sizes and refuses more than PTRDIFF_MAX") {
  const auto biggest = static_cast<std::size_t>(std::numeric_limits<std::ptrdiff_t>::max());
  const std::size_t capacity = list_resize(0, 0, biggest);  // a jump: the size rounded up to 4
  CHECK(capacity == biggest + 1);
  // An append to a full list that big gets its 1/8 headroom: about 9/8 of PTRDIFF_MAX, which
  // (CPython's comment says) still fits in a size_t. It must not wrap around.
  const std::size_t grown = list_resize(biggest - 3, biggest - 3, biggest);
  CHECK(grown > biggest + biggest / 8);
  CHECK(grown % 4 == 0);
  CHECK_THROWS_AS((void)list_resize(0, 0, biggest + 1), std::length_error);
  CHECK_THROWS_AS((void)list_resize(0, 0, std::numeric_limits<std::size_t>::max()), std::length_error);
}

TEST_CASE("append_schedule starts with the capacities in CPython's source comment") {
  // Objects/listobject.c: "The growth pattern is:  0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ..."
  const std::vector<Resize> steps = append_schedule(100);
  const std::array<std::size_t, 10> first{4, 8, 16, 24, 32, 40, 52, 64, 76, 92};
  REQUIRE(steps.size() >= first.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    CAPTURE(i);
    CHECK(steps[i].capacity == first[i]);
  }
  CHECK(steps.back().size == 93);  // the 93rd append outgrows 92 slots
  CHECK(steps.back().capacity == 108);
}

TEST_CASE("append_schedule matches the reallocations of a real CPython list over 2000 appends") {
  CHECK(same(append_schedule(2000), observed_2000));
  // 1000 appends: 28 reallocations, the last at size 973, to 1100 slots.
  const std::vector<Resize> thousand = append_schedule(1000);
  CHECK(thousand.size() == 28);
  CHECK(thousand.back().size == 973);
  CHECK(thousand.back().capacity == 1100);
}

TEST_CASE("append_schedule gives the book's 1,056,084 slots after a million appends, in 86 reallocations") {
  // The book, Figure 3-2: a million appends leave room for 1,056,084 elements. The count: real
  // appends, capacity recorded at each change (CPython 3.11.7 and 3.12.1): 86 changes.
  const std::vector<Resize> steps = append_schedule(1'000'000);
  REQUIRE(steps.size() == 86);
  CHECK(steps.back().capacity == 1'056'084);
  CHECK(steps.back().size == 938'737);
}

TEST_CASE("append_schedule gives the book's 104,391,068 slots after 100 million appends, in 125 reallocations") {
  // The book: "A list of size 100,000,000 created with any append operation actually uses
  // 104,391,068 elements' worth of memory". The count: 100 million real appends under CPython
  // 3.11.7 (about 30 s), capacity recorded at each change: 125 changes.
  const std::vector<Resize> steps = append_schedule(100'000'000);
  REQUIRE(steps.size() == 125);
  CHECK(steps.back().capacity == 104'391'068);
}

TEST_CASE("append_schedule lists only appends that change the capacity") {
  CHECK(append_schedule(0).empty());
  CHECK(same(append_schedule(1), {{1, 4}}));
  CHECK(same(append_schedule(4), {{1, 4}}));
  CHECK(same(append_schedule(5), {{1, 4}, {5, 8}}));
  CHECK(same(append_schedule(8), {{1, 4}, {5, 8}}));
  CHECK(same(append_schedule(9), {{1, 4}, {5, 8}, {9, 16}}));
  // Each reallocation happens on the append to a full list, and capacities only grow.
  const std::vector<Resize> steps = append_schedule(5'000'000);
  for (std::size_t i = 1; i < steps.size(); ++i) {
    CAPTURE(i);
    CHECK(steps[i].size == steps[i - 1].capacity + 1);
    CHECK(steps[i].capacity > steps[i - 1].capacity);
  }
}

TEST_CASE("append_schedule agrees with appending one item at a time through list_resize") {
  for (std::size_t n : {0u, 1u, 2u, 3u, 4u, 5u, 6u, 16u, 17u, 100u, 1000u, 4097u, 123'456u, 300'000u}) {
    CAPTURE(n);
    CHECK(same(append_schedule(n), step_by_step(n)));
  }
}
