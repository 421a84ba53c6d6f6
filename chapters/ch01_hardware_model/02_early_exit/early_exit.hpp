// ch01.2 early_exit: the interface of the exercise (not edited by the learner).
//
// The book's search_fast returns at the first match; search_slow remembers the match and scans to
// the end; search_unknown1 feeds a generator to any(), which stops at the first True;
// search_unknown2 builds the whole list of comparisons first and then asks any(). All are O(n), and
// all give the same answer. The shipped `contains` is search_unknown2 in C++: it materialises a
// std::vector<bool> of every comparison, then std::any_of over it. Make it stop at the first match.
//
// Example:
//   std::vector<int> haystack(1000);
//   std::iota(haystack.begin(), haystack.end(), 0);             // the book's haystack: 0 .. 999
//   ch01::early_exit::exercise::contains(haystack, 5);          // true, after 6 comparisons
#pragma once

#include <span>

#include "wb/exercise.hpp"

namespace ch01::early_exit {

#define WB_API "early_exit_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch01::early_exit
