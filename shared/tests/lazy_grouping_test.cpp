// wb/lazy/grouping.hpp: groupby and tee.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <ranges>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "wb/lazy.hpp"

namespace lz = wb::lazy;

namespace {

using V = std::vector<int>;

// Counts how many objects of this type are alive, to watch tee's buffer.
struct tracked {
  static inline int alive = 0;
  int value = 0;
  explicit tracked(int v) : value(v) { ++alive; }
  tracked(const tracked& other) : value(other.value) { ++alive; }
  tracked& operator=(const tracked&) = default;
  ~tracked() { --alive; }
};

// The keys of r's groups, and the groups' elements, read in order.
template <class R>
std::pair<std::string, std::vector<std::string>> read_groups(R&& r) {
  std::pair<std::string, std::vector<std::string>> out;
  for (auto&& [key, group] : r) {
    out.first += key;
    out.second.emplace_back();
    for (char c : group) out.second.back() += c;
  }
  return out;
}

}  // namespace

static_assert(std::ranges::input_range<decltype(lz::groupby(std::declval<std::string&>()))>);
static_assert(std::ranges::view<decltype(lz::groupby(std::declval<std::string&>()))>);
static_assert(std::ranges::input_range<decltype(lz::tee(std::declval<V&>(), 2)[0])>);

TEST_CASE("groupby calls key once per element, in order, even for groups never read") {
  V v{1, 2, 4, 5, 7, 8};
  V seen;
  auto key = [&](int x) {
    seen.push_back(x);
    return x / 3;
  };
  auto g = lz::groupby(v, key);
  CHECK(seen.empty());
  V keys;
  for (auto&& kg : g) keys.push_back(kg.first);
  CHECK(keys == V{0, 1, 2});
  CHECK(seen == v);
}

TEST_CASE("groupby reads each group's elements once, also when groups are read") {
  V v{1, 1, 2, 3, 3};
  int calls = 0;
  V all;
  for (auto&& [k, grp] : lz::groupby(v, [&](int x) {
         ++calls;
         return x;
       })) {
    for (int x : grp) all.push_back(x);
  }
  CHECK(all == v);
  CHECK(calls == 5);
}

TEST_CASE("groupby starts a new group whenever the key changes, never merging runs") {
  auto [keys, groups] = read_groups(std::string("AABAA") | lz::groupby());
  CHECK(keys == "ABA");
  CHECK(groups == std::vector<std::string>{"AA", "B", "AA"});
  auto [k2, g2] = read_groups(lz::groupby(std::string("abAB"), [](char c) { return c >= 'a'; }));
  CHECK(k2.size() == 2);
  CHECK(g2 == std::vector<std::string>{"ab", "AB"});
}

TEST_CASE("a group is empty once the groupby iterator has moved past it") {
  const std::string s = "AAABBC";
  auto g = lz::groupby(s);
  auto it = g.begin();
  auto first = (*it).second;
  ++it;
  CHECK((*it).first == 'B');
  CHECK(lz::to_vector(first).empty());
  CHECK(lz::to_vector((*it).second) == std::vector<char>{'B', 'B'});
}

TEST_CASE("a partly read group is skipped to its end when the groupby moves on") {
  const std::string s = "AAABBC";
  std::string firsts;
  for (auto&& [k, grp] : s | lz::groupby) {
    auto pos = grp.begin();
    firsts += *pos;
    firsts += k;
  }
  CHECK(firsts == "AABBCC");
}

TEST_CASE("groupby works on a single-pass input and reads it once") {
  const std::string s = "xxyzz";
  auto it = lz::iter(s);
  auto [keys, groups] = read_groups(lz::groupby(it));
  CHECK(keys == "xyz");
  CHECK(groups == std::vector<std::string>{"xx", "y", "zz"});
  CHECK(it.pulled() == 5);
}

TEST_CASE("groupby(r), r | groupby and r | groupby() agree; groupby(r, key) and r | groupby(key) too") {
  const std::string s = "aabccc";
  CHECK(read_groups(lz::groupby(s)) == read_groups(s | lz::groupby));
  CHECK(read_groups(s | lz::groupby()) == read_groups(s | lz::groupby));
  auto upper = [](char c) { return static_cast<char>(c - 32); };
  auto [keys, groups] = read_groups(s | lz::groupby(upper));
  CHECK(keys == "ABC");
  CHECK(read_groups(lz::groupby(s, upper)).second == groups);
}

TEST_CASE("tee gives children with independent positions") {
  V v{1, 2, 3, 4};
  auto children = lz::tee(v, 2);
  REQUIRE(children.size() == 2);
  CHECK(lz::to_vector(children[0] | lz::islice(3)) == V{1, 2, 3});
  CHECK(lz::to_vector(children[1]) == V{1, 2, 3, 4});
  CHECK(lz::to_vector(children[0]) == V{4});
}

TEST_CASE("tee children read alternately see the same sequence") {
  auto children = lz::tee(lz::iter(V{1, 2, 3}), 3);
  auto a = children[0].begin();
  auto b = children[1].begin();
  V seen;
  for (int i = 0; i < 3; ++i) {
    seen.push_back(*a);
    seen.push_back(*b);
    ++a;
    ++b;
  }
  CHECK(seen == V{1, 1, 2, 2, 3, 3});
  CHECK(a == children[0].end());
  CHECK(lz::to_vector(children[2]) == V{1, 2, 3});
}

TEST_CASE("tee reads its input once however many children read it") {
  V v{5, 6, 7};
  auto it = lz::iter(v);
  auto children = lz::tee(it, 3);
  CHECK(it.pulled() == 0);
  for (auto& child : children) CHECK(lz::to_vector(child) == v);
  CHECK(it.pulled() == 3);
}

TEST_CASE("tee's buffer stays small when the children advance together") {
  auto source = lz::count(0) | lz::islice(1000);
  auto children = lz::tee(source, 2);
  auto a = children[0].begin();
  auto b = children[1].begin();
  std::size_t most = 0;
  long sum = 0;
  for (; a != children[0].end(); ++a, ++b) {
    sum += *a - *b;
    most = std::max(most, children[0].buffered());
  }
  CHECK(sum == 0);
  CHECK(b == children[1].end());
  CHECK(most <= 2);
  CHECK(children[0].buffered() == 0);
}

TEST_CASE("tee frees an element once every child has passed it") {
  std::vector<std::tuple<int>> args;
  for (int i = 0; i < 100; ++i) args.emplace_back(i);
  const int before = tracked::alive;
  {
    auto made = lz::starmap([](int i) { return tracked(i); }, args);
    auto children = lz::tee(made, 2);
    auto a = children[0].begin();
    auto b = children[1].begin();
    int most = 0;
    for (; a != children[0].end(); ++a, ++b) most = std::max(most, tracked::alive - before);
    CHECK(most <= 2);
    auto ahead = lz::tee(made, 2);
    for (auto&& x : ahead[0] | lz::islice(50)) (void)x;
    CHECK(ahead[0].buffered() == 50);  // the other child still needs all of them
    CHECK(tracked::alive - before >= 50);
  }
  CHECK(tracked::alive == before);
}

TEST_CASE("tee(r, 0) gives no children, tee(r) two, and a negative n throws") {
  V v{1};
  CHECK(lz::tee(v, 0).empty());
  CHECK(lz::tee(v).size() == 2);
  CHECK((v | lz::tee(3)).size() == 3);
  CHECK_THROWS_AS(lz::tee(v, -1), std::invalid_argument);
}
