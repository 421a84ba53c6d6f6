// ch01.6 gil_free: the facts the tour relies on (no timing here: times are the program's to show).
// Any split of the work, with or without the global lock, executes every step once and gives the
// same checksum as a plain loop.
#include <doctest/doctest.h>

#include <cstdint>
#include <stdexcept>

#include "gil_free.hpp"

namespace g = ch01::gil_free;

TEST_CASE("every split, with and without the global lock, does the same work") {
  constexpr std::uint64_t kSteps = 3'001;  // not a multiple of the thread counts
  std::uint64_t want = 0;
  for (std::uint64_t s = 0; s < kSteps; ++s) want ^= g::step_result(s);
  for (unsigned threads : {1u, 2u, 3u, 7u}) {
    for (bool gil : {false, true}) {
      const g::Run run = g::run_work(threads, gil, kSteps);
      CAPTURE(threads);
      CAPTURE(gil);
      CHECK(run.steps == kSteps);
      CHECK(run.checksum == want);
      if (!gil || threads == 1) CHECK(run.lock_waits == 0);
    }
  }
}

TEST_CASE("steps differ from one another, and bad thread counts are refused") {
  CHECK(g::step_result(0) != g::step_result(1));
  CHECK_THROWS_AS(g::run_work(0, false, 10), std::invalid_argument);
  CHECK_THROWS_AS(g::run_work(257, true, 10), std::invalid_argument);
  CHECK(g::run_work(4, true, 0).steps == 0);
}
