// ch05.1 for_deconstructed: correctness. The walk is compared call by call with what a real
// range-for does on the same logging range; the Fibonacci numbers with a 128-bit reference. Never
// with a solution. Every test case calls the code under test outside CHECK first, so that a stub's
// not_implemented ends the test case.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <ranges>
#include <stdexcept>
#include <string>
#include <vector>

#include "for_deconstructed.hpp"

namespace impl = ch05::for_deconstructed::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch05::for_deconstructed::kLargestFibonacci;
using ch05::for_deconstructed::Traced;
__extension__ typedef unsigned __int128 u128;  // GCC and clang; F(94) and beyond fit

namespace {

// What range-for itself does on a Traced range: the log to compare with.
std::vector<std::string> range_for_log(const std::vector<int>& values) {
  std::vector<std::string> log;
  const Traced r(values, &log);
  for (int x : r) (void)x;
  return log;
}

}  // namespace

static_assert(std::input_iterator<impl::FibIterator>);
static_assert(std::sentinel_for<impl::FibSentinel, impl::FibIterator>);
static_assert(std::ranges::input_range<impl::FibRange>);

TEST_CASE("step 1: walk returns the values and makes exactly range-for's calls, in its order") {
  for (const std::vector<int>& values : {std::vector<int>{}, std::vector<int>{7}, std::vector<int>{4, 5, 6},
                                         std::vector<int>{1, 1, 2, 3, 5, 8, 13}}) {
    CAPTURE(values.size());
    std::vector<std::string> log;
    const Traced r(values, &log);
    const std::vector<int> got = impl::walk(r);
    CHECK(got == values);
    CHECK(log == range_for_log(values));
  }
  std::vector<std::string> log;
  impl::walk(Traced({4, 5}, &log));
  CHECK(log == std::vector<std::string>{"begin", "end", "!=", "*", "++", "!=", "*", "++", "!="});
}

TEST_CASE("step 2: fibonacci(count) gives F(0) .. F(count - 1) in range-for") {
  std::vector<std::uint64_t> first;
  for (std::uint64_t f : impl::fibonacci(12)) first.push_back(f);
  CHECK(first == std::vector<std::uint64_t>{0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89});
  std::size_t none = 0;
  for (std::uint64_t f : impl::fibonacci(0)) none += f + 1;
  CHECK(none == 0);
}

TEST_CASE("step 2: all 94 numbers that fit, exactly; range-for over 94 does not throw") {
  std::vector<u128> want;
  u128 a = 0, b = 1;
  for (int k = 0; k < 94; ++k) {
    want.push_back(a);
    const u128 next = a + b;
    a = b;
    b = next;
  }
  std::vector<u128> got;
  for (std::uint64_t f : impl::fibonacci(94)) got.push_back(f);
  CHECK(got == want);
  CHECK(static_cast<std::uint64_t>(got.back()) == kLargestFibonacci);
}

TEST_CASE("step 2: reading F(94) throws std::overflow_error; moving there does not") {
  impl::FibRange range = impl::fibonacci(95);
  auto it = range.begin();
  for (int k = 0; k < 93; ++k) ++it;
  CHECK(*it == kLargestFibonacci);
  ++it;  // to F(94): allowed
  CHECK_THROWS_AS((void)*it, std::overflow_error);
  CHECK(it == impl::FibSentinel{94});
  it++;
  CHECK(it == impl::FibSentinel{95});
}

TEST_CASE("step 3: count_even with std::ranges: every third Fibonacci number is even") {
  const std::size_t ten = impl::count_even(10);
  CHECK(ten == 4);  // 0, 2, 8, 34
  CHECK(impl::count_even(0) == 0);
  CHECK(impl::count_even(1) == 1);
  CHECK(impl::count_even(94) == 32);
  CHECK(impl::count_even(93) == 31);
}
