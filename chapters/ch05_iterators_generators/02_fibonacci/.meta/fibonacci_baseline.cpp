// FROZEN: the shipped starting point of fibonacci.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit fibonacci.cpp. Its TODO marks read STEP( here.
// ch05.2 fibonacci (slow): the book's fibonacci_list, then a loop over the list.
//
// Steps: the tests (`ctest --preset dev -L ch05.2`) pass as shipped and must keep passing; the
// target is in the benchmark (`./workbook check ch05.2`): at 94 numbers, at least 10x less peak heap
// than the frozen baseline, and a peak that does not grow with n.
//   1. a generator: wb::generator<std::uint64_t> fibonacci_gen(n) that co_yields the numbers (the
//      book's fibonacci_gen), and visit loops over it instead of over a list.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "fibonacci.hpp"

namespace ch05::fibonacci::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

namespace {

// STEP(ch05.2) 1: the book's fibonacci_list: every number stored before the first is used.
std::vector<std::uint64_t> fibonacci_list(std::size_t n) {
  std::vector<std::uint64_t> numbers;
  std::uint64_t a = 0;
  std::uint64_t b = 1;
  while (numbers.size() < n) {
    numbers.push_back(a);
    const std::uint64_t next = a + b;  // F(94) wraps here once a = F(92); never stored (n <= 94)
    a = b;
    b = next;
  }
  return numbers;
}

}  // namespace

std::uint64_t visit(std::size_t n) {
  if (n > kMaxCount) throw std::overflow_error("visit: F(94) and later do not fit in 64 bits");
  std::uint64_t checksum = 0;
  for (std::uint64_t f : fibonacci_list(n)) checksum ^= f;
  return checksum;
}

}  // namespace ch05::fibonacci::WB_VARIANT
