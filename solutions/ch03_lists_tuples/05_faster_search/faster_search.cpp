// ch03.5 faster_search: reference solution, a ladder of faster lower bounds (see
// faster_search_ladder.hpp). Sizes the rungs were measured at: 2^10 to 2^24 ints.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#if defined(__AVX2__)
#include <immintrin.h>
#endif

#include "faster_search.hpp"
#if __has_include("faster_search_ladder.hpp")  // absent when this file is copied over the exercise
#include "faster_search_ladder.hpp"
#endif

namespace ch03::faster_search::WB_VARIANT {

namespace {

// Prefetches the cache line at byte offset `offset` from base. Computed as an integer so that an
// address past the array (a harmless prefetch) is never formed as a C++ pointer.
inline void prefetch(const void* base, std::size_t offset) {
  __builtin_prefetch(reinterpret_cast<const void*>(reinterpret_cast<std::uintptr_t>(base) + offset));
}

constexpr std::size_t kLineBytes = 64;
constexpr std::size_t kLineInts = kLineBytes / sizeof(int);
constexpr std::size_t kLanes = 8;  // queries walked side by side by the Eytzinger and S-tree rungs

Layout with_meta(std::span<const int> sorted) {
  Layout layout;
  layout.n = sorted.size();
  layout.largest = sorted.empty() ? 0 : sorted.back();
  return layout;
}

// Gives layout.keys room for `count` ints starting on a 64-byte boundary and returns where they
// start. keys[0] holds that start's index, so a search finds it again (aligned_tree) even in a copy of
// the layout, where the start may no longer be aligned: still correct, only slower.
int* make_aligned_tree(Layout& layout, std::size_t count) {
  layout.keys.assign(1 + kLineInts + count, 0);
  const auto address = reinterpret_cast<std::uintptr_t>(layout.keys.data() + 1);
  const std::size_t skip = (kLineBytes - address % kLineBytes) % kLineBytes / sizeof(int);
  layout.keys[0] = static_cast<int>(1 + skip);
  return layout.keys.data() + 1 + skip;
}

const int* aligned_tree(const Layout& layout) { return layout.keys.data() + layout.keys[0]; }

// Branchless lower bound on keys[0, n): the index of the first element >= x (n if none).
template <bool kPrefetch>
std::size_t branchless_index(const int* keys, std::size_t n, int x) {
  if (n == 0) return 0;
  const int* base = keys;
  std::size_t len = n;
  while (len > 1) {
    const std::size_t half = len / 2;
    if constexpr (kPrefetch) {
      prefetch(base, (len / 4) * sizeof(int));          // the next probe if we stay
      prefetch(base, (half + len / 4) * sizeof(int));   // the next probe if we move
    }
    base = base[half] < x ? base + half : base;  // compiled to a conditional move
    len -= half;
  }
  return static_cast<std::size_t>(base - keys) + (*base < x ? 1 : 0);
}

// --- S-tree: blocks of 16 keys; block k's children are k * 17 + i + 1, i = 0..16. -------------
constexpr std::size_t kB = 16;

std::size_t blocks_for(std::size_t n) { return (n + kB - 1) / kB; }
std::size_t child(std::size_t k, std::size_t i) { return k * (kB + 1) + i + 1; }

// Fills the blocks in key order (an in-order walk of the tree); past the data, INT_MAX.
void stree_fill(int* tree, std::size_t blocks, std::span<const int> sorted, std::size_t& next,
                std::size_t k) {
  if (k >= blocks) return;
  for (std::size_t i = 0; i < kB; ++i) {
    stree_fill(tree, blocks, sorted, next, child(k, i));
    tree[k * kB + i] = next < sorted.size() ? sorted[next++] : std::numeric_limits<int>::max();
  }
  stree_fill(tree, blocks, sorted, next, child(k, kB));
}

// How many of the 16 keys at `block` are below x.
inline unsigned rank16(const int* block, int x) {
#if defined(__AVX2__)
  const __m256i xv = _mm256_set1_epi32(x);
  const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(block));
  const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(block + 8));
  const unsigned mlo = static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpgt_epi32(xv, lo))));
  const unsigned mhi = static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpgt_epi32(xv, hi))));
  return static_cast<unsigned>(__builtin_popcount(mlo | (mhi << 8)));
#else
  unsigned r = 0;
  for (std::size_t i = 0; i < kB; ++i) r += block[i] < x ? 1u : 0u;
  return r;
#endif
}

}  // namespace

namespace ladder {

Layout sorted_prepare(std::span<const int> sorted) {
  Layout layout = with_meta(sorted);
  layout.keys.assign(sorted.begin(), sorted.end());
  return layout;
}

void branchless(const Layout& layout, std::span<const int> queries, std::span<std::int64_t> out) {
  const int* keys = layout.keys.data();
  for (std::size_t i = 0; i < queries.size(); ++i) {
    const std::size_t at = branchless_index<false>(keys, layout.n, queries[i]);
    out[i] = at == layout.n ? kNone : keys[at];
  }
}

void branchless_prefetch(const Layout& layout, std::span<const int> queries, std::span<std::int64_t> out) {
  const int* keys = layout.keys.data();
  for (std::size_t i = 0; i < queries.size(); ++i) {
    const std::size_t at = branchless_index<true>(keys, layout.n, queries[i]);
    out[i] = at == layout.n ? kNone : keys[at];
  }
}

// The Eytzinger layout: the values in BFS order of the implicit search tree (node k's children are
// 2k and 2k + 1, the root is node 1). Node 0 (unused), and with it every group of 16 nodes
// 16k..16k+15, starts a 64-byte cache line.
Layout eytzinger_prepare(std::span<const int> sorted) {
  Layout layout = with_meta(sorted);
  int* tree = make_aligned_tree(layout, sorted.size() + 1);
  // In-order walk without recursion: go left while possible, take the node, go right.
  std::size_t next = 0;
  std::vector<std::size_t> stack;
  std::size_t k = 1;
  while (k <= sorted.size() || !stack.empty()) {
    while (k <= sorted.size()) {
      stack.push_back(k);
      k = 2 * k;
    }
    k = stack.back();
    stack.pop_back();
    tree[k] = sorted[next++];
    k = 2 * k + 1;
  }
  return layout;
}

// Queries walk the tree kLanes at a time in lockstep, so kLanes independent cache misses are in
// flight instead of one; each lane also prefetches its node four levels down (16k: one line).
void eytzinger(const Layout& layout, std::span<const int> queries, std::span<std::int64_t> out) {
  const std::size_t n = layout.n;
  if (n == 0) {
    for (std::int64_t& o : out.first(queries.size())) o = kNone;
    return;
  }
  const int* tree = aligned_tree(layout);
  // Levels 1..full - 1 hold every node; the last level (nodes 2^(full-1)..n) may be partial.
  const int full = static_cast<int>(std::bit_width(n));
  auto finish = [&](std::size_t k, int x) {
    // The last level: a missing node ends the walk where it is.
    k = k <= n ? 2 * k + (tree[k] < x ? 1 : 0) : k;
    // The path went right after the answer; undo the trailing right turns and one left turn.
    k >>= __builtin_ffsll(static_cast<long long>(~k));
    return k == 0 ? kNone : std::int64_t{tree[k]};
  };
  std::size_t i = 0;
  for (; i + kLanes <= queries.size(); i += kLanes) {
    std::size_t k[kLanes];
    for (std::size_t& kk : k) kk = 1;
    for (int level = 1; level < full; ++level) {
      for (std::size_t j = 0; j < kLanes; ++j) {
        prefetch(tree, 16 * k[j] * sizeof(int));
        k[j] = 2 * k[j] + (tree[k[j]] < queries[i + j] ? 1 : 0);
      }
    }
    for (std::size_t j = 0; j < kLanes; ++j) out[i + j] = finish(k[j], queries[i + j]);
  }
  for (; i < queries.size(); ++i) {
    std::size_t k = 1;
    for (int level = 1; level < full; ++level) k = 2 * k + (tree[k] < queries[i] ? 1 : 0);
    out[i] = finish(k, queries[i]);
  }
}

// Blocks of 16 keys, each on its own cache line.
Layout stree_prepare(std::span<const int> sorted) {
  Layout layout = with_meta(sorted);
  const std::size_t blocks = blocks_for(sorted.size());
  int* tree = make_aligned_tree(layout, blocks * kB);
  std::size_t next = 0;
  stree_fill(tree, blocks, sorted, next, 0);
  return layout;
}

// Like the Eytzinger rung, kLanes queries descend side by side so that their misses overlap.
void stree(const Layout& layout, std::span<const int> queries, std::span<std::int64_t> out) {
  const int* tree = aligned_tree(layout);
  const std::size_t blocks = blocks_for(layout.n);
  // A result of INT_MAX may be padding: it is a real answer only if the data holds INT_MAX.
  const bool max_is_real = layout.n > 0 && layout.largest == std::numeric_limits<int>::max();
  auto answer = [&](std::int64_t best) {
    return best == std::numeric_limits<int>::max() && !max_is_real ? kNone : best;
  };
  std::size_t q = 0;
  for (; q + kLanes <= queries.size(); q += kLanes) {
    std::size_t k[kLanes] = {};
    std::int64_t best[kLanes];
    for (std::int64_t& b : best) b = kNone;
    for (bool walking = blocks > 0; walking;) {
      walking = false;
      for (std::size_t j = 0; j < kLanes; ++j) {
        if (k[j] >= blocks) continue;
        const unsigned i = rank16(tree + k[j] * kB, queries[q + j]);
        if (i < kB) best[j] = tree[k[j] * kB + i];
        k[j] = child(k[j], i);
        walking = true;
      }
    }
    for (std::size_t j = 0; j < kLanes; ++j) out[q + j] = answer(best[j]);
  }
  for (; q < queries.size(); ++q) {
    std::int64_t best = kNone;
    for (std::size_t k = 0; k < blocks;) {
      const unsigned i = rank16(tree + k * kB, queries[q]);
      if (i < kB) best = tree[k * kB + i];
      k = child(k, i);
    }
    out[q] = answer(best);
  }
}

}  // namespace ladder

Layout prepare(std::span<const int> sorted) { return ladder::stree_prepare(sorted); }

void lower_bounds(const Layout& layout, std::span<const int> queries, std::span<std::int64_t> out) {
  ladder::stree(layout, queries, out);
}

}  // namespace ch03::faster_search::WB_VARIANT
