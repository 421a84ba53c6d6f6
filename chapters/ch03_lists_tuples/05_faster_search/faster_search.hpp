// ch03.5 faster_search: the interface of the exercise (not edited by the learner).
//
// Beyond the book: binary search is O(log n), but on a modern CPU its constant is large. Each step
// waits for a load whose address depends on the previous comparison (a cache miss once the array
// outgrows the caches) and half of the comparisons' branches are mispredicted. The baseline is
// std::lower_bound. You may change how the values are laid out (prepare) and how a query walks them
// (lower_bounds), as long as every query gets the same answer: the smallest element >= the query.
//
// Example:
//   namespace f = ch03::faster_search::exercise;
//   std::vector<int> sorted{2, 3, 3, 7, 11};
//   const ch03::faster_search::Layout layout = f::prepare(sorted);
//   std::vector<int> queries{3, 4, 12};
//   std::vector<std::int64_t> out(3);
//   f::lower_bounds(layout, queries, out);   // out = {3, 7, kNone}
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "wb/exercise.hpp"

namespace ch03::faster_search {

// The answer for a query above every element.
inline constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::max();

// A search structure built once from the sorted values. What `keys` holds is up to the
// implementation (the sorted values themselves, an Eytzinger order, B-tree blocks with padding ...).
struct Layout {
  std::vector<int> keys;
  std::size_t n = 0;   // how many values were given
  int largest = 0;     // the largest of them (when n > 0)
};

#define WB_API "faster_search_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch03::faster_search
