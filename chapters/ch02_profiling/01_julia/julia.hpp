// ch02.1 julia: the interface of the Julia-set exercise (read, don't edit). julia_set is declared
// in julia_api.hpp, once per implementation (baseline, exercise, solution: see wb/exercise.hpp).
//
// Example:
//   const std::vector<int> counts = ch02::julia::exercise::julia_set(wb::julia::Spec{}, 1);
//   // wb::julia::checksum(counts) == 33'219'980, the book's figure
#pragma once

#include <vector>

#include "wb/exercise.hpp"
#include "wb/julia.hpp"

namespace ch02::julia {

#define WB_API "julia_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch02::julia
