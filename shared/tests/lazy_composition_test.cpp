// wb/lazy.hpp: pipes, composition, how inputs are kept (lvalues referenced, rvalues moved in),
// single-pass inputs and working beside std::views.
#include <doctest/doctest.h>

#include <functional>
#include <memory>
#include <ranges>
#include <sstream>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "wb/lazy.hpp"

namespace lz = wb::lazy;

namespace {

using V = std::vector<int>;

// A range that counts how often it is copied and moved.
struct counted_range {
  static inline int copies = 0;
  static inline int moves = 0;
  V v;
  explicit counted_range(V values) : v(std::move(values)) {}
  counted_range(const counted_range& other) : v(other.v) { ++copies; }
  counted_range(counted_range&& other) noexcept : v(std::move(other.v)) { ++moves; }
  counted_range& operator=(const counted_range& other) {
    v = other.v;
    ++copies;
    return *this;
  }
  counted_range& operator=(counted_range&& other) noexcept {
    v = std::move(other.v);
    ++moves;
    return *this;
  }
  auto begin() { return v.begin(); }
  auto end() { return v.end(); }
  auto begin() const { return v.begin(); }
  auto end() const { return v.end(); }
};

std::vector<std::unique_ptr<int>> boxes(std::initializer_list<int> values) {
  std::vector<std::unique_ptr<int>> out;
  for (int x : values) out.push_back(std::make_unique<int>(x));
  return out;
}

const auto lt5 = [](int x) { return x < 5; };

}  // namespace

// Every adaptor gives a view that is at least an input range.
template <class R>
constexpr bool input_view = std::ranges::view<R> && std::ranges::input_range<R>;
static_assert(input_view<decltype(lz::count(0))> && input_view<decltype(lz::repeat(1, 2))>);
static_assert(input_view<decltype(lz::cycle(std::declval<V&>()))> && input_view<decltype(lz::accumulate(std::declval<V&>()))>);
static_assert(input_view<decltype(lz::chain(std::declval<V&>(), std::declval<V&>()))>);
static_assert(input_view<decltype(lz::chain_from_iterable(std::declval<std::vector<V>&>()))>);
static_assert(input_view<decltype(lz::compress(std::declval<V&>(), std::declval<V&>()))>);
static_assert(input_view<decltype(lz::dropwhile(lt5, std::declval<V&>()))> && input_view<decltype(lz::takewhile(lt5, std::declval<V&>()))>);
static_assert(input_view<decltype(lz::filterfalse(lt5, std::declval<V&>()))> && input_view<decltype(lz::islice(std::declval<V&>(), 1))>);
static_assert(input_view<decltype(lz::groupby(std::declval<V&>()))> && input_view<decltype(lz::pairwise(std::declval<V&>()))>);
static_assert(input_view<decltype(lz::starmap(std::plus<>{}, std::declval<std::vector<std::pair<int, int>>&>()))>);
static_assert(input_view<std::remove_reference_t<decltype(lz::tee(std::declval<V&>(), 2)[0])>>);
static_assert(input_view<decltype(lz::zip_longest(0, std::declval<V&>(), std::declval<V&>()))>);
static_assert(input_view<decltype(lz::product(std::declval<V&>(), std::declval<V&>()))> && input_view<decltype(lz::product(std::declval<V&>(), 2))>);
static_assert(input_view<decltype(lz::permutations(std::declval<V&>()))> && input_view<decltype(lz::combinations(std::declval<V&>(), 2))>);
static_assert(input_view<decltype(lz::combinations_with_replacement(std::declval<V&>(), 2))>);

TEST_CASE("v | takewhile(pred) | islice(5) composes left to right") {
  V v{1, 2, 3, 4, 5, 6, 7, 1};
  CHECK(lz::to_vector(v | lz::takewhile([](int x) { return x < 7; }) | lz::islice(5)) == V{1, 2, 3, 4, 5});
  CHECK(lz::to_vector(v | lz::takewhile(lt5) | lz::islice(5)) == V{1, 2, 3, 4});
  CHECK(lz::to_vector(lz::count(1) | lz::islice(10) | lz::filterfalse([](int x) { return x % 3 != 0; })) == V{3, 6, 9});
}

TEST_CASE("pipes compose before they meet a range") {
  auto first_three_cycled = lz::cycle | lz::islice(3);
  CHECK(lz::to_vector(V{1, 2} | first_three_cycled) == V{1, 2, 1});
  CHECK(lz::to_vector(std::string("x") | first_three_cycled) == std::vector<char>{'x', 'x', 'x'});
  auto running_then_pairs = lz::accumulate() | lz::pairwise | lz::islice(2);
  CHECK(lz::to_vector(V{1, 2, 3, 4} | running_then_pairs) == std::vector<std::pair<int, int>>{{1, 3}, {3, 6}});
}

TEST_CASE("an lvalue input is referenced: same addresses, and later changes show through") {
  V v{1, 2, 3};
  auto taken = v | lz::islice(2);
  auto chained = lz::chain(v, v);
  CHECK(&*taken.begin() == v.data());
  CHECK(&*std::ranges::next(chained.begin(), 3) == v.data());
  v[0] = 10;
  CHECK(lz::to_vector(taken) == V{10, 2});
  CHECK(lz::to_vector(lz::accumulate(v)) == V{10, 12, 15});
}

TEST_CASE("an lvalue input is never copied or moved, an rvalue is moved in and never copied") {
  counted_range::copies = counted_range::moves = 0;
  counted_range kept(V{1, 2, 3});
  auto a = kept | lz::takewhile(lt5);
  auto b = lz::chain(kept, kept);
  auto c = lz::permutations(kept, 2);
  CHECK(lz::to_vector(a) == V{1, 2, 3});
  CHECK(lz::to_vector(b).size() == 6);
  CHECK(lz::to_vector(c).size() == 6);
  CHECK(counted_range::copies == 0);
  CHECK(counted_range::moves == 0);
  auto d = counted_range(V{4, 5}) | lz::islice(1);
  auto e = lz::cycle(counted_range(V{6}));
  CHECK(lz::to_vector(d) == V{4});
  CHECK(*e.begin() == 6);
  CHECK(counted_range::copies == 0);
  CHECK(counted_range::moves >= 2);
}

TEST_CASE("a range of move-only elements can be moved in and read through references") {
  auto small = boxes({1, 2, 9, 3}) | lz::takewhile([](const std::unique_ptr<int>& p) { return *p < 5; });
  int sum = 0;
  for (const auto& p : small) sum += *p;
  CHECK(sum == 3);
  auto both = lz::chain(boxes({1}), boxes({2, 3})) | lz::islice(1, 3);
  V seen;
  for (auto& p : both) seen.push_back(*p);
  CHECK(seen == V{2, 3});
}

TEST_CASE("a view over a temporary owns it and outlives the full expression") {
  auto make = [] { return V{5, 6, 7, 8}; };
  auto r = lz::islice(make(), 1, 3);
  auto g = lz::groupby(make(), [](int x) { return x / 2; });
  CHECK(lz::to_vector(r) == V{6, 7});
  int groups = 0;
  for (auto&& kg : g) groups += static_cast<int>(lz::to_vector(kg.second).size());
  CHECK(groups == 4);
}

TEST_CASE("a second loop over a single-pass view continues where the first stopped") {
  const std::string s = "aabbbc";
  auto g = lz::groupby(lz::iter(s));
  for (auto&& kg : g) {
    CHECK(kg.first == 'a');
    break;
  }
  std::string keys;
  for (auto&& kg : g) keys += kg.first;
  CHECK(keys == "bc");
  auto child = lz::tee(s, 2)[0];
  CHECK(lz::to_vector(child | lz::islice(2)) == std::vector<char>{'a', 'a'});
  CHECK(lz::to_vector(child | lz::islice(2)) == std::vector<char>{'b', 'b'});
  auto flat = lz::chain_from_iterable(std::vector<std::string>{"ab", "cd"});
  CHECK(lz::to_vector(flat | lz::islice(3)) == std::vector<char>{'a', 'b', 'c'});
  CHECK(lz::to_vector(flat) == std::vector<char>{'d'});
}

#if !WB_LAZY_STD_VIEWS_BROKEN

TEST_CASE("std::views::istream is a single-pass input that islice reads no further than CPython") {
  std::istringstream in("1 2 3 4 5 6");
  auto numbers = std::views::istream<int>(in);
  CHECK(lz::to_vector(numbers | lz::islice(1, 3)) == V{2, 3});
  int next = 0;
  in >> next;
  CHECK(next == 4);
}

TEST_CASE("the single-pass adaptors accept std::views::istream") {
  std::istringstream a("1 1 2 3 3 3"), b("1 2 3"), c("4 1 7 2"), d("5 6 7");
  CHECK(lz::to_vector(std::views::istream<int>(a) | lz::groupby | std::views::keys) == V{1, 2, 3});
  CHECK(lz::to_vector(std::views::istream<int>(b) | lz::accumulate(std::plus<>{}, 10)) == V{10, 11, 13, 16});
  CHECK(lz::to_vector(std::views::istream<int>(c) | lz::dropwhile(lt5)) == V{7, 2});
  auto kids = lz::tee(std::views::istream<int>(d), 2);
  CHECK(lz::to_vector(kids[1]) == V{5, 6, 7});
  CHECK(lz::to_vector(kids[0] | lz::pairwise).size() == 2);
}

TEST_CASE("std::views compose with wb::lazy views on either side") {
  auto squares = lz::count(1) | std::views::transform([](int x) { return x * x; }) | lz::takewhile([](int x) { return x < 30; });
  CHECK(lz::to_vector(squares) == V{1, 4, 9, 16, 25});
  auto evens = std::views::iota(0, 10) | std::views::filter([](int x) { return x % 2 == 0; });
  CHECK(lz::to_vector(lz::pairwise(evens) | std::views::elements<1>) == V{2, 4, 6, 8});
  CHECK(lz::to_vector(lz::repeat(3) | std::views::take(2)) == V{3, 3});
}

TEST_CASE("std::views::common turns a view into an iterator pair for older APIs") {
  V v{1, 4, 6, 4, 1};
  auto common = v | lz::takewhile(lt5) | std::views::common;
  const V copied(common.begin(), common.end());
  CHECK(copied == V{1, 4});
}

#endif  // !WB_LAZY_STD_VIEWS_BROKEN
