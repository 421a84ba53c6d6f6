// ch05.3 divisible_by_three: reference solution. A generator of Fibonacci residues mod 3 (two ints
// of state in its frame) and a count over it: the book's sum(1 for n in fibonacci_gen(...) if
// n % 3 == 0). The coroutine frame is the only heap it uses, whatever n.
#include <cstddef>

#include "divisible_by_three.hpp"
#include "wb/generator.hpp"

namespace ch05::divisible_by_three::WB_VARIANT {

namespace {

// F(0) mod 3, F(1) mod 3, ... for n numbers.
wb::generator<int> fibonacci_mod3(std::size_t n) {
  int a = 0;
  int b = 1;
  for (std::size_t k = 0; k < n; ++k) {
    co_yield a;
    const int next = (a + b) % 3;
    a = b;
    b = next;
  }
}

}  // namespace

std::size_t count_divisible_by_three(std::size_t n) {
  std::size_t count = 0;
  for (int r : fibonacci_mod3(n)) count += r == 0 ? 1 : 0;
  return count;
}

}  // namespace ch05::divisible_by_three::WB_VARIANT
