// wb/lazy/filtering.hpp: compress, dropwhile, takewhile, filterfalse and islice.
#include <doctest/doctest.h>

#include <cstddef>
#include <iterator>
#include <optional>
#include <ranges>
#include <stdexcept>
#include <string>
#include <vector>

#include "wb/lazy.hpp"

namespace lz = wb::lazy;

namespace {

using V = std::vector<int>;

// A predicate that notes every argument it sees.
struct recording_less {
  int limit;
  V* seen;
  bool operator()(int x) const {
    seen->push_back(x);
    return x < limit;
  }
};

// The number of elements islice(iter(0..n-1), args...) takes from its input when drained.
template <class... Args>
std::size_t taken_by_islice(int n, Args... args) {
  V v;
  for (int i = 0; i < n; ++i) v.push_back(i);
  auto it = lz::iter(v);
  for (int x : lz::islice(it, args...)) (void)x;
  return it.pulled();
}

}  // namespace

static_assert(std::ranges::forward_range<decltype(lz::takewhile(recording_less{}, std::declval<V&>()))>);
static_assert(std::ranges::random_access_range<decltype(lz::dropwhile(recording_less{}, std::declval<V&>()))>);
static_assert(std::ranges::forward_range<decltype(lz::islice(std::declval<V&>(), 3))>);
static_assert(std::ranges::forward_range<decltype(lz::compress(std::declval<V&>(), std::declval<V&>()))>);
static_assert(!std::ranges::forward_range<decltype(lz::islice(lz::iter(std::declval<V&>()), 3))>);
static_assert(std::ranges::input_range<decltype(lz::filterfalse(recording_less{}, lz::iter(std::declval<V&>())))>);
static_assert(std::ranges::view<decltype(lz::takewhile(recording_less{}, std::declval<V&>()))>);

TEST_CASE("takewhile calls pred once per element up to and including the first failure") {
  V seen;
  V v{1, 4, 6, 4, 1};
  auto r = lz::takewhile(recording_less{5, &seen}, v);
  CHECK(seen.empty());  // lazy
  CHECK(lz::to_vector(r) == V{1, 4});
  CHECK(seen == V{1, 4, 6});
}

TEST_CASE("takewhile leaves out the failing element and everything after it") {
  V v{1, 2, 9, 3};
  CHECK(lz::to_vector(v | lz::takewhile([](int x) { return x < 5; })) == V{1, 2});
  CHECK(lz::to_vector(v | lz::takewhile([](int x) { return x > 5; })).empty());
}

TEST_CASE("dropwhile stops calling pred once it first fails") {
  V seen;
  V v{1, 4, 6, 4, 1};
  auto r = v | lz::dropwhile(recording_less{5, &seen});
  CHECK(seen.empty());
  CHECK(lz::to_vector(r) == V{6, 4, 1});
  CHECK(seen == V{1, 4, 6});
}

TEST_CASE("filterfalse calls pred once per element, in order, and keeps the false ones") {
  V seen;
  V v{3, 8, 1, 9, 2};
  CHECK(lz::to_vector(lz::filterfalse(recording_less{5, &seen}, v)) == V{8, 9});
  CHECK(seen == v);
}

TEST_CASE("the filters hand out references into an lvalue input") {
  V v{1, 2, 3, 4};
  auto evens = v | lz::filterfalse([](int x) { return x % 2 == 1; });
  CHECK(&*evens.begin() == &v[1]);
  for (int& x : evens) x *= 10;
  CHECK(v == V{1, 20, 3, 40});
  auto head = v | lz::takewhile([](int x) { return x < 30; });
  v[0] = 100;  // a change after the view was built shows through
  CHECK(lz::to_vector(head).empty());
}

TEST_CASE("a const filter view can still be iterated") {
  const V v{1, 4, 6, 4, 1};
  const auto r = v | lz::takewhile([](int x) { return x < 5; });
  CHECK(lz::to_vector(r) == V{1, 4});
  const auto s = lz::islice(v, 1, 4);
  CHECK(lz::to_vector(s) == V{4, 6, 4});
}

TEST_CASE("compress treats selectors as true or false and stops at the shorter input") {
  const std::string data = "ABCDEF";
  CHECK(lz::to_vector(lz::compress(data, V{2, 0, -1, 0, 7, 1})) == std::vector<char>{'A', 'C', 'E', 'F'});
  CHECK(lz::to_vector(lz::compress(data, std::vector<bool>{false, true})) == std::vector<char>{'B'});
  CHECK(lz::to_vector(lz::compress(std::string("AB"), V{1, 1, 1})) == std::vector<char>{'A', 'B'});
}

TEST_CASE("compress takes a datum before its selector, as CPython does") {
  V data{1, 2, 3};
  V sel{1, 1, 1, 1, 1};
  auto d = lz::iter(data);
  auto s = lz::iter(sel);
  CHECK(lz::to_vector(lz::compress(d, s)) == V{1, 2, 3});
  CHECK(d.pulled() == 3);
  CHECK(s.pulled() == 3);  // the fourth selector is never needed
  auto none = lz::iter(sel);
  CHECK(lz::to_vector(lz::compress(V{}, none)).empty());
  CHECK(none.pulled() == 0);
}

TEST_CASE("islice with step 0 throws std::invalid_argument") {
  V v{1, 2, 3};
  CHECK_THROWS_AS(lz::islice(v, 0, 3, 0), std::invalid_argument);
  CHECK_THROWS_AS(v | lz::islice(0, 3, 0), std::invalid_argument);
  CHECK_THROWS_AS(lz::islice(0, std::nullopt, 0), std::invalid_argument);
}

TEST_CASE("islice with a negative argument throws std::invalid_argument, as Python raises") {
  V v{1, 2, 3};
  CHECK_THROWS_AS(lz::islice(v, -1), std::invalid_argument);
  CHECK_THROWS_AS(lz::islice(v, -1, 2), std::invalid_argument);
  CHECK_THROWS_AS(lz::islice(v, 0, 2, -1), std::invalid_argument);
  CHECK_NOTHROW(lz::islice(v, 0, 2, 1));
}

TEST_CASE("islice starts exactly at start and steps by step") {
  V v{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  CHECK(lz::to_vector(lz::islice(v, 3, 9, 2)) == V{3, 5, 7});
  CHECK(lz::to_vector(lz::islice(v, 1, 2)) == V{1});
  CHECK(lz::to_vector(lz::islice(v, 9, 10)) == V{9});
  CHECK(lz::to_vector(lz::islice(v, 0, 10, 3)) == V{0, 3, 6, 9});
  CHECK(lz::to_vector(lz::islice(v, 4, 2)).empty());
  CHECK(lz::to_vector(lz::islice(v, 8, 100)) == V{8, 9});
  CHECK(lz::to_vector(lz::islice(v, 2, std::nullopt, 4)) == V{2, 6});
}

TEST_CASE("islice takes from a single-pass input exactly what CPython's islice takes") {
  CHECK(taken_by_islice(10, 3) == 3);                 // islice(it, stop) takes stop
  CHECK(taken_by_islice(10, 0) == 0);
  CHECK(taken_by_islice(10, 2, 5) == 5);
  CHECK(taken_by_islice(10, 5, 2) == 5);              // start > stop still skips to start
  CHECK(taken_by_islice(10, 0, 5, 3) == 5);           // 0, 3, then up to stop
  CHECK(taken_by_islice(10, 1, 4, 2) == 4);
  CHECK(taken_by_islice(10, 0, 6, 3) == 6);
  CHECK(taken_by_islice(4, 20) == 4);                 // stop beyond the end stops at the end
  CHECK(taken_by_islice(10, 7, std::nullopt) == 10);
}

TEST_CASE("islice takes no more than needed while it is being iterated") {
  V v{10, 11, 12, 13, 14, 15};
  auto it = lz::iter(v);
  auto s = lz::islice(it, 1, 6, 2);
  CHECK(it.pulled() == 0);
  auto pos = s.begin();
  CHECK(*pos == 11);
  CHECK(it.pulled() == 2);
  ++pos;
  CHECK(*pos == 13);
  CHECK(it.pulled() == 4);
}

TEST_CASE("islice bounds infinite sources") {
  CHECK(lz::to_vector(lz::count(0) | lz::islice(2, 12, 5)) == V{2, 7});
  CHECK(lz::to_vector(lz::cycle(V{1, 2}) | lz::islice(1, 6)) == V{2, 1, 2, 1, 2});
}

TEST_CASE("takewhile and dropwhile work on single-pass input and take what CPython takes") {
  V v{1, 2, 7, 3, 4};
  auto it = lz::iter(v);
  CHECK(lz::to_vector(it | lz::takewhile([](int x) { return x < 5; })) == V{1, 2});
  CHECK(it.pulled() == 3);  // 7 was taken to find out
  CHECK(lz::to_vector(it) == V{3, 4});
  auto again = lz::iter(v);
  CHECK(lz::to_vector(again | lz::dropwhile([](int x) { return x < 5; })) == V{7, 3, 4});
}

TEST_CASE("a second begin() on a forward filter view does not call pred again") {
  V v{1, 2, 7, 3};
  int calls = 0;
  auto counted = [&](int x) {
    ++calls;
    return x < 5;
  };
  auto dropped = lz::dropwhile(counted, v);
  CHECK(std::ranges::distance(dropped) == 2);  // distance and begin both ask for begin()
  CHECK(lz::to_vector(dropped) == V{7, 3});
  CHECK(calls == 3);
  calls = 0;
  auto kept = lz::filterfalse(counted, v);
  CHECK(*kept.begin() == 7);
  CHECK(*kept.begin() == 7);
  CHECK(calls == 3);
}
