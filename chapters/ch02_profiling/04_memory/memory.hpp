// ch02.4 memory: the interface of the memory exercise (not edited by the learner).
//
// The book's Julia program spends its set-up building two lists with a million complex numbers
// each, `zs` and `cs`; memory_profiler and mprof show the process grow by tens of megabytes before
// the kernel even starts (its figures 2-6 to 2-8). Here the set-up (prepare) and the kernel
// (calculate) are two functions, so the counting allocator (wb/alloc_counter.hpp) can measure the
// set-up's peak heap exactly. Both are declared in memory_api.hpp, once per implementation
// (wb/exercise.hpp); the implementations share the Prepared struct below and fill what they need.
//
// Example:
//   namespace m = ch02::memory::exercise;
//   const ch02::memory::Prepared prepared = m::prepare(wb::julia::Spec{});   // the set-up
//   const std::vector<int> counts = m::calculate(prepared);                  // sum is 33219980
#pragma once

#include <complex>
#include <vector>

#include "wb/exercise.hpp"
#include "wb/julia.hpp"

namespace ch02::memory {

// Everything the set-up hands to the kernel. Which members are filled is up to the implementation:
// the book's set-up fills all of them; a leaner one may leave zs and cs empty.
struct Prepared {
  wb::julia::Spec spec;                  // the parameters (the kernel reads c and max_iterations)
  std::vector<double> xs;                // the x axis, built by the book's accumulating loop
  std::vector<double> ys;                // the y axis, likewise (from y2 down to y1)
  std::vector<std::complex<double>> zs;  // one start point per pixel, row-major (the book's zs)
  std::vector<std::complex<double>> cs;  // the constant c once per pixel (the book's cs)
};

#define WB_API "memory_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch02::memory
