// ch05.4 odd_fibonacci: reference solution.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include "odd_fibonacci.hpp"
#include "wb/lazy.hpp"

namespace ch05::odd_fibonacci::WB_VARIANT {

namespace {

bool is_odd(std::uint64_t f) { return f % 2 == 1; }

}  // namespace

wb::generator<std::uint64_t> fibonacci() {
  std::uint64_t i = 0;  // F(n), the next number handed out
  std::uint64_t j = 1;  // F(n+1), valid while next_fits
  bool next_fits = true;
  while (true) {
    co_yield i;
    if (!next_fits) throw std::overflow_error("Fibonacci number past F(93) does not fit in 64 bits");
    std::uint64_t after = 0;
    next_fits = !__builtin_add_overflow(i, j, &after);  // F(n+2); overflows once n+2 = 94
    i = j;
    j = after;
  }
}

std::size_t count_odd_naive(std::uint64_t limit) {
  std::uint64_t i = 0;  // F(n)
  std::uint64_t j = 1;  // F(n+1), valid while next_fits
  bool next_fits = true;
  std::size_t count = 0;
  while (i < limit) {
    if (is_odd(i)) ++count;
    if (!next_fits) throw std::overflow_error("Fibonacci number past F(93) does not fit in 64 bits");
    std::uint64_t after = 0;
    next_fits = !__builtin_add_overflow(i, j, &after);
    i = j;
    j = after;
  }
  return count;
}

std::size_t count_odd_transform(std::uint64_t limit) {
  std::size_t count = 0;
  for (std::uint64_t f : fibonacci()) {
    if (f >= limit) break;
    if (is_odd(f)) ++count;
  }
  return count;
}

std::size_t count_odd_succinct(std::uint64_t limit) {
  auto below = fibonacci() | wb::lazy::takewhile([limit](std::uint64_t f) { return f < limit; });
  return static_cast<std::size_t>(std::ranges::count_if(below, is_odd));
}

}  // namespace ch05::odd_fibonacci::WB_VARIANT
