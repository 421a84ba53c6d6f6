// ch03.4 bisect: the interface of the exercise (not edited by the learner).
//
// Python's bisect module keeps a list sorted and finds positions in it in O(log n): bisect_left
// and bisect_right give the insertion point before or after equal elements, insort_left and
// insort_right insert there, and the book's find_closest (Example 3-4) uses bisect_left to find
// the value nearest a needle. You write all five with Python's semantics; the tests compare them
// with wb::bisect_left and friends (shared/include/wb/bisect.hpp) on many random arrays.
//
// Example:
//   namespace b = ch03::bisect::exercise;
//   std::vector<int> v{14, 265, 496, 661, 683, 734, 881, 892, 973, 992};
//   b::bisect_left(v, 496);        // 2
//   b::bisect_right(v, 496);       // 3
//   v[b::find_closest(v, 500)];    // 496 (the book's example)
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "wb/exercise.hpp"

namespace ch03::bisect {

// An element that sorts by key only, so that two Items with the same key compare equal but can
// still be told apart by id: the tests use it to see where insort puts a new equal element.
struct Item {
  int key = 0;
  int id = 0;
  friend bool operator<(const Item& a, const Item& b) { return a.key < b.key; }
  friend bool operator==(const Item& a, const Item& b) = default;  // key and id: the exact element
};

#define WB_API "bisect_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch03::bisect
