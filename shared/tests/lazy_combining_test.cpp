// wb/lazy/combining.hpp: chain, chain_from_iterable and zip_longest.
#include <doctest/doctest.h>

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
using C = std::pair<char, char>;

}  // namespace

static_assert(std::ranges::forward_range<decltype(lz::chain(std::declval<V&>(), std::declval<V&>()))>);
static_assert(!std::ranges::forward_range<decltype(lz::chain(std::declval<V&>(), lz::iter(std::declval<V&>())))>);
static_assert(std::is_same_v<std::ranges::range_reference_t<decltype(lz::chain(std::declval<V&>(), std::declval<V&>()))>,
                             int&>);
static_assert(std::is_same_v<std::ranges::range_value_t<decltype(lz::chain(std::declval<V&>(),
                                                                           std::declval<std::vector<long>&>()))>,
                             long>);
static_assert(std::is_same_v<std::ranges::range_value_t<decltype(lz::zip_longest(0, std::declval<V&>(),
                                                                                 std::declval<std::vector<double>&>()))>,
                             std::pair<double, double>>);
static_assert(std::ranges::forward_range<decltype(lz::zip_longest(0, std::declval<V&>(), std::declval<V&>()))>);

TEST_CASE("chain gives each input's elements in turn and skips empty inputs") {
  CHECK(lz::to_vector(lz::chain(V{1, 2}, V{}, V{3}, V{}, V{4, 5})) == V{1, 2, 3, 4, 5});
  CHECK(lz::to_vector(lz::chain(V{}, V{})).empty());
  CHECK(lz::to_vector(lz::chain(V{7})) == V{7});
}

TEST_CASE("chain begins an input only when the one before it is exhausted") {
  V a{1, 2};
  V b{3, 4};
  auto ia = lz::iter(a);
  auto ib = lz::iter(b);
  auto r = lz::chain(ia, ib);
  auto pos = r.begin();
  CHECK(*pos == 1);
  ++pos;
  CHECK(*pos == 2);
  CHECK(ib.pulled() == 0);
  ++pos;
  CHECK(*pos == 3);
  CHECK(ia.pulled() == 2);
  CHECK(ib.pulled() == 1);
}

TEST_CASE("chain hands out references into lvalue inputs") {
  V a{1, 2};
  V b{3};
  for (int& x : lz::chain(a, b)) x *= 10;
  CHECK(a == V{10, 20});
  CHECK(b == V{30});
  auto r = lz::chain(a, b);
  CHECK(&*std::ranges::next(r.begin(), 2) == &b[0]);
}

TEST_CASE("chain mixes element types through their common type") {
  V ints{1, 2};
  std::vector<long> longs{3000000000L};
  const std::vector<long> expected{1, 2, 3000000000L};
  CHECK(lz::to_vector(lz::chain(ints, longs)) == expected);
}

TEST_CASE("chain's forward iterators can be copied and compared") {
  V a{1};
  V b{2, 3};
  auto r = lz::chain(a, b);
  auto x = r.begin();
  auto y = x;
  ++x;
  CHECK(*y == 1);
  CHECK(*x == 2);
  CHECK(std::ranges::distance(r) == 3);
  CHECK(std::ranges::next(y) == x);
}

TEST_CASE("chain_from_iterable flattens ranges and skips empty ones") {
  std::vector<V> nested{{1, 2}, {}, {3}, {}, {}};
  CHECK(lz::to_vector(lz::chain_from_iterable(nested)) == V{1, 2, 3});
  CHECK(lz::to_vector(std::vector<V>{} | lz::chain_from_iterable).empty());
  for (int& x : lz::chain_from_iterable(nested)) x = -x;
  CHECK(nested[0] == V{-1, -2});
}

TEST_CASE("chain_from_iterable takes an inner range from the outer one only when needed") {
  // The inner ranges are made on demand (prvalues), one per outer element read.
  V made;
  std::vector<std::tuple<int>> args{{2}, {0}, {1}, {3}};
  auto flat = lz::chain_from_iterable(lz::iter(args) | lz::starmap([&](int n) {
    made.push_back(n);
    return std::string(static_cast<std::size_t>(n), static_cast<char>('a' + n));
  }));
  CHECK(made.empty());
  auto pos = flat.begin();
  CHECK(*pos == 'c');
  CHECK(made == V{2});
  ++pos;
  ++pos;
  CHECK(*pos == 'b');
  CHECK(made == V{2, 0, 1});
  std::string rest;
  for (; pos != flat.end(); ++pos) rest += *pos;
  CHECK(rest == "bddd");
  CHECK(made == V{2, 0, 1, 3});
}

TEST_CASE("zip_longest pads the shorter input and runs to the end of the longer") {
  const std::string ab = "ab";
  const std::string wxyz = "wxyz";
  CHECK(lz::to_vector(lz::zip_longest('-', ab, wxyz)) == std::vector<C>{{'a', 'w'}, {'b', 'x'}, {'-', 'y'}, {'-', 'z'}});
  CHECK(lz::to_vector(lz::zip_longest('-', wxyz, ab)) == std::vector<C>{{'w', 'a'}, {'x', 'b'}, {'y', '-'}, {'z', '-'}});
  CHECK(lz::to_vector(lz::zip_longest(0, V{}, V{})).empty());
  CHECK(lz::to_vector(lz::zip_longest(0, V{1, 2}, V{3, 4})) == std::vector<P>{{1, 3}, {2, 4}});
}

TEST_CASE("zip_longest converts both sides and fill to their common type") {
  const std::vector<std::pair<double, double>> expected{{1.0, 0.5}, {2.0, -1.0}};
  CHECK(lz::to_vector(lz::zip_longest(-1, V{1, 2}, std::vector<double>{0.5})) == expected);
  const std::vector<std::pair<std::string, std::string>> words{{"a", "b"}, {"c", "?"}};
  CHECK(lz::to_vector(lz::zip_longest("?", std::vector<std::string>{"a", "c"}, std::vector<std::string>{"b"})) == words);
}

TEST_CASE("zip_longest stops reading an input once it is exhausted") {
  V a{1};
  V b{1, 2, 3};
  auto ia = lz::iter(a);
  auto ib = lz::iter(b);
  CHECK(lz::to_vector(lz::zip_longest(0, ia, ib)) == std::vector<P>{{1, 1}, {0, 2}, {0, 3}});
  CHECK(ia.pulled() == 1);
  CHECK(ib.pulled() == 3);
}

TEST_CASE("zip_longest with an infinite input composes with islice") {
  CHECK(lz::to_vector(lz::zip_longest(0, V{5, 6}, lz::count(1)) | lz::islice(3)) == std::vector<P>{{5, 1}, {6, 2}, {0, 3}});
}
