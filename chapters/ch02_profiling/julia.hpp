// ch02.1 julia: the interface of the Julia-set exercise (not edited by the learner).
//
// The learner's julia.cpp, the frozen julia_baseline.cpp and solutions/ch02_profiling/julia.cpp each
// define julia_set in their own namespace (exercise, baseline, solution), so the tests and the
// benchmark can call any of them: ch02::julia::exercise::julia_set(spec, 1).
#pragma once

#include <vector>

#include "wb/exercise.hpp"
#include "wb/julia.hpp"

#define CH02_JULIA_API                                                                     \
  /* Returns the escape count of every pixel of spec's grid (wb::julia::book_grid), */     \
  /* row-major, exactly as wb::julia::reference_iterations does. May use up to `threads` */ \
  /* threads (threads >= 1). Precondition: spec.width > 0, spec.max_iterations >= 0. */    \
  std::vector<int> julia_set(const wb::julia::Spec& spec, int threads);

namespace ch02::julia {
WB_DECLARE_VARIANTS(CH02_JULIA_API)
}  // namespace ch02::julia
