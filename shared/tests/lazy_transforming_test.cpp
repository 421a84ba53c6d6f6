// wb/lazy/transforming.hpp: accumulate, starmap and pairwise.
#include <doctest/doctest.h>

#include <array>
#include <functional>
#include <ranges>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "wb/lazy.hpp"

namespace lz = wb::lazy;

namespace {

using V = std::vector<int>;
using P = std::pair<int, int>;

}  // namespace

static_assert(std::ranges::forward_range<decltype(lz::accumulate(std::declval<V&>()))>);
static_assert(std::ranges::input_range<decltype(lz::accumulate(lz::iter(std::declval<V&>())))>);
static_assert(std::is_same_v<std::ranges::range_value_t<decltype(lz::accumulate(std::declval<V&>(), std::plus<>{}, 0.5))>,
                             double>);
static_assert(std::is_same_v<std::ranges::range_value_t<decltype(lz::pairwise(std::declval<std::string&>()))>,
                             std::pair<char, char>>);
static_assert(std::ranges::forward_range<decltype(lz::pairwise(std::declval<V&>()))>);
static_assert(!std::ranges::forward_range<decltype(lz::pairwise(lz::iter(std::declval<V&>())))>);

TEST_CASE("accumulate puts initial first and then folds every element") {
  V v{1, 2, 3};
  CHECK(lz::to_vector(lz::accumulate(v, std::plus<>{}, 10)) == V{10, 11, 13, 16});
  CHECK(lz::to_vector(lz::accumulate(v)) == V{1, 3, 6});
  CHECK(lz::to_vector(lz::accumulate(V{}, std::plus<>{}, 10)) == V{10});
  CHECK(lz::to_vector(lz::accumulate(V{})).empty());
}

TEST_CASE("accumulate calls op(total, element) once per element after the first, in order") {
  std::vector<P> calls;
  auto op = [&](int total, int x) {
    calls.emplace_back(total, x);
    return total - x;
  };
  V v{10, 1, 2, 3};
  auto r = lz::accumulate(v, op);
  CHECK(calls.empty());  // lazy
  CHECK(lz::to_vector(r) == V{10, 9, 7, 4});
  CHECK(calls == std::vector<P>{{10, 1}, {9, 2}, {7, 3}});
  calls.clear();
  CHECK(lz::to_vector(v | lz::accumulate(op, 100)) == V{100, 90, 89, 87, 84});
  CHECK(calls.size() == 4);
}

TEST_CASE("accumulate's totals take initial's type") {
  const std::vector<double> halves{0.5, 1.5, 3.5};
  CHECK(lz::to_vector(lz::accumulate(V{1, 2}, std::plus<>{}, 0.5)) == halves);
  const std::vector<std::string> words{"", "a", "ab", "abc"};
  CHECK(lz::to_vector(lz::accumulate(std::string("abc"), std::plus<>{}, std::string())) == words);
}

TEST_CASE("accumulate with initial does not read the input before it is needed") {
  V v{1, 2, 3};
  auto it = lz::iter(v);
  auto r = lz::accumulate(it, std::plus<>{}, 100);
  auto pos = r.begin();
  CHECK(*pos == 100);
  CHECK(it.pulled() == 0);
  ++pos;
  CHECK(*pos == 101);
  CHECK(it.pulled() == 1);
}

TEST_CASE("accumulate reads a single-pass input once") {
  V v{3, 1, 4, 1, 5};
  auto it = lz::iter(v);
  CHECK(lz::to_vector(it | lz::accumulate([](int a, int b) { return a > b ? a : b; })) == V{3, 3, 4, 4, 5});
  CHECK(it.pulled() == 5);
}

TEST_CASE("r | accumulate, r | accumulate() and accumulate(r) agree") {
  V v{1, 2, 3};
  CHECK((v | lz::accumulate | lz::to_vector) == V{1, 3, 6});
  CHECK(lz::to_vector(v | lz::accumulate()) == V{1, 3, 6});
}

TEST_CASE("starmap unpacks pairs, tuples and arrays into the function's arguments") {
  std::vector<std::tuple<int, int, int>> triples{{1, 2, 3}, {4, 5, 6}};
  CHECK(lz::to_vector(lz::starmap([](int a, int b, int c) { return a * b + c; }, triples)) == V{5, 26});
  std::vector<std::array<int, 2>> arrays{{2, 3}, {4, 5}};
  CHECK(lz::to_vector(arrays | lz::starmap(std::multiplies<>{})) == V{6, 20});
  std::vector<std::tuple<>> empties(3);
  CHECK(lz::to_vector(lz::starmap([] { return 1; }, empties)) == V{1, 1, 1});
}

TEST_CASE("starmap calls the function once per element read, in order") {
  std::vector<P> args{{1, 2}, {3, 4}, {5, 6}};
  V seen;
  auto f = [&](int a, int b) {
    seen.push_back(a);
    return a + b;
  };
  auto r = lz::starmap(f, args);
  CHECK(seen.empty());
  CHECK(lz::to_vector(r) == V{3, 7, 11});
  CHECK(seen == V{1, 3, 5});
}

TEST_CASE("starmap passes references through when the function returns one") {
  std::vector<std::pair<int*, int>> cells;
  V v{1, 2};
  cells.emplace_back(&v[0], 0);
  cells.emplace_back(&v[1], 0);
  for (int& x : lz::starmap([](int* p, int) -> int& { return *p; }, cells)) x += 10;
  CHECK(v == V{11, 12});
}

TEST_CASE("pairwise gives overlapping pairs and nothing for fewer than two elements") {
  CHECK(lz::to_vector(lz::pairwise(V{1, 2, 3})) == std::vector<P>{{1, 2}, {2, 3}});
  CHECK(lz::to_vector(lz::pairwise(V{1})).empty());
  CHECK(lz::to_vector(lz::pairwise(V{})).empty());
}

TEST_CASE("pairwise reads each element of a single-pass input once") {
  V v{1, 2, 3, 4};
  auto it = lz::iter(v);
  auto r = it | lz::pairwise;
  auto pos = r.begin();
  CHECK(*pos == P{1, 2});
  CHECK(it.pulled() == 2);
  ++pos;
  CHECK(*pos == P{2, 3});
  CHECK(it.pulled() == 3);
  CHECK(lz::to_vector(lz::pairwise(lz::iter(v))) == std::vector<P>{{1, 2}, {2, 3}, {3, 4}});
}

TEST_CASE("pairwise iterators over a forward range are independent copies") {
  V v{1, 2, 3, 4};
  auto r = v | lz::pairwise();
  auto a = r.begin();
  auto b = a;
  ++a;
  CHECK(*b == P{1, 2});
  CHECK(*a == P{2, 3});
  CHECK(a != b);
  CHECK(std::ranges::distance(r) == 3);
}
