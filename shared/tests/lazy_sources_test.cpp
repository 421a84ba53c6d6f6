// wb/lazy/sources.hpp: count, repeat, cycle, iter and to_vector.
#include <doctest/doctest.h>

#include <cstddef>
#include <iterator>
#include <ranges>
#include <string>
#include <type_traits>
#include <vector>

#include "wb/lazy.hpp"

namespace lz = wb::lazy;

namespace {

using V = std::vector<int>;

}  // namespace

static_assert(std::ranges::forward_range<decltype(lz::count(1))>);
static_assert(std::ranges::view<decltype(lz::count(1))>);
static_assert(std::is_same_v<std::ranges::sentinel_t<decltype(lz::count(1))>, std::unreachable_sentinel_t>);
static_assert(std::is_same_v<std::ranges::range_value_t<decltype(lz::count(1, 0.5))>, double>);
static_assert(std::ranges::sized_range<decltype(lz::repeat(1, 3))>);
static_assert(std::ranges::common_range<decltype(lz::repeat(1, 3))>);
static_assert(std::ranges::forward_range<decltype(lz::cycle(std::declval<V&>()))>);
static_assert(std::ranges::input_range<decltype(lz::cycle(lz::iter(std::declval<V&>())))>);
static_assert(!std::ranges::forward_range<decltype(lz::iter(std::declval<V&>()))>);

TEST_CASE("count(1) | islice(10) gives 1 to 10") {
  CHECK(lz::to_vector(lz::count(1) | lz::islice(10)) == V{1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
  CHECK(lz::to_vector(lz::count() | lz::islice(3)) == V{0, 1, 2});
  CHECK(lz::to_vector(lz::count(5, -2) | lz::islice(4)) == V{5, 3, 1, -1});
}

TEST_CASE("count with a float step adds repeatedly, so it drifts exactly as CPython's does") {
  // list(islice(count(0.1, 0.1), 10)) in CPython 3.11; the seed notes that start + step * i
  // (the second list) is the more accurate spelling.
  const std::vector<double> python{0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6, 0.7,
                                   0.7999999999999999, 0.8999999999999999, 0.9999999999999999};
  CHECK(lz::to_vector(lz::count(0.1, 0.1) | lz::islice(10)) == python);
  std::vector<double> multiplied;
  for (int i : lz::count() | lz::islice(10)) multiplied.push_back(0.1 + 0.1 * i);
  CHECK(multiplied.back() == 1.0);
  CHECK(multiplied[6] == 0.7000000000000001);
}

TEST_CASE("count iterators are forward: a copy keeps its own position") {
  auto c = lz::count(10, 5);
  auto a = c.begin();
  auto b = a;
  ++a;
  ++a;
  CHECK(*a == 20);
  CHECK(*b == 10);
  CHECK(a != b);
  CHECK(std::next(b, 2) == a);
}

TEST_CASE("repeat(value, n) gives n references to one stored value") {
  auto r = lz::repeat(std::string("ab"), 3);
  CHECK(r.size() == 3);
  CHECK(lz::to_vector(r) == std::vector<std::string>{"ab", "ab", "ab"});
  const std::string* first = &*r.begin();
  for (const std::string& s : r) CHECK(&s == first);
  CHECK(lz::to_vector(lz::repeat(1, 0)).empty());
  CHECK(lz::to_vector(lz::repeat(1, -5)).empty());
  CHECK(lz::to_vector(lz::repeat(1, std::size_t{2})) == V{1, 1});
}

TEST_CASE("repeat(value) never ends and composes with islice and takewhile") {
  CHECK(lz::to_vector(lz::repeat(7) | lz::islice(4)) == V{7, 7, 7, 7});
  int calls = 0;
  auto first_three = lz::repeat(9) | lz::takewhile([&](int) { return ++calls <= 3; });
  CHECK(lz::to_vector(first_three) == V{9, 9, 9});
  CHECK(calls == 4);
}

TEST_CASE("cycle of an empty range is empty at once instead of looping forever") {
  V empty;
  auto c = lz::cycle(empty);
  CHECK(c.begin() == c.end());
  auto once = lz::cycle(lz::iter(empty));
  CHECK(once.begin() == once.end());
  CHECK(lz::to_vector(lz::cycle(V{}) | lz::islice(5)).empty());
}

TEST_CASE("cycle of a one-element range repeats it") {
  CHECK(lz::to_vector(lz::cycle(V{4}) | lz::islice(3)) == V{4, 4, 4});
  CHECK(lz::to_vector(lz::cycle(lz::iter(V{4})) | lz::islice(3)) == V{4, 4, 4});
}

TEST_CASE("cycle of a single-pass input reads each element once and replays saved copies") {
  V v{1, 2, 3};
  auto it = lz::iter(v);
  CHECK(lz::to_vector(it | lz::cycle | lz::islice(10)) == V{1, 2, 3, 1, 2, 3, 1, 2, 3, 1});
  CHECK(it.pulled() == 3);
}

TEST_CASE("cycle takes its input lazily, one element per element handed out") {
  V v{1, 2, 3, 4, 5};
  auto it = lz::iter(v);
  auto c = lz::cycle(it);
  CHECK(it.pulled() == 0);  // nothing until iteration
  auto pos = c.begin();
  CHECK(it.pulled() == 1);
  ++pos;
  CHECK(*pos == 2);
  CHECK(it.pulled() == 2);
}

TEST_CASE("cycle of a forward range walks the referenced range again, so changes show") {
  V v{1, 2};
  auto c = v | lz::cycle();
  auto pos = c.begin();
  CHECK(&*pos == &v[0]);
  v[1] = 20;
  CHECK(lz::to_vector(c | lz::islice(5)) == V{1, 20, 1, 20, 1});
  auto a = c.begin();
  auto b = std::next(a, 2);  // the same element one lap later
  CHECK(*a == *b);
  CHECK(a != b);
}

TEST_CASE("r | cycle, r | cycle() and cycle(r) agree") {
  const std::string s = "AB";
  CHECK(lz::to_vector(s | lz::cycle | lz::islice(5)) == std::vector<char>{'A', 'B', 'A', 'B', 'A'});
  CHECK(lz::to_vector(s | lz::cycle() | lz::islice(5)) == lz::to_vector(lz::cycle(s) | lz::islice(5)));
}

TEST_CASE("iter gives a one-shot view whose copies share the position, like a Python iterator") {
  V v{1, 2, 3, 4, 5};
  auto it = lz::iter(v);
  CHECK(it.pulled() == 0);
  auto copy = it;
  CHECK(*copy.begin() == 1);
  CHECK(*it.begin() == 2);  // the copy took 1
  CHECK(lz::to_vector(it) == V{3, 4, 5});
  CHECK(lz::to_vector(copy).empty());
  CHECK(it.pulled() == 5);
}

TEST_CASE("to_vector copies any input range, also after a pipe") {
  CHECK((V{3, 1, 2} | lz::to_vector) == V{3, 1, 2});
  CHECK(lz::to_vector(lz::iter(V{1, 2})) == V{1, 2});
  CHECK(lz::to_vector(lz::repeat('x', 2)) == std::vector<char>{'x', 'x'});
}
