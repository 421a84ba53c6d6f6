// FROZEN: the shipped starting point of odd_fibonacci.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit odd_fibonacci.cpp. Its TODO marks read STEP( here.
// ch05.4 odd_fibonacci (stub): the book's three ways of counting the odd Fibonacci numbers below
// 5,000 (all give 13), with an endless generator that never wraps around.
//
// Steps: after each, run `ctest --preset dev -L ch05.4` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail with not_implemented.
//   1. fibonacci: the endless generator, with an overflow check that fires only when F(94) is
//      asked for (not while F(93) is being handed out);
//   2. count_odd_naive: one loop, no generator;
//   3. count_odd_transform: a range-for over fibonacci() that breaks at the limit;
//   4. count_odd_succinct: wb::lazy::takewhile over fibonacci(), then std::ranges::count_if.
// Done = the tests pass. There is no speed target; the benchmark shows what each style costs.
#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include "odd_fibonacci.hpp"
#include "wb/lazy.hpp"

namespace ch05::odd_fibonacci::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// STEP(ch05.4) 1: keep i = F(n) and j = F(n+1); co_yield i, then step to i = j, j = i + j. The
// sum overflows one step before the value is needed (j = F(94) is computed while F(93) is next
// to be handed out): __builtin_add_overflow(a, b, &sum) tells you, so remember it and throw
// std::overflow_error only when the number after F(93) is asked for.
wb::generator<std::uint64_t> fibonacci() {
  throw wb::not_implemented{"ch05.4"};
  co_return;  // makes this function a coroutine
}

// STEP(ch05.4) 2: the book's fibonacci_naive, with `<` instead of its `<=` (the book's 5000 is
// not a Fibonacci number, so its `<=` goes unnoticed there; the tests try a limit that is one).
std::size_t count_odd_naive(std::uint64_t /*limit*/) { throw wb::not_implemented{"ch05.4"}; }

// STEP(ch05.4) 3: the book's fibonacci_transform: for (std::uint64_t f : fibonacci()) ...
std::size_t count_odd_transform(std::uint64_t /*limit*/) { throw wb::not_implemented{"ch05.4"}; }

// STEP(ch05.4) 4: the book's fibonacci_succinct: fibonacci() | wb::lazy::takewhile(pred), then
// std::ranges::count_if with "is odd".
std::size_t count_odd_succinct(std::uint64_t /*limit*/) { throw wb::not_implemented{"ch05.4"}; }

}  // namespace ch05::odd_fibonacci::WB_VARIANT
