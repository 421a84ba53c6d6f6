// FROZEN: the shipped starting point of divisible_by_three.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit divisible_by_three.cpp. Its TODO marks read STEP( here.
// ch05.3 divisible_by_three (slow): the book's list comprehension, in C++: every residue stored,
// then every match stored, then counted.
//
// Steps: the tests (`ctest --preset dev -L ch05.3`) pass as shipped and must keep passing; the
// target is in the benchmark (`./workbook check ch05.3`): at least 100x less peak heap than the
// frozen baseline (the book's 98 MB against nothing), measured to the byte.
//   1. count instead of storing the matches (the book's sum(1 for ...));
//   2. do not store the residues either: keep only the last two, as a generator does (a
//      wb::generator<int> of residues, or a plain loop).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "divisible_by_three.hpp"

namespace ch05::divisible_by_three::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

std::size_t count_divisible_by_three(std::size_t n) {
  // STEP(ch05.3) 2: this is the book's fibonacci_list, modulo 3: n residues in memory at once.
  std::vector<std::uint64_t> residues;
  std::uint64_t a = 0;
  std::uint64_t b = 1;
  while (residues.size() < n) {
    residues.push_back(a);
    const std::uint64_t next = (a + b) % 3;
    a = b;
    b = next;
  }
  // STEP(ch05.3) 1: the list comprehension: the matches kept only to be counted.
  std::vector<std::uint64_t> matches;
  for (std::uint64_t r : residues) {
    if (r % 3 == 0) matches.push_back(r);
  }
  return matches.size();
}

}  // namespace ch05::divisible_by_three::WB_VARIANT
