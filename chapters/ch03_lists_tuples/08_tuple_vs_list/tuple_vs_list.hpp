// ch03.8 tuple_vs_list: the interface of the tuple-versus-list exercise (not edited by the learner).
//
// The book's Example 3-9 times creating a small list against a small tuple: 7.6x in Python. A list
// is two heap objects (the list and its item array); CPython's literal tuple of constants is built
// once, and any other small tuple comes from a free list of recycled tuples (up to 2,000 of each
// size), without asking the allocator. In C++ the list is a std::vector<int>: one heap block; the
// tuple a std::array<int, 9>: no heap at all. And a vector whose blocks come from a free list of
// 36-byte blocks (CPython's tuple cache, as an allocator) sits in between.
//
// Creation is measured in batches: each call fills a span of slots with new values, so the
// benchmark times many creations and nothing but them (a slot's previous list is freed as the new
// one replaces it, as rebinding a Python name frees the old list).
//
// Example:
//   namespace t = ch03::tuple_vs_list;
//   std::vector<t::Tuple> tuples(1000);
//   t::exercise::make_tuples(5, tuples);   // tuples[i] holds 5+i, 6+i, ..., 13+i
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <vector>

#include "wb/exercise.hpp"

namespace ch03::tuple_vs_list {

inline constexpr std::size_t kLength = 9;                         // ints a list or tuple holds
inline constexpr std::size_t kBlockBytes = kLength * sizeof(int);  // 36: the block a 9-int list asks for
inline constexpr std::size_t kMaxCached = 2000;                   // CPython keeps 2,000 tuples a size

using Tuple = std::array<int, kLength>;

// Returns value k of the list or tuple in slot i of a batch that starts at first: first + i + k.
// Precondition: no overflow.
constexpr int value(int first, std::size_t i, std::size_t k) noexcept {
  return first + static_cast<int>(i + k);
}

#define WB_API "tuple_vs_list_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch03::tuple_vs_list
