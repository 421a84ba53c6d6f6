// ch05.2 fibonacci: reference solution: the book's fibonacci_gen as a coroutine. Its frame (the two
// numbers, a counter, the coroutine's bookkeeping) is the only heap it uses, whatever n.
#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include "fibonacci.hpp"
#include "wb/generator.hpp"

namespace ch05::fibonacci::WB_VARIANT {

namespace {

wb::generator<std::uint64_t> fibonacci_gen(std::size_t n) {
  std::uint64_t a = 0;
  std::uint64_t b = 1;
  for (; n > 0; --n) {
    co_yield a;
    const std::uint64_t next = a + b;  // wraps only after F(93) was the last number asked for
    a = b;
    b = next;
  }
}

}  // namespace

std::uint64_t visit(std::size_t n) {
  if (n > kMaxCount) throw std::overflow_error("visit: F(94) and later do not fit in 64 bits");
  std::uint64_t checksum = 0;
  for (std::uint64_t f : fibonacci_gen(n)) checksum ^= f;
  return checksum;
}

}  // namespace ch05::fibonacci::WB_VARIANT
