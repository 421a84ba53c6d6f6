// ch02.4 memory: the interface of the memory exercise (not edited by the learner).
//
// The book's Julia program spends its set-up building two lists with a million complex numbers
// each, `zs` and `cs`; memory_profiler and mprof show the process grow by tens of megabytes before
// the kernel even starts (its figures 2-6 to 2-8). Here the set-up (prepare) and the kernel
// (calculate) are two functions, so the counting allocator (wb/alloc_counter.hpp) can measure the
// set-up's peak heap exactly. The learner's memory.cpp, the frozen memory_baseline.cpp and
// solutions/ch02_profiling/memory.cpp each define both in their own namespace (exercise, baseline,
// solution); they all share the Prepared struct below and fill as much of it as they need.
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

#define CH02_MEMORY_API                                                                           \
  /* Runs the set-up for spec: builds the axes (and whatever else calculate needs). */            \
  /* Precondition: spec.width > 0, spec.max_iterations >= 0. */                                    \
  Prepared prepare(const wb::julia::Spec& spec);                                                  \
  /* Returns the escape count of every pixel, row-major (row r is ys[r], column k is xs[k]), */    \
  /* exactly as wb::julia::reference_iterations does. O(pixels * max_iterations). */              \
  /* Precondition: prepared came from the same implementation's prepare. */                       \
  std::vector<int> calculate(const Prepared& prepared);

WB_DECLARE_VARIANTS(CH02_MEMORY_API)

}  // namespace ch02::memory
