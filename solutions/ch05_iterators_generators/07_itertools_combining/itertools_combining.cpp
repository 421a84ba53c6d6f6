// ch05.7 itertools_combining: reference solution.
#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "itertools_combining.hpp"

namespace ch05::itertools_combining::WB_VARIANT {

wb::generator<Group> groupby(wb::generator<int> items, std::function<int(int)> key) {
  std::optional<Group> run;
  for (int x : items) {
    const int k = key(x);
    if (run && run->key == k) {
      run->items.push_back(x);
      continue;
    }
    if (run) co_yield *run;
    run = Group{k, {x}};
  }
  if (run) co_yield *run;
}

wb::generator<std::pair<int, int>> pairwise(wb::generator<int> items) {
  std::optional<int> previous;
  for (int x : items) {
    if (previous) co_yield std::pair<int, int>{*previous, x};
    previous = x;
  }
}

wb::generator<std::pair<int, int>> zip_longest(wb::generator<int> first, wb::generator<int> second, int fill) {
  auto a = first.begin();
  auto b = second.begin();
  while (true) {
    const bool has_a = a != first.end();
    const bool has_b = b != second.end();
    if (!has_a && !has_b) co_return;
    co_yield std::pair<int, int>{has_a ? *a : fill, has_b ? *b : fill};
    if (has_a) ++a;
    if (has_b) ++b;
  }
}

wb::generator<std::vector<int>> combinations(std::vector<int> pool, std::size_t k) {
  const std::size_t n = pool.size();
  if (k > n) co_return;
  std::vector<std::size_t> idx(k);
  for (std::size_t i = 0; i < k; ++i) idx[i] = i;
  std::vector<int> out(k);
  while (true) {
    for (std::size_t i = 0; i < k; ++i) out[i] = pool[idx[i]];
    co_yield out;
    std::size_t i = k;  // the rightmost position that can still grow, plus one
    while (i > 0 && idx[i - 1] == i - 1 + n - k) --i;
    if (i == 0) co_return;
    ++idx[i - 1];
    for (std::size_t j = i; j < k; ++j) idx[j] = idx[j - 1] + 1;
  }
}

}  // namespace ch05::itertools_combining::WB_VARIANT
