// ch01.3 memory_hierarchy: the interface of the exercise (not edited by the learner).
//
// The book lists a computer's memory units (caches, RAM, disks) from fast and small to slow and
// large. The program `./workbook run memory_hierarchy` measures the first ones here: it links the
// cache lines of a working set into one random cycle and follows it, one dependent load after
// another, so every load waits for the previous one and no prefetcher can guess the next address.
// The time per hop is the latency of the level that holds the working set. The cycle must visit
// every line exactly once before it comes back (a shorter cycle would stay in a smaller set of
// lines, i.e. in a faster cache); Sattolo's algorithm makes one, uniformly among all the
// (n - 1)! cyclic permutations. You write it.
//
// Example:
//   namespace m = ch01::memory_hierarchy::exercise;
//   std::vector<std::uint32_t> next = m::sattolo_cycle(5, 42);   // e.g. {3, 4, 0, 1, 2}: 0-3-1-4-2-0
//   std::size_t i = 0;
//   for (int hop = 0; hop < 5; ++hop) i = next[i];                // back at 0 after exactly 5 hops
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "wb/exercise.hpp"

namespace ch01::memory_hierarchy {

// A small, fast, seedable random number generator (SplitMix64): the same seed gives the same
// numbers on every machine and compiler, unlike std::uniform_int_distribution.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) noexcept : state_(seed) {}

  // The next 64 random bits.
  std::uint64_t next() noexcept {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  // A number uniformly distributed in [0, bound), without modulo bias (draws again when the
  // draw falls into the incomplete last block of `bound` values). Precondition: bound >= 1.
  std::uint64_t below(std::uint64_t bound) noexcept {
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    const std::uint64_t limit = kMax - kMax % bound;  // a multiple of bound
    std::uint64_t x = next();
    while (x >= limit) x = next();
    return x % bound;
  }

 private:
  std::uint64_t state_;
};

// The largest n sattolo_cycle accepts: the indices are 32-bit.
inline constexpr std::uint64_t kMaxSlots = std::uint64_t{1} << 32;

#define WB_API "memory_hierarchy_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch01::memory_hierarchy
