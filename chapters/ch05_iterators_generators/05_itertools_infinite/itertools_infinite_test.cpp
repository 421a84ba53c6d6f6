// ch05.5 itertools_infinite: correctness. Expected values come from the seed's worked examples
// (seed 001, the itertools tour; lazy_reference.py reproduces them with CPython) and from
// wb::lazy, the workbook's reference itertools, on many small random inputs; never from a
// solution. Endless generators are read through a prefix. Every test case runs the code under test
// outside CHECK first, so that a stub's not_implemented ends the test case.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "itertools_infinite.hpp"
#include "wb/lazy.hpp"

namespace impl = ch05::itertools_infinite::WB_TESTED;  // exercise, baseline or solution: the build decides
namespace lz = wb::lazy;

namespace {

using D = std::vector<double>;
using I = std::vector<int>;

// Hands out v's elements one at a time; *pulled counts how many were read.
wb::generator<int> from(I v, std::size_t* pulled = nullptr) {
  for (int x : v) {
    if (pulled) ++*pulled;
    co_yield x;
  }
}
wb::generator<double> from(D v, std::size_t* pulled = nullptr) {
  for (double x : v) {
    if (pulled) ++*pulled;
    co_yield x;
  }
}

// 1, 2, 3, ... without end; *pulled counts how many were read.
wb::generator<double> naturals(std::size_t* pulled) {
  for (double x = 1;; x += 1) {
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

D random_doubles(std::mt19937& rng, std::size_t n) {
  std::uniform_int_distribution<int> small(-9, 9);
  D out;
  for (std::size_t k = 0; k < n; ++k) out.push_back(small(rng) * 0.5);
  return out;
}

}  // namespace

TEST_CASE("step 1: count: the seed's count(10) and count(2.5, 0.5)") {
  const D ten = take(impl::count(10, 1), 5);
  CHECK(ten == D{10, 11, 12, 13, 14});
  CHECK(take(impl::count(2.5, 0.5), 3) == D{2.5, 3.0, 3.5});
  CHECK(take(impl::count(0, -3), 4) == D{0, -3, -6, -9});
  CHECK(take(impl::count(7, 0), 3) == D{7, 7, 7});
}

TEST_CASE("step 1: count adds step again and again, bit for bit like wb::lazy (and CPython)") {
  const D tenths = take(impl::count(0, 0.1), 11);
  CHECK(tenths == lz::to_vector(lz::count(0.0, 0.1) | lz::islice(11)));
  CHECK(tenths.back() != 1.0);  // ten additions of 0.1 give 0.9999999999999999; 10 * 0.1 gives 1
  std::mt19937 rng(55);
  std::uniform_real_distribution<double> real(-10, 10);
  std::uniform_int_distribution<std::size_t> length(0, 60);
  for (int trial = 0; trial < 300; ++trial) {
    const double start = trial % 3 == 0 ? std::floor(real(rng)) : real(rng);
    const double step = trial % 5 == 0 ? 0.1 * std::floor(real(rng)) : real(rng);
    const std::size_t n = length(rng);
    CAPTURE(start);
    CAPTURE(step);
    CAPTURE(n);
    const D got = take(impl::count(start, step), n);
    REQUIRE(got == lz::to_vector(lz::count(start, step) | lz::islice(n)));
  }
}

TEST_CASE("step 2: repeat: the seed's repeat(10, 3), zero times, and forever") {
  const D three = all(impl::repeat(10, 3));
  CHECK(three == D{10, 10, 10});
  CHECK(all(impl::repeat(4.5, 0)).empty());
  CHECK(all(impl::repeat(-1, 1)) == D{-1});
  CHECK(take(impl::repeat(2, std::nullopt), 1000) == D(1000, 2));
}

TEST_CASE("step 2: repeat supplies a constant argument: the seed's map(pow, range(10), repeat(2))") {
  auto twos = impl::repeat(2, std::nullopt);
  auto it = twos.begin();
  D squares;
  for (int base = 0; base < 10; ++base, ++it) squares.push_back(std::pow(base, *it));
  CHECK(squares == D{0, 1, 4, 9, 16, 25, 36, 49, 64, 81});
}

TEST_CASE("step 2: repeat agrees with wb::lazy on random values and counts") {
  std::mt19937 rng(56);
  std::uniform_int_distribution<std::size_t> times(0, 12);
  for (int trial = 0; trial < 200; ++trial) {
    const double value = random_doubles(rng, 1)[0];
    const std::size_t n = times(rng);
    CAPTURE(value);
    CAPTURE(n);
    const D bounded = all(impl::repeat(value, n));
    const D endless = take(impl::repeat(value, std::nullopt), n);
    REQUIRE(bounded == lz::to_vector(lz::repeat(value, n)));
    REQUIRE(endless == lz::to_vector(lz::repeat(value) | lz::islice(n)));
  }
}

TEST_CASE("step 3: cycle: the seed's cycle('ABCD'); an empty input gives nothing") {
  const std::string abcd = word(take(impl::cycle(from(letters("ABCD"))), 12));
  CHECK(abcd == "ABCDABCDABCD");
  CHECK(all(impl::cycle(from(I{}))).empty());
  CHECK(take(impl::cycle(from(I{7})), 5) == I{7, 7, 7, 7, 7});
  CHECK(take(impl::cycle(from(I{1, 1, 2})), 8) == I{1, 1, 2, 1, 1, 2, 1, 1});
}

TEST_CASE("step 3: cycle reads its input once, and only as far as asked") {
  for (std::size_t n : std::vector<std::size_t>{1, 2, 4, 5, 10, 100}) {
    CAPTURE(n);
    std::size_t pulled = 0;
    const I got = take(impl::cycle(from(letters("ABCD"), &pulled)), n);
    REQUIRE(got.size() == n);
    CHECK(pulled == std::min<std::size_t>(n, 4));
  }
}

TEST_CASE("step 3: cycle agrees with wb::lazy on random inputs (duplicates, empty, one element)") {
  std::mt19937 rng(57);
  std::uniform_int_distribution<std::size_t> length(0, 6), prefix(0, 30);
  std::uniform_int_distribution<int> value(0, 3);
  for (int trial = 0; trial < 300; ++trial) {
    I v(length(rng));
    for (int& x : v) x = value(rng);
    const std::size_t n = prefix(rng);
    CAPTURE(v.size());
    CAPTURE(n);
    const I got = take(impl::cycle(from(v)), n);
    REQUIRE(got == lz::to_vector(lz::cycle(v) | lz::islice(n)));
  }
}

TEST_CASE("step 4: accumulate: the seed's sums, initial=100 and products of 1..5") {
  const D sums = all(impl::accumulate(from(D{1, 2, 3, 4, 5}), std::plus<>{}, std::nullopt));
  CHECK(sums == D{1, 3, 6, 10, 15});
  CHECK(all(impl::accumulate(from(D{1, 2, 3, 4, 5}), std::plus<>{}, 100)) == D{100, 101, 103, 106, 110, 115});
  CHECK(all(impl::accumulate(from(D{1, 2, 3, 4, 5}), std::multiplies<>{}, std::nullopt)) == D{1, 2, 6, 24, 120});
  CHECK(all(impl::accumulate(from(D{}), std::plus<>{}, std::nullopt)).empty());
  CHECK(all(impl::accumulate(from(D{}), std::plus<>{}, 7)) == D{7});
}

TEST_CASE("step 4: accumulate: the seed's running product, running maximum and loan") {
  const D data{3, 4, 6, 2, 1, 9, 0, 7, 5, 8};
  const D product = all(impl::accumulate(from(data), std::multiplies<>{}, std::nullopt));
  CHECK(product == D{3, 12, 72, 144, 144, 1296, 0, 0, 0, 0});
  auto max = [](double a, double b) { return std::max(a, b); };
  CHECK(all(impl::accumulate(from(data), max, std::nullopt)) == D{3, 4, 6, 6, 6, 9, 9, 9, 9, 9});
  // 1,000 at 5% a period, paid back 90 a period; CPython prints these digits, bit for bit.
  auto step = [](double balance, double payment) { return balance * 1.05 + payment; };
  const D python{1000, 960.0, 918.0, 873.9000000000001, 827.5950000000001};
  CHECK(all(impl::accumulate(from(D{1000, -90, -90, -90, -90}), step, std::nullopt)) == python);
}

TEST_CASE("step 4: accumulate over repeat: the seed's logistic map, r = 3.8, x0 = 0.4") {
  auto logistic_map = [](double x, double) { return 3.8 * x * (1 - x); };
  std::vector<std::string> formatted;
  for (double x : impl::accumulate(impl::repeat(0.4, 36), logistic_map, std::nullopt)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", x);
    formatted.emplace_back(buf);
  }
  const std::vector<std::string> python{"0.40", "0.91", "0.30", "0.81", "0.60", "0.92", "0.29", "0.79", "0.63",
                                        "0.88", "0.39", "0.90", "0.33", "0.84", "0.52", "0.95", "0.18", "0.57",
                                        "0.93", "0.25", "0.71", "0.79", "0.63", "0.88", "0.39", "0.91", "0.32",
                                        "0.83", "0.54", "0.95", "0.20", "0.60", "0.91", "0.30", "0.80", "0.60"};
  CHECK(formatted == python);
}

TEST_CASE("step 4: accumulate is lazy: one element read per result, op called in order") {
  std::size_t pulled = 0;
  std::vector<std::pair<double, double>> calls;
  auto logged_plus = [&calls](double total, double x) {
    calls.emplace_back(total, x);
    return total + x;
  };
  const D five = take(impl::accumulate(naturals(&pulled), logged_plus, std::nullopt), 5);
  CHECK(five == D{1, 3, 6, 10, 15});
  CHECK(pulled == 5);
  CHECK(calls == std::vector<std::pair<double, double>>{{1, 2}, {3, 3}, {6, 4}, {10, 5}});
  pulled = 0;
  calls.clear();
  const D first = take(impl::accumulate(naturals(&pulled), logged_plus, 100), 1);
  CHECK(first == D{100});
  CHECK(pulled == 0);  // the initial value needs no element
  CHECK(calls.empty());
  CHECK(take(impl::accumulate(naturals(&pulled), logged_plus, 100), 3) == D{100, 101, 103});
  CHECK(pulled == 2);
}

TEST_CASE("step 4: accumulate agrees with wb::lazy: random inputs, operations and initial values") {
  std::mt19937 rng(58);
  std::uniform_int_distribution<std::size_t> length(0, 8);
  std::uniform_int_distribution<int> which(0, 3);
  const std::vector<std::function<double(double, double)>> ops = {
      std::plus<>{}, std::minus<>{}, std::multiplies<>{}, [](double a, double b) { return std::max(a, b); }};
  for (int trial = 0; trial < 400; ++trial) {
    const D v = random_doubles(rng, length(rng));
    const auto& op = ops[static_cast<std::size_t>(which(rng))];
    const bool with_initial = trial % 2 == 1;
    const double initial = random_doubles(rng, 1)[0];
    CAPTURE(v.size());
    CAPTURE(trial);
    const D got = all(impl::accumulate(from(v), op, with_initial ? std::optional<double>(initial) : std::nullopt));
    const D want = with_initial ? lz::to_vector(lz::accumulate(v, op, initial)) : lz::to_vector(lz::accumulate(v, op));
    REQUIRE(got == want);
  }
}
