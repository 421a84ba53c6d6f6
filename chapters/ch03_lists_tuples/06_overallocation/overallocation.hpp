// ch03.6 overallocation: the interface of the exercise (not edited by the learner).
//
// A Python list is a dynamic array: it keeps more slots than items so that most appends need no
// reallocation. CPython's list_resize (Objects/listobject.c, the same rule in 3.9 to 3.12) decides
// how many: about one eighth more than the new size, plus 6, rounded down to a multiple of 4; a
// jump past that headroom (an extend) gets just the new size rounded up to a multiple of 4; and a
// size that still fits and fills at least half of the block keeps it. You write the rule and the
// schedule of reallocations it causes; the tests reproduce the book's figures (1,000,000 appends
// end with 1,056,084 slots after 86 reallocations) and compare with wb::pylist.
//
// Example:
//   namespace o = ch03::overallocation::exercise;
//   o::list_resize(0, 0, 1);                        // 4: the first append
//   o::list_resize(2, 2, 3);                        // 8: [1, 2].append(3)
//   o::append_schedule(1'000'000).back().capacity;  // 1,056,084
#pragma once

#include <cstddef>
#include <vector>

#include "wb/exercise.hpp"
#include "wb/pylist.hpp"

namespace ch03::overallocation {

// One reallocation: the list's size right after the append that caused it, and its new capacity
// (the same struct as wb::pylist's, so the two can be compared directly).
using Resize = wb::pylist::Resize;

#define WB_API "overallocation_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch03::overallocation
