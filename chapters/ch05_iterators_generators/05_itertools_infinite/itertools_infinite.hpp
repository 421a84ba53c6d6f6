// ch05.5 itertools_infinite: the interface of the exercise (not edited by the learner).
//
// Python's itertools starts with three sources that never end on their own: count, cycle and
// repeat. The seed's tour (seed 001) gives each a worked example and pairs repeat with accumulate
// for recurrences such as the logistic map. You write the four as wb::generator coroutines: each
// computes a value only when the consumer asks for it, so an endless one costs nothing until it
// is read, and the consumer decides where to stop.
//
// Example:
//   namespace i = ch05::itertools_infinite::exercise;
//   for (double x : i::count(10, 1)) { if (x > 14) break; }          // 10 11 12 13 14
//   i::repeat(10, 3);                                                // 10 10 10
//   i::cycle(letters("ABCD"));                                       // A B C D A B C D A ...
//   i::accumulate(i::repeat(0.4, 36), logistic_map, std::nullopt);   // the logistic map
#pragma once

#include <cstddef>
#include <functional>
#include <optional>

#include "wb/exercise.hpp"
#include "wb/generator.hpp"

namespace ch05::itertools_infinite {

#define WB_API "itertools_infinite_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch05::itertools_infinite
