// ch02.1 julia: the solution's ladder, one function per step, each benchmarked against the
// baseline by julia_bench.cpp. Every step gives the same pixels as wb::julia::reference_iterations.
#pragma once

#include <vector>

#include "wb/julia.hpp"

namespace ch02::julia::solution::ladder {

// Step 1: the loop test reordered to `n < maxiter && abs(z) < 2`.
std::vector<int> swapped(const wb::julia::Spec& spec);
// Step 2: std::norm(z) < 4 instead of std::abs(z) < 2 (no hypot).
std::vector<int> norm(const wb::julia::Spec& spec);
// Step 3: no `cs` list; the constant c is passed once.
std::vector<int> no_cs(const wb::julia::Spec& spec);
// Step 4: no `zs` list either; each pixel's z starts from the two axes.
std::vector<int> on_the_fly(const wb::julia::Spec& spec);
// Step 5: SIMD, one thread. A tile of 4 rows x one register of pixels (4 x 8 with AVX-512) runs in
// lock-step: one vector per row, with per-lane counters and a sticky lane mask.
std::vector<int> simd(const wb::julia::Spec& spec);
// Step 6: step 5 with bands of 4 rows handed out to `threads` threads from an atomic counter.
std::vector<int> simd_threads(const wb::julia::Spec& spec, int threads);

}  // namespace ch02::julia::solution::ladder
