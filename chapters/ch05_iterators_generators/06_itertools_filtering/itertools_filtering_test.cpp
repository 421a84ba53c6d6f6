// ch05.6 itertools_filtering: correctness. Expected values come from the seed's worked examples
// (seed 001, the itertools tour; lazy_reference.py reproduces them with CPython) and from
// wb::lazy, the workbook's reference itertools, on many small random inputs; never from a
// solution. The inputs are counting generators, so the tests also see how many elements each
// adaptor reads and which calls it makes to its predicate. Every test case runs the code under
// test outside CHECK first, so that a stub's not_implemented ends the test case.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "itertools_filtering.hpp"
#include "wb/lazy.hpp"

namespace impl = ch05::itertools_filtering::WB_TESTED;  // exercise, baseline or solution: the build decides
namespace lz = wb::lazy;

namespace {

using I = std::vector<int>;

// Hands out v's elements one at a time; *pulled counts how many were read.
wb::generator<int> from(I v, std::size_t* pulled = nullptr) {
  for (int x : v) {
    if (pulled) ++*pulled;
    co_yield x;
  }
}

// 0, 1, 2, ... without end (or 1, 2, ... from `first`); *pulled counts how many were read.
wb::generator<int> naturals(std::size_t* pulled, int first = 0) {
  for (int x = first;; ++x) {
    ++*pulled;
    co_yield x;
  }
}

// The first n values of g: reads exactly n of them (none for n = 0).
I take(wb::generator<int> g, std::size_t n) {
  I out;
  if (n == 0) return out;
  for (int x : g) {
    out.push_back(x);
    if (out.size() == n) break;
  }
  return out;
}

I all(wb::generator<int> g) {
  I out;
  for (int x : g) out.push_back(x);
  return out;
}

I letters(const std::string& s) { return I(s.begin(), s.end()); }
std::string word(const I& v) { return std::string(v.begin(), v.end()); }
I range(int n) {
  I out;
  for (int i = 0; i < n; ++i) out.push_back(i);
  return out;
}

// A predicate that records its arguments in *calls.
std::function<bool(int)> logged(std::function<bool(int)> pred, I* calls) {
  return [pred, calls](int x) {
    calls->push_back(x);
    return pred(x);
  };
}

bool below5(int x) { return x < 5; }
bool odd(int x) { return x % 2 != 0; }

// Small random inputs with duplicates, and predicates of several shapes, for differential tests.
struct Random {
  std::mt19937 rng;
  I input() {
    I v(std::uniform_int_distribution<std::size_t>(0, 9)(rng));
    for (int& x : v) x = std::uniform_int_distribution<int>(0, 5)(rng);
    return v;
  }
  std::function<bool(int)> predicate() {
    const int k = std::uniform_int_distribution<int>(0, 5)(rng);
    switch (std::uniform_int_distribution<int>(0, 4)(rng)) {
      case 0: return [k](int x) { return x < k; };
      case 1: return [k](int x) { return x != k; };
      case 2: return odd;
      case 3: return [](int) { return true; };
      default: return [](int) { return false; };
    }
  }
};

}  // namespace

TEST_CASE("step 1: takewhile: the seed's takewhile(lambda x: x<5, [1,4,6,4,1])") {
  const I got = all(impl::takewhile(below5, from(I{1, 4, 6, 4, 1})));
  CHECK(got == I{1, 4});
  CHECK(all(impl::takewhile(below5, from(I{}))).empty());
  CHECK(all(impl::takewhile(below5, from(I{7, 1}))).empty());
  CHECK(all(impl::takewhile(below5, from(I{1, 2, 3}))) == I{1, 2, 3});
}

TEST_CASE("step 1: takewhile stops an endless input: reads up to the first failure, pred once each") {
  std::size_t pulled = 0;
  I calls;
  const I got = all(impl::takewhile(logged(below5, &calls), naturals(&pulled, 1)));
  CHECK(got == I{1, 2, 3, 4});
  CHECK(pulled == 5);  // 5 is read, fails, and ends the sequence
  CHECK(calls == I{1, 2, 3, 4, 5});
  pulled = 0;
  calls.clear();
  CHECK(take(impl::takewhile(logged(below5, &calls), naturals(&pulled, 1)), 2) == I{1, 2});
  CHECK(pulled == 2);
  CHECK(calls == I{1, 2});
}

TEST_CASE("step 1: takewhile agrees with wb::lazy on random inputs and predicates") {
  Random r{std::mt19937(61)};
  for (int trial = 0; trial < 400; ++trial) {
    const I v = r.input();
    const auto pred = r.predicate();
    CAPTURE(trial);
    const I got = all(impl::takewhile(pred, from(v)));
    REQUIRE(got == lz::to_vector(lz::takewhile(pred, v)));
  }
}

TEST_CASE("step 2: dropwhile: the seed's dropwhile(lambda x: x<5, [1,4,6,4,1])") {
  const I got = all(impl::dropwhile(below5, from(I{1, 4, 6, 4, 1})));
  CHECK(got == I{6, 4, 1});
  CHECK(all(impl::dropwhile(below5, from(I{}))).empty());
  CHECK(all(impl::dropwhile(below5, from(I{1, 2}))).empty());
  CHECK(all(impl::dropwhile(below5, from(I{9, 1}))) == I{9, 1});
}

TEST_CASE("step 2: dropwhile asks pred only until it first fails, and reads lazily") {
  I calls;
  const I got = all(impl::dropwhile(logged(below5, &calls), from(I{1, 4, 6, 4, 1})));
  CHECK(got == I{6, 4, 1});
  CHECK(calls == I{1, 4, 6});
  std::size_t pulled = 0;
  calls.clear();
  CHECK(take(impl::dropwhile(logged(below5, &calls), naturals(&pulled, 1)), 3) == I{5, 6, 7});
  CHECK(pulled == 7);
  CHECK(calls == I{1, 2, 3, 4, 5});
}

TEST_CASE("step 2: dropwhile agrees with wb::lazy on random inputs and predicates") {
  Random r{std::mt19937(62)};
  for (int trial = 0; trial < 400; ++trial) {
    const I v = r.input();
    const auto pred = r.predicate();
    CAPTURE(trial);
    const I got = all(impl::dropwhile(pred, from(v)));
    REQUIRE(got == lz::to_vector(lz::dropwhile(pred, v)));
  }
}

TEST_CASE("step 3: filterfalse: the seed's filterfalse(lambda x: x%2, range(10))") {
  const I got = all(impl::filterfalse(odd, from(range(10))));
  CHECK(got == I{0, 2, 4, 6, 8});
  CHECK(all(impl::filterfalse(odd, from(I{}))).empty());
  CHECK(all(impl::filterfalse(odd, from(I{1, 3, 5}))).empty());
}

TEST_CASE("step 3: filterfalse calls pred once per element read, in order, and reads lazily") {
  std::size_t pulled = 0;
  I calls;
  const I got = take(impl::filterfalse(logged(odd, &calls), naturals(&pulled, 1)), 3);
  CHECK(got == I{2, 4, 6});
  CHECK(pulled == 6);
  CHECK(calls == I{1, 2, 3, 4, 5, 6});
}

TEST_CASE("step 3: filterfalse agrees with wb::lazy on random inputs and predicates") {
  Random r{std::mt19937(63)};
  for (int trial = 0; trial < 400; ++trial) {
    const I v = r.input();
    const auto pred = r.predicate();
    CAPTURE(trial);
    const I got = all(impl::filterfalse(pred, from(v)));
    REQUIRE(got == lz::to_vector(lz::filterfalse(pred, v)));
  }
}

TEST_CASE("step 4: islice: the seed's four islice('ABCDEFG', ...) examples") {
  const std::string ab = word(all(impl::islice(from(letters("ABCDEFG")), 0, 2, 1)));
  CHECK(ab == "AB");
  CHECK(word(all(impl::islice(from(letters("ABCDEFG")), 2, 4, 1))) == "CD");
  CHECK(word(all(impl::islice(from(letters("ABCDEFG")), 2, std::nullopt, 1))) == "CDEFG");
  CHECK(word(all(impl::islice(from(letters("ABCDEFG")), 0, std::nullopt, 2))) == "ACEG");
}

TEST_CASE("step 4: islice with step 0 throws std::invalid_argument at once, before reading") {
  std::size_t pulled = 0;
  bool threw = false;
  try {
    auto never = impl::islice(naturals(&pulled), 0, 3, 0);  // no begin(): the call itself throws
  } catch (const std::invalid_argument&) {
    threw = true;
  }
  CHECK(threw);
  CHECK(pulled == 0);
  auto lazy = impl::islice(naturals(&pulled), 2, 5, 1);  // a valid call reads nothing yet
  CHECK(pulled == 0);
  CHECK(all(std::move(lazy)) == I{2, 3, 4});
}

TEST_CASE("step 4: islice reads no element past the last one it needs") {
  std::size_t pulled = 0;
  const I three = all(impl::islice(naturals(&pulled), 0, 3, 1));
  CHECK(three == I{0, 1, 2});
  CHECK(pulled == 3);  // an endless input, and islice ends without reading position 3
  pulled = 0;
  const I none = all(impl::islice(naturals(&pulled), 0, 0, 1));
  CHECK(none.empty());
  CHECK(pulled == 0);
  pulled = 0;
  const I backwards = all(impl::islice(naturals(&pulled), 5, 2, 1));
  CHECK(backwards.empty());
  CHECK(pulled == 5);  // CPython skips `start` elements even when start >= stop
  pulled = 0;
  const I sparse = all(impl::islice(naturals(&pulled), 0, 6, 4));
  CHECK(sparse == I{0, 4});
  CHECK(pulled == 6);  // CPython reads up to stop, even past the last element it hands out
  pulled = 0;
  const I prefix = take(impl::islice(naturals(&pulled), 2, std::nullopt, 3), 3);
  CHECK(prefix == I{2, 5, 8});
  CHECK(pulled == 9);  // only as far as the consumer asked
}

TEST_CASE("step 4: islice agrees with wb::lazy, values and elements read, on random slices") {
  Random r{std::mt19937(64)};
  std::uniform_int_distribution<std::size_t> pos(0, 11), step(1, 4);
  for (int trial = 0; trial < 600; ++trial) {
    const I v = r.input();
    const std::size_t start = pos(r.rng), stop = pos(r.rng), st = step(r.rng);
    const bool none = trial % 4 == 0;
    CAPTURE(v.size());
    CAPTURE(start);
    CAPTURE(stop);
    CAPTURE(st);
    CAPTURE(none);
    std::size_t pulled = 0;
    const I got = all(impl::islice(from(v, &pulled), start, none ? std::nullopt : std::optional(stop), st));
    const I want = none ? lz::to_vector(lz::islice(v, start, std::nullopt, st)) : lz::to_vector(lz::islice(v, start, stop, st));
    REQUIRE(got == want);
    REQUIRE(pulled == std::min(v.size(), none ? v.size() : std::max(start, stop)));
  }
}
