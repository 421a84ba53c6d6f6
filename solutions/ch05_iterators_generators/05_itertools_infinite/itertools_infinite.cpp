// ch05.5 itertools_infinite: reference solution.
#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "itertools_infinite.hpp"

namespace ch05::itertools_infinite::WB_VARIANT {

wb::generator<double> count(double start, double step) {
  double n = start;
  while (true) {
    co_yield n;
    n += step;  // CPython's count adds; start + i * step would round differently
  }
}

wb::generator<double> repeat(double value, std::optional<std::size_t> times) {
  if (!times) {
    while (true) co_yield value;
  }
  for (std::size_t k = 0; k < *times; ++k) co_yield value;
}

wb::generator<int> cycle(wb::generator<int> items) {
  std::vector<int> saved;
  for (int x : items) {
    saved.push_back(x);
    co_yield x;
  }
  if (saved.empty()) co_return;
  while (true) {
    for (int x : saved) co_yield x;
  }
}

wb::generator<double> accumulate(wb::generator<double> items, std::function<double(double, double)> op,
                                 std::optional<double> initial) {
  std::optional<double> total = initial;
  if (total) co_yield *total;  // before reading anything, as CPython does
  for (double x : items) {
    total = total ? op(*total, x) : x;
    co_yield *total;
  }
}

}  // namespace ch05::itertools_infinite::WB_VARIANT
