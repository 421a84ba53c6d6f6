// ch05.6 itertools_filtering: the interface of the exercise (not edited by the learner).
//
// The seed's itertools tour (seed 001) shows the adaptors that let elements through by value
// (takewhile, dropwhile, filterfalse) or by position (islice). Each one reads its input lazily:
// it takes an element only when its consumer asks for the next one, and stops reading as soon as
// it knows the answer, which is what makes them safe on an endless input. You write the four as
// wb::generator coroutines over a wb::generator<int> input.
//
// Example:
//   namespace f = ch05::itertools_filtering::exercise;
//   auto below5 = [](int x) { return x < 5; };
//   f::takewhile(below5, from({1, 4, 6, 4, 1}));     // 1 4
//   f::dropwhile(below5, from({1, 4, 6, 4, 1}));     // 6 4 1
//   f::islice(from({0, 1, 2, 3, 4, 5, 6}), 0, std::nullopt, 2);   // 0 2 4 6
#pragma once

#include <cstddef>
#include <functional>
#include <optional>

#include "wb/exercise.hpp"
#include "wb/generator.hpp"

namespace ch05::itertools_filtering {

#define WB_API "itertools_filtering_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch05::itertools_filtering
