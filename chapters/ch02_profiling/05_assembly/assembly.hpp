// ch02.5 assembly (a tour): two ways to sum 0 .. upper-1, to read as assembly instead of bytecode.
//
// The book (High Performance Python, 3rd ed., Example 2-16) compares a hand-written loop with
// sum(range(...)) and counts their bytecode with `dis` (Example 2-18: 17 against 7 instructions).
// Here the same pair is compiled C++; assembly.sh prints the machine code of both at -O0 and -O2
// and counts its instructions. Nothing here is for the learner to edit.
//
// Example:
//   std::int64_t a = ch02::assembly::fn_expressive();   // 499'999'500'000
//   std::int64_t b = ch02::assembly::fn_terse(10);      // 45
#pragma once

#include <cstdint>

namespace ch02::assembly {

// The book's default: the sum of 0 .. 999'999 is 499'999'500'000.
inline constexpr std::int64_t kDefaultUpper = 1'000'000;

// Returns 0 + 1 + ... + (upper - 1) with a plain counting loop (the book's fn_expressive), or 0 if
// upper <= 0, like Python's range. O(upper) additions unless the compiler finds the closed form.
// Precondition: upper <= 4'294'967'296 (the sum must fit in 64 bits).
std::int64_t fn_expressive(std::int64_t upper = kDefaultUpper);

// Returns the same sum as fn_expressive with std::accumulate over a lazy std::views::iota (the
// book's fn_terse, sum(range(upper))). Same cost and precondition as fn_expressive.
std::int64_t fn_terse(std::int64_t upper = kDefaultUpper);

}  // namespace ch02::assembly
