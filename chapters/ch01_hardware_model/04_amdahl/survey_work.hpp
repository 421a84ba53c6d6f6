// ch01.4 amdahl: what a survey minute costs in the program and the benchmark (not edited by the
// learner). Scaled down: one "minute" is a few milliseconds.
//   - SpinWork: a fixed amount of arithmetic (a xorshift chain the compiler cannot shorten). An
//     asker needs a core the whole minute, so askers beyond the number of cores only take turns:
//     the honest model for CPU-bound work, which is what Amdahl's law is about.
//   - SleepWork: the asker waits (sleeps) for the answers. That is the book's survey taken
//     literally: interviewers mostly wait, so 100 of them help even on 2 cores.
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <thread>

#include "amdahl.hpp"

namespace ch01::amdahl::work {

// `units` steps of a xorshift64 chain; each step depends on the one before.
inline std::uint64_t spin(std::uint64_t units) noexcept {
  std::uint64_t x = 0x9e3779b97f4a7c15ULL;
  for (std::uint64_t i = 0; i < units; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
  }
  asm volatile("" : "+r"(x));  // the result counts: the loop stays
  return x;
}

// How many spin units take one millisecond on this core: the best of a few timed runs.
inline double spin_units_per_ms() {
  using clock = std::chrono::steady_clock;
  constexpr std::uint64_t kUnits = std::uint64_t{1} << 20;
  double best_ms = 1e300;
  for (int i = 0; i < 7; ++i) {
    const auto start = clock::now();
    (void)spin(kUnits);
    best_ms = std::min(best_ms, std::chrono::duration<double, std::milli>(clock::now() - start).count());
  }
  return static_cast<double>(kUnits) / best_ms;
}

class SpinWork : public SurveyWork {
 public:
  explicit SpinWork(std::uint64_t units_per_minute) : units_(units_per_minute) {}
  void interview(unsigned, unsigned) override { (void)spin(units_); }
  void alone(double minutes) override { (void)spin(static_cast<std::uint64_t>(std::llround(minutes * static_cast<double>(units_)))); }

 private:
  std::uint64_t units_;
};

class SleepWork : public SurveyWork {
 public:
  explicit SleepWork(std::chrono::microseconds minute) : minute_(minute) {}
  void interview(unsigned, unsigned) override { std::this_thread::sleep_for(minute_); }
  void alone(double minutes) override {
    std::this_thread::sleep_for(std::chrono::duration<double, std::micro>(minutes * static_cast<double>(minute_.count())));
  }

 private:
  std::chrono::microseconds minute_;
};

}  // namespace ch01::amdahl::work
