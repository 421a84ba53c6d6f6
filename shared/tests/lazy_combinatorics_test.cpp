// wb/lazy/combinatorics.hpp: product, permutations, combinations and
// combinations_with_replacement, against eager references written here in other ways.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <random>
#include <ranges>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "wb/lazy.hpp"

namespace lz = wb::lazy;

namespace {

using V = std::vector<int>;
using VV = std::vector<V>;

std::size_t factorial(std::size_t n) { return n == 0 ? 1 : n * factorial(n - 1); }
std::size_t choose(std::size_t n, std::size_t k) {
  if (k > n) return 0;
  std::size_t out = 1;
  for (std::size_t i = 1; i <= k; ++i) out = out * (n - k + i) / i;
  return out;
}
std::size_t power(std::size_t n, std::size_t k) { return k == 0 ? 1 : n * power(n, k - 1); }

V pick(const V& pool, const std::vector<std::size_t>& idx) {
  V out;
  for (std::size_t i : idx) out.push_back(pool[i]);
  return out;
}

// Every k-tuple of positions, the last one turning fastest (nested loops, by recursion).
void all_tuples(std::size_t n, std::size_t k, std::vector<std::size_t>& cur,
                std::vector<std::vector<std::size_t>>& out) {
  if (cur.size() == k) {
    out.push_back(cur);
    return;
  }
  for (std::size_t i = 0; i < n; ++i) {
    cur.push_back(i);
    all_tuples(n, k, cur, out);
    cur.pop_back();
  }
}

VV product_ref(const V& pool, std::size_t k) {
  std::vector<std::vector<std::size_t>> tuples;
  std::vector<std::size_t> cur;
  all_tuples(pool.size(), k, cur, tuples);
  VV out;
  for (const auto& t : tuples) out.push_back(pick(pool, t));
  return out;
}

// k-prefixes of the full permutations of the positions (std::next_permutation walks them in
// lexicographic order, so equal prefixes are adjacent).
VV permutations_ref(const V& pool, std::size_t k) {
  VV out;
  if (k > pool.size()) return out;
  std::vector<std::size_t> idx(pool.size());
  for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::vector<std::size_t> last;
  bool first = true;
  do {
    std::vector<std::size_t> prefix(idx.begin(), idx.begin() + static_cast<std::ptrdiff_t>(k));
    if (first || prefix != last) out.push_back(pick(pool, prefix));
    last = prefix;
    first = false;
  } while (std::next_permutation(idx.begin(), idx.end()));
  return out;
}

// A selection mask with k leading trues walked by std::prev_permutation: lexicographic order.
VV combinations_ref(const V& pool, std::size_t k) {
  VV out;
  if (k > pool.size()) return out;
  std::vector<bool> mask(pool.size(), false);
  std::fill(mask.begin(), mask.begin() + static_cast<std::ptrdiff_t>(k), true);
  do {
    std::vector<std::size_t> idx;
    for (std::size_t i = 0; i < mask.size(); ++i)
      if (mask[i]) idx.push_back(i);
    out.push_back(pick(pool, idx));
  } while (std::prev_permutation(mask.begin(), mask.end()));
  return out;
}

// The product's position tuples that never decrease (the docs' second definition).
VV combinations_with_replacement_ref(const V& pool, std::size_t k) {
  std::vector<std::vector<std::size_t>> tuples;
  std::vector<std::size_t> cur;
  all_tuples(pool.size(), k, cur, tuples);
  VV out;
  for (const auto& t : tuples)
    if (std::is_sorted(t.begin(), t.end())) out.push_back(pick(pool, t));
  return out;
}

V random_pool(std::mt19937& rng, std::size_t n) {
  std::uniform_int_distribution<int> value(0, 3);  // small values: plenty of duplicates
  V pool;
  for (std::size_t i = 0; i < n; ++i) pool.push_back(value(rng));
  return pool;
}

}  // namespace

static_assert(std::ranges::forward_range<decltype(lz::permutations(std::declval<V&>(), 2))>);
static_assert(std::ranges::forward_range<decltype(lz::product(std::declval<V&>(), std::declval<std::string&>()))>);
static_assert(std::is_same_v<std::ranges::range_value_t<decltype(lz::combinations(std::declval<std::string&>(), 2))>,
                             std::vector<char>>);
static_assert(std::is_same_v<std::ranges::range_value_t<decltype(lz::product(std::declval<V&>(), std::declval<std::string&>()))>,
                             std::pair<int, char>>);

TEST_CASE("combinatorics match eager references on random inputs with duplicates") {
  std::mt19937 rng(20240601);
  for (int round = 0; round < 200; ++round) {
    const std::size_t n = rng() % 7;
    const std::size_t k = rng() % 8;
    const V pool = random_pool(rng, n);
    CAPTURE(n);
    CAPTURE(k);
    const VV prod = lz::to_vector(lz::product(pool, k));
    const VV perm = lz::to_vector(lz::permutations(pool, k));
    const VV comb = lz::to_vector(lz::combinations(pool, k));
    const VV cwr = lz::to_vector(lz::combinations_with_replacement(pool, k));
    if (k <= 4) CHECK(prod == product_ref(pool, k));
    CHECK(perm == permutations_ref(pool, k));
    CHECK(comb == combinations_ref(pool, k));
    if (k <= 5) CHECK(cwr == combinations_with_replacement_ref(pool, k));
    CHECK(prod.size() == power(n, k));
    CHECK(perm.size() == (k <= n ? factorial(n) / factorial(n - k) : 0));
    CHECK(comb.size() == choose(n, k));
    CHECK(cwr.size() == (n == 0 ? (k == 0 ? 1 : 0) : choose(n + k - 1, k)));
  }
}

TEST_CASE("permutations(r) is permutations(r, n), and product(r1, r2) pairs like product(r, 2)") {
  std::mt19937 rng(7);
  for (int round = 0; round < 30; ++round) {
    const V a = random_pool(rng, rng() % 6);
    const V b = random_pool(rng, rng() % 6);
    CHECK(lz::to_vector(lz::permutations(a)) == lz::to_vector(lz::permutations(a, a.size())));
    VV pairs;
    for (auto [x, y] : lz::product(a, b)) pairs.push_back(V{x, y});
    VV expected;
    for (int x : a)
      for (int y : b) expected.push_back(V{x, y});
    CHECK(pairs == expected);
  }
}

TEST_CASE("k > n gives nothing and k = 0 gives one empty result") {
  const V v{1, 2};
  CHECK(lz::to_vector(lz::permutations(v, 3)).empty());
  CHECK(lz::to_vector(lz::combinations(v, 3)).empty());
  CHECK(lz::to_vector(lz::combinations_with_replacement(v, 3)).size() == 4);
  for (const VV& zero : {lz::to_vector(lz::permutations(v, 0)), lz::to_vector(lz::combinations(v, 0)),
                         lz::to_vector(lz::combinations_with_replacement(v, 0)), lz::to_vector(lz::product(v, 0))}) {
    CHECK(zero == VV{V{}});
  }
}

TEST_CASE("combinations keep pool order; with replacement they never decrease") {
  const V v{0, 1, 2, 3, 4};
  for (const V& c : lz::combinations(v, 3)) CHECK(std::is_sorted(c.begin(), c.end()));
  for (const V& c : lz::combinations(v, 3)) CHECK(std::adjacent_find(c.begin(), c.end()) == c.end());
  for (const V& c : lz::combinations_with_replacement(v, 3)) CHECK(std::is_sorted(c.begin(), c.end()));
  const VV all = lz::to_vector(lz::combinations_with_replacement(v, 2));
  CHECK(std::is_sorted(all.begin(), all.end()));
  CHECK(all.front() == V{0, 0});
  CHECK(all.back() == V{4, 4});
}

TEST_CASE("permutations come in lexicographic order of positions, each position once") {
  const V v{0, 1, 2, 3};
  const VV all = lz::to_vector(v | lz::permutations(3));
  CHECK(std::is_sorted(all.begin(), all.end()));
  CHECK(std::adjacent_find(all.begin(), all.end()) == all.end());
  for (V p : all) {
    std::sort(p.begin(), p.end());
    CHECK(std::adjacent_find(p.begin(), p.end()) == p.end());
  }
}

TEST_CASE("the combinatoric views read nothing until iterated, then copy the input once") {
  V v{1, 2, 3};
  auto it = lz::iter(v);
  auto perms = lz::permutations(it, 2);
  CHECK(it.pulled() == 0);
  auto pos = perms.begin();
  CHECK(it.pulled() == 3);
  CHECK(*pos == V{1, 2});
  CHECK(std::ranges::distance(pos, perms.end()) == 6);
}

TEST_CASE("an lvalue input is referenced: a change before iterating shows through") {
  V v{1, 2};
  auto combos = lz::combinations(v, 2);
  v.push_back(3);
  CHECK(lz::to_vector(combos) == VV{{1, 2}, {1, 3}, {2, 3}});
  std::string s = "ab";
  auto pairs = lz::product(s, V{0});
  s[1] = 'z';
  CHECK(lz::to_vector(pairs) == std::vector<std::pair<char, int>>{{'a', 0}, {'z', 0}});
}

TEST_CASE("combinatoric iterators are forward: copies walk independently") {
  const std::string s = "ABC";
  auto r = lz::combinations(s, 2);
  auto a = r.begin();
  auto b = a;
  ++a;
  CHECK(*b == std::vector<char>{'A', 'B'});
  CHECK(*a == std::vector<char>{'A', 'C'});
  CHECK(a != b);
  CHECK(std::ranges::next(b) == a);
  CHECK(lz::to_vector(r) == lz::to_vector(r));  // a forward view can be walked twice
}

TEST_CASE("a negative k or repeat throws std::invalid_argument") {
  const V v{1, 2};
  CHECK_THROWS_AS(lz::permutations(v, -1), std::invalid_argument);
  CHECK_THROWS_AS(lz::combinations(v, -1), std::invalid_argument);
  CHECK_THROWS_AS(lz::combinations_with_replacement(-2), std::invalid_argument);
  CHECK_THROWS_AS(lz::product(v, -1), std::invalid_argument);
}
