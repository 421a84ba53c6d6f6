// ch05.7 itertools_combining: the interface of the exercise (not edited by the learner).
//
// The last part of the seed's itertools tour (seed 001) combines elements: groupby gathers runs
// of elements with equal keys, pairwise hands out neighbours, zip_longest walks two inputs side by
// side and combinations enumerates the k-element subsets of a pool in CPython's order. You write
// the four as wb::generator coroutines: each result is built only when the consumer asks for it,
// so even the C(60, 30) = 118,264,581,564,861,424 combinations of 60 elements start at once.
//
// Example:
//   namespace c = ch05::itertools_combining::exercise;
//   c::groupby(from({1, 1, 2, 1}), identity);            // {1, [1, 1]} {2, [2]} {1, [1]}
//   c::pairwise(from({1, 2, 3}));                        // (1, 2) (2, 3)
//   c::zip_longest(from({1, 2, 3}), from({9}), 0);       // (1, 9) (2, 0) (3, 0)
//   c::combinations({1, 2, 3}, 2);                       // [1, 2] [1, 3] [2, 3]
#pragma once

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

#include "wb/exercise.hpp"
#include "wb/generator.hpp"

namespace ch05::itertools_combining {

// One group of groupby: the key its elements share and the elements, in input order.
struct Group {
  int key = 0;
  std::vector<int> items;
  friend bool operator==(const Group&, const Group&) = default;
};

#define WB_API "itertools_combining_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch05::itertools_combining
