// ch01.6 gil_free: the work and the two ways to run it on threads (see gil_free.hpp).
#include "gil_free.hpp"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace ch01::gil_free {

namespace {

constexpr int kIterations = 2000;

std::mutex the_gil;  // one lock for the whole "interpreter"

}  // namespace

std::uint64_t step_result(std::uint64_t step) {
  std::uint64_t x = step * 0x9E3779B97F4A7C15ULL + 1;
  for (int i = 0; i < kIterations; ++i) {  // a dependent chain: no vectorising, no shortcut
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 29;
  }
  return x;
}

Run run_work(unsigned threads, bool gil, std::uint64_t steps) {
  if (threads == 0 || threads > 256) throw std::invalid_argument("threads must be 1 to 256");
  std::vector<std::uint64_t> checksums(threads, 0), counts(threads, 0), waits(threads, 0);
  const auto start = std::chrono::steady_clock::now();
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        const std::uint64_t first = steps * t / threads, last = steps * (t + 1) / threads;
        std::uint64_t sum = 0, count = 0, wait = 0;
        for (std::uint64_t s = first; s < last; ++s) {
          if (gil) {
            std::unique_lock lock(the_gil, std::try_to_lock);
            if (!lock.owns_lock()) {
              ++wait;
              lock.lock();
            }
            sum ^= step_result(s);
          } else {
            sum ^= step_result(s);
          }
          ++count;
        }
        checksums[t] = sum;
        counts[t] = count;
        waits[t] = wait;
      });
    }
  }  // the jthreads join here
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  Run run;
  run.seconds = took.count();
  for (unsigned t = 0; t < threads; ++t) {
    run.checksum ^= checksums[t];
    run.steps += counts[t];
    run.lock_waits += waits[t];
  }
  return run;
}

}  // namespace ch01::gil_free
