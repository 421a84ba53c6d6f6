// ch05.4 odd_fibonacci: correctness. Expected values come from the book (13 odd numbers below
// 5,000) and from a reference computed here in 128-bit integers (F(94) and beyond fit there), never
// from a solution. Every test case calls the code under test outside CHECK first, so that a stub's
// not_implemented ends the test case. Test cases are named after the step that makes them pass.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <vector>

#include "odd_fibonacci.hpp"

namespace impl = ch05::odd_fibonacci::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch05::odd_fibonacci::kLargestFibonacci;
__extension__ typedef unsigned __int128 u128;  // GCC and clang; F(94) and beyond fit

namespace {

// F(0) .. F(n-1), in 128 bits.
std::vector<u128> reference_fibonacci(std::size_t n) {
  std::vector<u128> out;
  u128 i = 0, j = 1;
  for (std::size_t k = 0; k < n; ++k) {
    out.push_back(i);
    const u128 next = i + j;
    i = j;
    j = next;
  }
  return out;
}

// How many Fibonacci numbers below limit are odd.
std::size_t reference_count(std::uint64_t limit) {
  std::size_t count = 0;
  for (u128 f : reference_fibonacci(100)) {
    if (f >= limit) break;
    if (f % 2 == 1) ++count;
  }
  return count;
}

// Limits worth trying: around every Fibonacci number that fits (a Fibonacci number is itself not
// below the limit), small ones, and random ones.
std::vector<std::uint64_t> limits() {
  std::vector<std::uint64_t> out = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 4181, 4182, 5000};
  for (u128 f : reference_fibonacci(94)) {
    const auto v = static_cast<std::uint64_t>(f);
    out.push_back(v);
    if (v < kLargestFibonacci) out.push_back(v + 1);  // past F(93): checked below
    if (v > 0) out.push_back(v - 1);
  }
  std::mt19937_64 rng(5);
  for (int k = 0; k < 200; ++k) out.push_back(rng() % kLargestFibonacci);
  return out;
}

template <class Count>
void check_counter(Count count) {
  const std::size_t book = count(5000);  // outside CHECK: a stub's not_implemented ends the case
  CHECK(book == 13);
  CHECK(count(4181) == 12);  // F(19) = 4181 is odd and not below itself
  CHECK(count(4182) == 13);
  CHECK(count(0) == 0);
  CHECK(count(1) == 0);      // F(0) = 0 is even, F(1) = 1 is not below 1
  CHECK(count(2) == 2);      // 1 twice: F(1) and F(2)
  for (std::uint64_t limit : limits()) {
    CAPTURE(limit);
    REQUIRE(count(limit) == reference_count(limit));
  }
  // Up to F(93) everything fits; past it the answer needs F(94), which does not.
  CHECK(count(kLargestFibonacci) == reference_count(kLargestFibonacci));
  CHECK_THROWS_AS(count(kLargestFibonacci + 1), std::overflow_error);
  CHECK_THROWS_AS(count(std::numeric_limits<std::uint64_t>::max()), std::overflow_error);
}

}  // namespace

TEST_CASE("step 1: fibonacci yields 0, 1, 1, 2, 3, 5, ... lazily, the same as a 128-bit reference") {
  auto fib = impl::fibonacci();
  std::vector<std::uint64_t> first;
  for (std::uint64_t f : fib) {  // begin() runs the body: a stub's not_implemented ends the case
    first.push_back(f);
    if (first.size() == 15) break;
  }
  CHECK(first == std::vector<std::uint64_t>{0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377});
}

TEST_CASE("step 1: fibonacci hands out all 94 numbers F(0)..F(93), exactly, without throwing") {
  const std::vector<u128> expected = reference_fibonacci(94);
  auto fib = impl::fibonacci();
  auto it = fib.begin();
  for (std::size_t n = 0; n < 94; ++n) {
    CAPTURE(n);
    REQUIRE(static_cast<u128>(*it) == expected[n]);
    if (n < 93) ++it;  // no request for F(94) yet
  }
  CHECK(*it == kLargestFibonacci);
}

TEST_CASE("step 1: asking for the number after F(93) throws std::overflow_error, never wraps") {
  auto fib = impl::fibonacci();
  auto it = fib.begin();
  for (int n = 0; n < 93; ++n) ++it;
  REQUIRE(*it == kLargestFibonacci);
  CHECK_THROWS_AS(++it, std::overflow_error);
}

TEST_CASE("step 1: two generators are independent") {
  auto a = impl::fibonacci();
  auto b = impl::fibonacci();
  auto ia = a.begin();
  for (int n = 0; n < 10; ++n) ++ia;
  auto ib = b.begin();
  CHECK(*ib == 0);
  CHECK(*ia == 55);
}

TEST_CASE("step 2: count_odd_naive: 13 below 5,000 (the book), and the reference everywhere") {
  check_counter([](std::uint64_t limit) { return impl::count_odd_naive(limit); });
}

TEST_CASE("step 3: count_odd_transform: 13 below 5,000 (the book), and the reference everywhere") {
  check_counter([](std::uint64_t limit) { return impl::count_odd_transform(limit); });
}

TEST_CASE("step 4: count_odd_succinct: 13 below 5,000 (the book), and the reference everywhere") {
  check_counter([](std::uint64_t limit) { return impl::count_odd_succinct(limit); });
}
