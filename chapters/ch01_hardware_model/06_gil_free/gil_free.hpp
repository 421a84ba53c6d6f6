// ch01.6 gil_free (tour): what a global interpreter lock does to threads, measured in C++. The same
// CPU-bound work (a fixed number of steps, each a few microseconds of integer hashing) is split over
// 1 or 2 threads, either freely or with one global mutex held around every step, as CPython's GIL
// is held while bytecode runs. The work's result does not depend on how it was split.
//
// Example:
//   const ch01::gil_free::Run free2 = ch01::gil_free::run_work(2, false, 20'000);
//   const ch01::gil_free::Run gil2 = ch01::gil_free::run_work(2, true, 20'000);
//   // free2.checksum == gil2.checksum; free2.seconds is about half of one thread's, gil2's is not
#pragma once

#include <cstdint>

namespace ch01::gil_free {

// One measured run.
struct Run {
  double seconds = 0;          // wall-clock time of the whole run
  std::uint64_t checksum = 0;  // the XOR of every step's result: the same for any split
  std::uint64_t steps = 0;     // steps executed, all threads together
  std::uint64_t lock_waits = 0;  // steps whose lock was held by another thread when asked (GIL only)
};

// The result of step number `step`: kIterations rounds of an integer hash, a few microseconds.
std::uint64_t step_result(std::uint64_t step);

// Runs steps 0 .. steps-1 split into `threads` contiguous shares (std::jthread), with or without one
// global std::mutex held around each step. Throws std::invalid_argument for 0 threads or more than
// 256.
Run run_work(unsigned threads, bool gil, std::uint64_t steps);

}  // namespace ch01::gil_free
