// ch02.2 timing: the interface of the timing exercise (not edited by the learner).
//
// You build the book's three simple timers: the @timefn decorator (Example 2-5) as a C++ wrapper
// that forwards arguments and results untouched, an RAII scoped timer, and a timeit-style
// repeat. The learner's timing.cpp, the frozen timing_baseline.cpp and
// solutions/ch02_profiling/timing.cpp each define everything below in their own namespace
// (exercise, baseline, solution), so the tests and the benchmark can call any of them:
// ch02::timing::exercise::format_report("f", 0.5).
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

}  // namespace ch02::timing

#define CH02_TIMING_API                                                                           \
  /* Returns "@timefn: <name> took <seconds> seconds", seconds with 4 decimals as the book's */    \
  /* {:.4f} (0.12345678 -> "0.1235"), without a newline. */                                        \
  std::string format_report(std::string_view name, double seconds);                              \
                                                                                                  \
  /* Measures from its construction to the end of its scope and calls report(name, seconds) */     \
  /* exactly once, when destroyed (also when the scope is left by an exception). */               \
  class ScopedTimer {                                                                             \
   public:                                                                                        \
    /* Starts timing: reads the clock once. */                                                    \
    ScopedTimer(std::string name, Clock clock, Report report);                                    \
    ScopedTimer(const ScopedTimer&) = delete;                                                     \
    ScopedTimer& operator=(const ScopedTimer&) = delete;                                          \
    /* Reads the clock once more and reports. Must not throw. */                                  \
    ~ScopedTimer();                                                                               \
    /* Returns the seconds since construction so far (reads the clock); does not report. */      \
    double elapsed() const;                                                                       \
                                                                                                  \
   private:                                                                                       \
    std::string name_;                                                                            \
    Clock clock_;                                                                                 \
    Report report_;                                                                               \
    [[maybe_unused]] std::chrono::nanoseconds start_{}; /* the stub never reads it */           \
  };                                                                                              \
                                                                                                  \
  /* Returns samples with their min and median (the mean of the two middle values when the */      \
  /* count is even, as Python's statistics.median); keeps the samples in their order. */           \
  /* Throws std::invalid_argument if samples is empty. */                                         \
  Summary summarize(std::vector<double> samples);                                                 \
                                                                                                  \
  /* Times fn like `python -m timeit -n number -r repeats`: `repeats` samples, each the time of */ \
  /* `number` back-to-back calls divided by `number`, reading the clock twice per sample. */       \
  /* Throws std::invalid_argument unless number >= 1 and repeats >= 1. */                         \
  Summary repeat(const std::function<void()>& fn, int number, int repeats, const Clock& clock);   \
                                                                                                  \
  /* The tests' way in to your timefn template: each wraps one small function with timefn, */     \
  /* reading `clock` and reporting to `out`, and returns the wrapper. */                          \
  /* element(v, i) returns v[i] by reference. */                                                  \
  std::function<int&(std::vector<int>&, std::size_t)> make_timed_element(Clock clock, std::ostream& out); \
  /* take(p) adds 1 to *p and returns p itself (move-only in, move-only out). */                  \
  std::function<std::unique_ptr<int>(std::unique_ptr<int>)> make_timed_take(Clock clock, std::ostream& out); \
  /* release(s) returns std::move(s): an rvalue reference to the caller's own string. */          \
  std::function<std::string&&(std::string&)> make_timed_release(Clock clock, std::ostream& out); \
  /* store(target, value) sets target = value and returns nothing. */                             \
  std::function<void(int&, int)> make_timed_store(Clock clock, std::ostream& out);                \
  /* fail(x) throws std::runtime_error("boom"). */                                                \
  std::function<int(int)> make_timed_fail(Clock clock, std::ostream& out);

namespace ch02::timing {
WB_DECLARE_VARIANTS(CH02_TIMING_API)
}  // namespace ch02::timing
