// ch02.3 counting: the workload of the gcov check (test ch02.3-counting-gcov).
//
// Runs the naive Julia port once at the book's size. The build compiles this program and its own
// copy of julia_baseline.cpp with --coverage -O0, so gcov can then report how often each line of
// julia_baseline.cpp ran: 34,219,980 for the `while` line and 33,219,980 for the update, the hit
// counts of the book's line_profiler run. counting_gcov.py runs it and reads gcov's report.
//
// Exit codes: 0 when the checksum is the book's 33219980, 1 otherwise.
#include <cstdio>
#include <vector>

#include "julia.hpp"

// Runs the book's Julia computation once and checks its checksum.
int main() {
  const std::vector<int> counts = ch02::julia::baseline::julia_set(wb::julia::Spec{}, 1);
  const auto sum = static_cast<long long>(wb::julia::checksum(counts));
  std::printf("sum(output) = %lld (the book's is %lld)\n", sum,
              static_cast<long long>(wb::julia::book_checksum));
  return sum == wb::julia::book_checksum ? 0 : 1;
}
