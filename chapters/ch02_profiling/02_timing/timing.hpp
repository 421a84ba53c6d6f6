// ch02.2 timing: the interface of the timing exercise (not edited by the learner).
//
// You build the book's three simple timers: the @timefn decorator (Example 2-5) as a C++ wrapper
// that forwards arguments and results untouched, an RAII scoped timer, and a timeit-style
// repeat. Each implementation defines what timing_api.hpp declares (wb/exercise.hpp explains the
// three: baseline, exercise, solution).
//
// timefn itself is a template in timing.cpp (a template cannot be compiled once per variant and
// called from another file), so the tests reach it through the make_timed_* functions below:
// each wraps one small function with your timefn and hands it back as a std::function.
//
// Example:
//   namespace t = ch02::timing::exercise;
//   std::ostringstream out;
//   auto element = t::make_timed_element(ch02::timing::steady_clock(), out);
//   std::vector<int> v{1, 2, 3};
//   int& x = element(v, 1);   // &x == &v[1]; out holds "@timefn: element took 0.0000 seconds\n"
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "wb/exercise.hpp"

namespace ch02::timing {

// A clock you can inject: returns the time since some fixed start. Tests pass a fake one that
// advances by a set step or returns scripted readings, so no test depends on the machine's speed.
using Clock = std::function<std::chrono::nanoseconds()>;

// Returns the real clock: std::chrono::steady_clock (it never jumps, unlike the wall clock).
inline Clock steady_clock() {
  return [] {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
  };
}

// Where a ScopedTimer sends its measurement: the timer's name and the seconds it measured.
using Report = std::function<void(std::string_view name, double seconds)>;

// What repeat measured, in seconds per call: every sample in the order taken, the fastest and the
// median.
struct Summary {
  std::vector<double> samples;
  double min = 0.0;
  double median = 0.0;
};

#define WB_API "timing_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch02::timing
