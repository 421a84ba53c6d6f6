// wb/lazy.hpp on the seed's examples: every worked example in the itertools tour of the seed
// text (chapter 5 of the High Performance Python notes), in the order the tour gives them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "wb/lazy.hpp"

namespace lz = wb::lazy;

namespace {

using V = std::vector<int>;
using S = std::vector<std::string>;

// Joins each result's characters: ('A', 'B') becomes "AB", as the seed writes them.
template <class R>
S words(R&& r) {
  S out;
  for (auto&& w : r) out.emplace_back(w.begin(), w.end());
  return out;
}

template <class R>
S pair_words(R&& r) {
  S out;
  for (auto&& [a, b] : r) out.push_back(std::string{a, b});
  return out;
}

std::string chars(const std::vector<char>& v) { return std::string(v.begin(), v.end()); }

V range(int n) {
  V out;
  for (int i = 0; i < n; ++i) out.push_back(i);
  return out;
}

}  // namespace

TEST_CASE("the seed's example: count(10) and count(2.5, 0.5)") {
  CHECK(lz::to_vector(lz::count(10) | lz::islice(5)) == V{10, 11, 12, 13, 14});
  CHECK(lz::to_vector(lz::count(2.5, 0.5) | lz::islice(3)) == std::vector<double>{2.5, 3.0, 3.5});
}

TEST_CASE("the seed's example: cycle('ABCD') and repeat(10, 3)") {
  CHECK(chars(lz::to_vector(lz::cycle(std::string("ABCD")) | lz::islice(12))) == "ABCDABCDABCD");
  CHECK(lz::to_vector(lz::repeat(10, 3)) == V{10, 10, 10});
}

TEST_CASE("the seed's example: map(pow, range(10), repeat(2)) supplies a constant argument") {
  auto square = [](int base, int exp) { return exp == 2 ? base * base : -1; };
  auto args = lz::zip_longest(0, range(10), lz::repeat(2)) | lz::islice(10);
  CHECK(lz::to_vector(lz::starmap(square, args)) == V{0, 1, 4, 9, 16, 25, 36, 49, 64, 81});
}

TEST_CASE("the seed's example: accumulate with +, with initial=100 and with operator.mul") {
  const V v{1, 2, 3, 4, 5};
  CHECK(lz::to_vector(lz::accumulate(v)) == V{1, 3, 6, 10, 15});
  CHECK(lz::to_vector(lz::accumulate(v, std::plus<>{}, 100)) == V{100, 101, 103, 106, 110, 115});
  CHECK(lz::to_vector(lz::accumulate(v, std::multiplies<>{})) == V{1, 2, 6, 24, 120});
}

TEST_CASE("the seed's example: running product and running maximum") {
  const V data{3, 4, 6, 2, 1, 9, 0, 7, 5, 8};
  CHECK(lz::to_vector(lz::accumulate(data, std::multiplies<>{})) == V{3, 12, 72, 144, 144, 1296, 0, 0, 0, 0});
  auto max = [](int a, int b) { return std::max(a, b); };
  CHECK(lz::to_vector(lz::accumulate(data, max)) == V{3, 4, 6, 6, 6, 9, 9, 9, 9, 9});
}

TEST_CASE("the seed's example: amortizing a 5% loan of 1000 with 4 payments of 90") {
  const std::vector<double> cashflows{1000, -90, -90, -90, -90};
  auto step = [](double bal, double pmt) { return bal * 1.05 + pmt; };
  const std::vector<double> python{1000, 960.0, 918.0, 873.9000000000001, 827.5950000000001};
  CHECK(lz::to_vector(lz::accumulate(cashflows, step)) == python);  // bit for bit
}

TEST_CASE("the seed's example: the logistic map as a recurrence over repeat(x0, 36)") {
  const double r = 3.8;
  auto logistic_map = [r](double x, double) { return r * x * (1 - x); };
  S formatted;
  for (double x : lz::accumulate(lz::repeat(0.4, 36), logistic_map)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", x);
    formatted.emplace_back(buf);
  }
  const S python{"0.40", "0.91", "0.30", "0.81", "0.60", "0.92", "0.29", "0.79", "0.63",
                 "0.88", "0.39", "0.90", "0.33", "0.84", "0.52", "0.95", "0.18", "0.57",
                 "0.93", "0.25", "0.71", "0.79", "0.63", "0.88", "0.39", "0.91", "0.32",
                 "0.83", "0.54", "0.95", "0.20", "0.60", "0.91", "0.30", "0.80", "0.60"};
  CHECK(formatted == python);
}

TEST_CASE("the seed's example: chain('ABC', 'DEF') and chain.from_iterable(['ABC', 'DEF'])") {
  CHECK(chars(lz::to_vector(lz::chain(std::string("ABC"), std::string("DEF")))) == "ABCDEF");
  CHECK(chars(lz::to_vector(lz::chain_from_iterable(S{"ABC", "DEF"}))) == "ABCDEF");
}

TEST_CASE("the seed's example: compress, dropwhile, filterfalse and takewhile") {
  CHECK(chars(lz::to_vector(lz::compress(std::string("ABCDEF"), V{1, 0, 1, 0, 1, 1}))) == "ACEF");
  auto lt5 = [](int x) { return x < 5; };
  CHECK(lz::to_vector(lz::dropwhile(lt5, V{1, 4, 6, 4, 1})) == V{6, 4, 1});
  CHECK(lz::to_vector(lz::filterfalse([](int x) { return x % 2; }, range(10))) == V{0, 2, 4, 6, 8});
  CHECK(lz::to_vector(lz::takewhile(lt5, V{1, 4, 6, 4, 1})) == V{1, 4});
}

TEST_CASE("the seed's example: groupby keys and groups") {
  std::string keys;
  for (auto&& kg : lz::groupby(std::string("AAAABBBCCDAABBB"))) keys += kg.first;
  CHECK(keys == "ABCDAB");
  S groups;
  for (auto&& [k, g] : lz::groupby(std::string("AAAABBBCCD"))) groups.push_back(chars(lz::to_vector(g)));
  CHECK(groups == S{"AAAA", "BBB", "CC", "D"});
}

TEST_CASE("the seed's example: store each group as a list before the groupby moves on") {
  auto keyfunc = [](const std::string& s) { return s.size(); };
  S data{"ccc", "a", "bb", "dd", "e", "fff"};
  std::stable_sort(data.begin(), data.end(), [&](const auto& a, const auto& b) { return keyfunc(a) < keyfunc(b); });
  std::vector<S> groups;
  std::vector<std::size_t> uniquekeys;
  for (auto&& [k, g] : lz::groupby(data, keyfunc)) {
    groups.push_back(lz::to_vector(g));  // store group iterator as a list
    uniquekeys.push_back(k);
  }
  CHECK(uniquekeys == std::vector<std::size_t>{1, 2, 3});
  CHECK(groups == std::vector<S>{{"a", "e"}, {"bb", "dd"}, {"ccc", "fff"}});
}

TEST_CASE("the seed's example: islice('ABCDEFG', ...) four ways") {
  const std::string s = "ABCDEFG";
  CHECK(chars(lz::to_vector(lz::islice(s, 2))) == "AB");
  CHECK(chars(lz::to_vector(lz::islice(s, 2, 4))) == "CD");
  CHECK(chars(lz::to_vector(lz::islice(s, 2, std::nullopt))) == "CDEFG");
  CHECK(chars(lz::to_vector(lz::islice(s, 0, std::nullopt, 2))) == "ACEG");
}

TEST_CASE("the seed's example: pairwise('ABCDEFG') and starmap(pow, ...)") {
  CHECK(pair_words(lz::pairwise(std::string("ABCDEFG"))) == S{"AB", "BC", "CD", "DE", "EF", "FG"});
  auto pow = [](int b, int e) {
    int out = 1;
    while (e-- > 0) out *= b;
    return out;
  };
  CHECK(lz::to_vector(lz::starmap(pow, std::vector<std::pair<int, int>>{{2, 5}, {3, 2}, {10, 3}})) == V{32, 9, 1000});
}

TEST_CASE("the seed's example: zip_longest('ABCD', 'xy', fillvalue='-')") {
  CHECK(pair_words(lz::zip_longest('-', std::string("ABCD"), std::string("xy"))) == S{"Ax", "By", "C-", "D-"});
}

TEST_CASE("the seed's example: product('ABCD', 'xy') and product(range(2), repeat=3)") {
  CHECK(pair_words(lz::product(std::string("ABCD"), std::string("xy"))) ==
        S{"Ax", "Ay", "Bx", "By", "Cx", "Cy", "Dx", "Dy"});
  std::vector<V> bits = lz::to_vector(lz::product(range(2), 3));
  CHECK(bits == std::vector<V>{{0, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 1, 1}, {1, 0, 0}, {1, 0, 1}, {1, 1, 0}, {1, 1, 1}});
}

TEST_CASE("the seed's example: permutations('ABCD', 2) and permutations(range(3))") {
  CHECK(words(lz::permutations(std::string("ABCD"), 2)) ==
        S{"AB", "AC", "AD", "BA", "BC", "BD", "CA", "CB", "CD", "DA", "DB", "DC"});
  CHECK(lz::to_vector(lz::permutations(range(3))) ==
        std::vector<V>{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}});
}

TEST_CASE("the seed's example: combinations('ABCD', 2), combinations(range(4), 3) and with replacement") {
  CHECK(words(lz::combinations(std::string("ABCD"), 2)) == S{"AB", "AC", "AD", "BC", "BD", "CD"});
  CHECK(lz::to_vector(lz::combinations(range(4), 3)) == std::vector<V>{{0, 1, 2}, {0, 1, 3}, {0, 2, 3}, {1, 2, 3}});
  CHECK(words(lz::combinations_with_replacement(std::string("ABC"), 2)) == S{"AA", "AB", "AC", "BB", "BC", "CC"});
}

TEST_CASE("the seed's alternative definitions: filtered products and permutations give the same") {
  for (int n = 0; n <= 5; ++n) {
    for (std::size_t r = 0; r <= 6; ++r) {
      const V pool = range(n);
      std::vector<V> perms, combs, cwr;
      for (const V& idx : lz::product(pool, r)) {  // indices = positions here
        if (std::set<int>(idx.begin(), idx.end()).size() == r) perms.push_back(idx);
        if (std::is_sorted(idx.begin(), idx.end())) cwr.push_back(idx);
      }
      for (const V& idx : lz::permutations(pool, r))
        if (std::is_sorted(idx.begin(), idx.end())) combs.push_back(idx);
      CHECK(lz::to_vector(lz::permutations(pool, r)) == perms);
      CHECK(lz::to_vector(lz::combinations(pool, r)) == combs);
      CHECK(lz::to_vector(lz::combinations_with_replacement(pool, r)) == cwr);
    }
  }
}

TEST_CASE("the seed's counts: n!/(n-r)! permutations, n!/r!/(n-r)! combinations, (n+r-1)!/r!/(n-1)! with replacement") {
  auto fact = [](long n) {
    long out = 1;
    for (long i = 2; i <= n; ++i) out *= i;
    return out;
  };
  for (long n = 1; n <= 6; ++n) {
    for (long r = 0; r <= n; ++r) {
      const V pool = range(static_cast<int>(n));
      const auto k = static_cast<std::size_t>(r);
      CHECK(static_cast<long>(lz::to_vector(lz::permutations(pool, k)).size()) == fact(n) / fact(n - r));
      CHECK(static_cast<long>(lz::to_vector(lz::combinations(pool, k)).size()) == fact(n) / fact(r) / fact(n - r));
      CHECK(static_cast<long>(lz::to_vector(lz::combinations_with_replacement(pool, k)).size()) ==
            fact(n + r - 1) / fact(r) / fact(n - 1));
    }
    CHECK(lz::to_vector(lz::permutations(range(static_cast<int>(n)), static_cast<std::size_t>(n + 1))).empty());
  }
}
