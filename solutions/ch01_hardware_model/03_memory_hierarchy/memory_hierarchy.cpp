// ch01.3 memory_hierarchy: the reference solution. Sattolo's algorithm (1986): Fisher-Yates with
// j < i instead of j <= i. Each swap joins slot i's cycle to the cycle of a slot below it, so after
// the pass from n - 1 down to 1 there is one cycle; every cyclic permutation comes out with the same
// probability 1 / (n - 1)! (n - 1 choices at the first step, n - 2 at the next, ...).
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <stdexcept>
#include <utility>
#include <vector>

#include "memory_hierarchy.hpp"

namespace ch01::memory_hierarchy::WB_VARIANT {

std::vector<std::uint32_t> sattolo_cycle(std::size_t n, std::uint64_t seed) {
  if (n > kMaxSlots) throw std::invalid_argument("sattolo_cycle: more than 2^32 slots");
  std::vector<std::uint32_t> next(n);
  std::iota(next.begin(), next.end(), std::uint32_t{0});  // wraps only at n = 2^32, the last index
  SplitMix64 rng(seed);
  for (std::size_t i = n; i-- > 1;) {
    const auto j = static_cast<std::size_t>(rng.below(i));  // uniform in [0, i - 1]
    std::swap(next[i], next[j]);
  }
  return next;
}

}  // namespace ch01::memory_hierarchy::WB_VARIANT
