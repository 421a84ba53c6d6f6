// ch05.7 itertools_combining: correctness. Expected values come from the seed's worked examples
// (seed 001, the itertools tour; lazy_reference.py reproduces them with CPython) and from
// wb::lazy, the workbook's reference itertools, on many small random inputs; never from a
// solution. The inputs are counting generators, so the tests also see how many elements each
// adaptor reads. Every test case runs the code under test outside CHECK first, so that a stub's
// not_implemented ends the test case.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "itertools_combining.hpp"
#include "wb/lazy.hpp"

namespace impl = ch05::itertools_combining::WB_TESTED;  // exercise, baseline or solution: the build decides
namespace lz = wb::lazy;
using ch05::itertools_combining::Group;

namespace {

using I = std::vector<int>;
using P = std::vector<std::pair<int, int>>;
using S = std::vector<std::string>;

// Hands out v's elements one at a time; *pulled counts how many were read.
wb::generator<int> from(I v, std::size_t* pulled = nullptr) {
  for (int x : v) {
    if (pulled) ++*pulled;
    co_yield x;
  }
}

// 0, 1, 2, ... without end; *pulled counts how many were read.
wb::generator<int> naturals(std::size_t* pulled) {
  for (int x = 0;; ++x) {
    ++*pulled;
    co_yield x;
  }
}

// The first n values of g: reads exactly n of them (none for n = 0).
template <class T>
std::vector<T> take(wb::generator<T> g, std::size_t n) {
  std::vector<T> out;
  if (n == 0) return out;
  for (const T& x : g) {
    out.push_back(x);
    if (out.size() == n) break;
  }
  return out;
}

template <class T>
std::vector<T> all(wb::generator<T> g) {
  std::vector<T> out;
  for (const T& x : g) out.push_back(x);
  return out;
}

I letters(const std::string& s) { return I(s.begin(), s.end()); }
std::string word(const I& v) { return std::string(v.begin(), v.end()); }
S pair_words(const P& pairs) {
  S out;
  for (auto [a, b] : pairs) out.push_back(std::string{static_cast<char>(a), static_cast<char>(b)});
  return out;
}
S words(const std::vector<I>& vs) {
  S out;
  for (const I& v : vs) out.push_back(word(v));
  return out;
}
I range(int n) {
  I out;
  for (int i = 0; i < n; ++i) out.push_back(i);
  return out;
}
int identity(int x) { return x; }

I random_input(std::mt19937& rng, std::size_t max_size) {
  I v(std::uniform_int_distribution<std::size_t>(0, max_size)(rng));
  for (int& x : v) x = std::uniform_int_distribution<int>(0, 3)(rng);
  return v;
}

// wb::lazy's groupby, each group stored as a list.
std::vector<Group> reference_groups(const I& v, const std::function<int(int)>& key) {
  std::vector<Group> out;
  for (auto&& [k, g] : lz::groupby(v, key)) out.push_back(Group{k, lz::to_vector(g)});
  return out;
}

}  // namespace

TEST_CASE("step 1: groupby: the seed's 'AAAABBBCCDAABBB' keys and 'AAAABBBCCD' groups") {
  const std::vector<Group> runs = all(impl::groupby(from(letters("AAAABBBCCDAABBB")), identity));
  std::string keys;
  for (const Group& g : runs) keys += static_cast<char>(g.key);
  CHECK(keys == "ABCDAB");
  S groups;
  for (const Group& g : all(impl::groupby(from(letters("AAAABBBCCD")), identity))) groups.push_back(word(g.items));
  CHECK(groups == S{"AAAA", "BBB", "CC", "D"});
  CHECK(all(impl::groupby(from(I{}), identity)).empty());
  CHECK(all(impl::groupby(from(I{5}), identity)) == std::vector<Group>{{5, {5}}});
}

TEST_CASE("step 1: groupby with a key: the seed's sort-then-group by length, numbers for words") {
  // The seed groups ["ccc", "a", "bb", "dd", "e", "fff"] by len after sorting by len; here the
  // words are numbers and their length is their count of decimal digits.
  auto digits = [](int x) { return static_cast<int>(std::to_string(x).size()); };
  I data{100, 1, 22, 33, 5, 444};
  std::stable_sort(data.begin(), data.end(), [&](int a, int b) { return digits(a) < digits(b); });
  const std::vector<Group> groups = all(impl::groupby(from(data), digits));
  CHECK(groups == std::vector<Group>{{1, {1, 5}}, {2, {22, 33}}, {3, {100, 444}}});
  // Unsorted, equal keys that are not neighbours make separate groups (Unix uniq, not SQL GROUP BY).
  CHECK(all(impl::groupby(from(I{100, 1, 22, 33, 5, 444}), digits)) ==
        std::vector<Group>{{3, {100}}, {1, {1}}, {2, {22, 33}}, {1, {5}}, {3, {444}}});
}

TEST_CASE("step 1: groupby calls key once per element, in order, and reads one element past a group") {
  std::size_t pulled = 0;
  I calls;
  auto third = [&calls](int x) {
    calls.push_back(x);
    return x / 3;
  };
  const std::vector<Group> two = take(impl::groupby(naturals(&pulled), third), 2);
  CHECK(two == std::vector<Group>{{0, {0, 1, 2}}, {1, {3, 4, 5}}});
  CHECK(pulled == 7);  // 6 is read to learn that the second group has ended
  CHECK(calls == I{0, 1, 2, 3, 4, 5, 6});
}

TEST_CASE("step 1: groupby agrees with wb::lazy on random inputs and keys") {
  std::mt19937 rng(71);
  const std::vector<std::function<int(int)>> keys = {identity, [](int x) { return x / 2; },
                                                     [](int x) { return x % 2; }, [](int) { return 7; }};
  for (int trial = 0; trial < 400; ++trial) {
    const I v = random_input(rng, 10);
    const auto& key = keys[static_cast<std::size_t>(trial) % keys.size()];
    CAPTURE(trial);
    const std::vector<Group> got = all(impl::groupby(from(v), key));
    REQUIRE(got == reference_groups(v, key));
  }
}

TEST_CASE("step 2: pairwise: the seed's pairwise('ABCDEFG'); fewer than 2 elements give nothing") {
  const S got = pair_words(all(impl::pairwise(from(letters("ABCDEFG")))));
  CHECK(got == S{"AB", "BC", "CD", "DE", "EF", "FG"});
  CHECK(all(impl::pairwise(from(I{}))).empty());
  CHECK(all(impl::pairwise(from(I{1}))).empty());
  CHECK(all(impl::pairwise(from(I{1, 2}))) == P{{1, 2}});
}

TEST_CASE("step 2: pairwise reads one element per pair (two for the first)") {
  std::size_t pulled = 0;
  const P one = take(impl::pairwise(naturals(&pulled)), 1);
  CHECK(one == P{{0, 1}});
  CHECK(pulled == 2);
  pulled = 0;
  CHECK(take(impl::pairwise(naturals(&pulled)), 4) == P{{0, 1}, {1, 2}, {2, 3}, {3, 4}});
  CHECK(pulled == 5);
}

TEST_CASE("step 2: pairwise agrees with wb::lazy on random inputs") {
  std::mt19937 rng(72);
  for (int trial = 0; trial < 300; ++trial) {
    const I v = random_input(rng, 8);
    CAPTURE(trial);
    const P got = all(impl::pairwise(from(v)));
    REQUIRE(got == lz::to_vector(lz::pairwise(v)));
  }
}

TEST_CASE("step 3: zip_longest: the seed's zip_longest('ABCD', 'xy', fillvalue='-')") {
  const S got = pair_words(all(impl::zip_longest(from(letters("ABCD")), from(letters("xy")), '-')));
  CHECK(got == S{"Ax", "By", "C-", "D-"});
  CHECK(pair_words(all(impl::zip_longest(from(letters("xy")), from(letters("ABCD")), '-'))) ==
        S{"xA", "yB", "-C", "-D"});
  CHECK(all(impl::zip_longest(from(I{}), from(I{}), 0)).empty());
  CHECK(all(impl::zip_longest(from(I{}), from(I{1}), 0)) == P{{0, 1}});
}

TEST_CASE("step 3: zip_longest reads each input once per pair, and an exhausted one never again") {
  std::size_t left = 0, right = 0;
  const P three = take(impl::zip_longest(naturals(&left), naturals(&right), -1), 3);
  CHECK(three == P{{0, 0}, {1, 1}, {2, 2}});
  CHECK(left == 3);
  CHECK(right == 3);
  left = right = 0;
  const P padded = take(impl::zip_longest(from(I{7, 8}, &left), naturals(&right), -1), 5);
  CHECK(padded == P{{7, 0}, {8, 1}, {-1, 2}, {-1, 3}, {-1, 4}});
  CHECK(left == 2);
  CHECK(right == 5);
}

TEST_CASE("step 3: zip_longest agrees with wb::lazy on random inputs and fill values") {
  std::mt19937 rng(73);
  for (int trial = 0; trial < 300; ++trial) {
    const I a = random_input(rng, 6), b = random_input(rng, 6);
    const int fill = trial % 5 - 2;
    CAPTURE(trial);
    const P got = all(impl::zip_longest(from(a), from(b), fill));
    REQUIRE(got == lz::to_vector(lz::zip_longest(fill, a, b)));
  }
}

TEST_CASE("step 4: combinations: the seed's combinations('ABCD', 2) and combinations(range(4), 3)") {
  const S ab = words(all(impl::combinations(letters("ABCD"), 2)));
  CHECK(ab == S{"AB", "AC", "AD", "BC", "BD", "CD"});
  CHECK(all(impl::combinations(range(4), 3)) == std::vector<I>{{0, 1, 2}, {0, 1, 3}, {0, 2, 3}, {1, 2, 3}});
  CHECK(all(impl::combinations(range(4), 0)) == std::vector<I>{{}});  // one empty selection
  CHECK(all(impl::combinations(range(4), 5)).empty());
  CHECK(all(impl::combinations(I{}, 0)) == std::vector<I>{{}});
  CHECK(all(impl::combinations(I{1, 1, 2}, 2)) == std::vector<I>{{1, 1}, {1, 2}, {1, 2}});  // by position
}

TEST_CASE("step 4: combinations: the seed's count n! / r! / (n - r)!") {
  const std::vector<I> c63 = all(impl::combinations(range(6), 3));
  CHECK(c63.size() == 20);
  for (int n = 0; n <= 8; ++n) {
    std::size_t choose = 1;  // C(n, r), updated as r grows
    for (std::size_t r = 0; r <= static_cast<std::size_t>(n); ++r) {
      CAPTURE(n);
      CAPTURE(r);
      CHECK(all(impl::combinations(range(n), r)).size() == choose);
      choose = choose * (static_cast<std::size_t>(n) - r) / (r + 1);
    }
  }
}

TEST_CASE("step 4: combinations is lazy: the first of C(60, 30) ~ 1.2e17 come at once") {
  const std::vector<I> first = take(impl::combinations(range(60), 30), 3);
  I head = range(30);
  REQUIRE(first.size() == 3);
  CHECK(first[0] == head);
  head.back() = 30;
  CHECK(first[1] == head);
  head.back() = 31;
  CHECK(first[2] == head);
}

TEST_CASE("step 4: combinations agrees with wb::lazy on random pools (duplicates, k = 0, k > n)") {
  std::mt19937 rng(74);
  for (int trial = 0; trial < 400; ++trial) {
    const I pool = random_input(rng, 7);
    const auto k = std::uniform_int_distribution<std::size_t>(0, 8)(rng);
    CAPTURE(pool.size());
    CAPTURE(k);
    const std::vector<I> got = all(impl::combinations(pool, k));
    REQUIRE(got == lz::to_vector(lz::combinations(pool, k)));
  }
}
