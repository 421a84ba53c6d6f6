// ch05.6 itertools_filtering: reference solution.
#include <algorithm>
#include <cstddef>
#include <functional>
#include <limits>
#include <optional>
#include <stdexcept>
#include <utility>

#include "itertools_filtering.hpp"

namespace ch05::itertools_filtering::WB_VARIANT {

wb::generator<int> takewhile(std::function<bool(int)> pred, wb::generator<int> items) {
  for (int x : items) {
    if (!pred(x)) co_return;
    co_yield x;
  }
}

wb::generator<int> dropwhile(std::function<bool(int)> pred, wb::generator<int> items) {
  bool dropping = true;
  for (int x : items) {
    if (dropping && pred(x)) continue;
    dropping = false;
    co_yield x;
  }
}

wb::generator<int> filterfalse(std::function<bool(int)> pred, wb::generator<int> items) {
  for (int x : items) {
    if (!pred(x)) co_yield x;
  }
}

wb::generator<int> islice_steps(wb::generator<int> items, std::size_t start, std::optional<std::size_t> stop,
                                std::size_t step) {
  const std::size_t end = stop.value_or(std::numeric_limits<std::size_t>::max());
  const std::size_t limit = std::max(start, end);  // CPython reads positions 0 .. limit - 1 at most
  if (limit == 0) co_return;
  std::size_t i = 0;  // the position of x
  for (int x : items) {
    if (i >= start && i < end && (i - start) % step == 0) co_yield x;
    if (++i == limit) co_return;  // before range-for reads position limit
  }
}

wb::generator<int> islice(wb::generator<int> items, std::size_t start, std::optional<std::size_t> stop,
                          std::size_t step) {
  if (step == 0) throw std::invalid_argument("islice: step must be a positive integer");
  return islice_steps(std::move(items), start, stop, step);
}

}  // namespace ch05::itertools_filtering::WB_VARIANT
