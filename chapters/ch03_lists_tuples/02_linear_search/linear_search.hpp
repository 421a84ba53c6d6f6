// ch03.2 linear_search: the interface of the exercise (not edited by the learner).
//
// With no order to rely on, the only way to find a value in an array is to look at every element
// until it turns up: the book's linear search (Example 3-2), O(n). You write it; the tests run it
// on the book's sizes (10,000, 100,000 and 1,000,000 elements) and on random arrays with repeats.
//
// Example:
//   namespace s = ch03::linear_search::exercise;
//   std::vector<int> v{5, 3, 9, 3};
//   s::linear_search(v, 3);    // 1: the first 3
//   s::linear_search(v, 4);    // -1
#pragma once

#include <cstddef>
#include <span>

#include "wb/exercise.hpp"

namespace ch03::linear_search {

#define WB_API "linear_search_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch03::linear_search
