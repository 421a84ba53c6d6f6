// ch03.7 small_lists: the interface of the exercise (not edited by the learner).
//
// The book stores 1,000,000 samples of 9 random ints as a list of small lists (Example 3-7) and
// sees the lists' over-allocation add up: a list built by appending holds spare slots, one rebuilt
// at its exact size holds 1.12x less, and tuples 1.19x less again (Example 3-8). Here a sample is
// 9 ints, and you choose how to store a million of them. build() copies the values in; the tests
// read them back with value(); the benchmark measures, to the byte, the most heap build() holds at
// any moment (the counting allocator, wb/alloc_counter.hpp).
//
// Example:
//   namespace s = ch03::small_lists::exercise;
//   std::vector<int> values(9 * 1000, 7);             // 1,000 samples of 9 values, sample by sample
//   const ch03::small_lists::Samples samples = s::build(values);
//   s::count(samples);                                 // 1000
//   s::value(samples, 999, 8);                         // 7: sample 999, its last value
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <vector>

#include "wb/exercise.hpp"

namespace ch03::small_lists {

inline constexpr std::size_t kSampleSize = 9;

// Room for the layouts worth trying; an implementation fills one of them and leaves the others
// empty (empty vectors hold no heap).
struct Samples {
  std::vector<std::vector<int>> nested;                 // one std::vector per sample (the book's lists)
  std::vector<std::array<int, kSampleSize>> packed;     // the 9 values inline, one block for all
  std::vector<int> flat;                                // all values in one run, sample by sample
};

#define WB_API "small_lists_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch03::small_lists
