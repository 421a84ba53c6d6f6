// ch03.3 binary_search: the interface of the exercise (not edited by the learner).
//
// On a sorted array, a search can halve the candidates at each look: the book's binary search
// (Example 3-3), O(log n). Ported exactly as printed it has two defects, and this exercise ships
// with both (a "fix" exercise): a needle above every element reads one past the end, and a needle
// that falls between two elements loops forever. The shipped port reads with .at() and counts its
// passes, so the tests fail with std::out_of_range and wb::guard_tripped instead of crashing or
// hanging. You fix the two defects.
//
// Example:
//   namespace s = ch03::binary_search::exercise;
//   std::vector<int> v{9, 18, 18, 19, 29, 42, 56, 61, 88, 95};
//   s::binary_search(v, 61);    // 7 (the book's example)
//   s::binary_search(v, 100);   // -1 once fixed; as shipped: std::out_of_range
//   s::binary_search(v, 20);    // -1 once fixed; as shipped: wb::guard_tripped
#pragma once

#include <cstddef>
#include <vector>

#include "wb/exercise.hpp"

namespace ch03::binary_search {

#define WB_API "binary_search_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch03::binary_search
