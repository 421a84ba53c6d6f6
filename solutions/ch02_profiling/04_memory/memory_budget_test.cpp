// ch02.4 memory: the solution's heap budget (test ch02.4-memory-budget, label "solutions").
//
// Measures, exactly and in one process, the set-up peak of the frozen baseline and of the solution
// at the book's width (1000) with the counting allocator, and asserts the budget:
//   - the solution's set-up peak is at most 64 KiB (its two axes: about 2 x 1001 doubles);
//   - it is at least 10x below the baseline's (the exercise's target);
//   - the solution's calculate allocates nothing but its output (4 bytes a pixel);
// and checks the figure the exercise starts from: the baseline's set-up peak is exactly the book's
// lists, 41,959,424 bytes. The learner's own tests hold the peak to bounds every step respects (at
// most the book's); the learner's target is checked by the benchmark.
#include <doctest/doctest.h>

#include <cstddef>
#include <vector>

#include "memory.hpp"
#include "wb/alloc_counter.hpp"

namespace {

using ch02::memory::Prepared;
using wb::julia::Spec;

constexpr std::size_t kSetupBudgetBytes = 64 * 1024;
// The book's set-up at width 1000: zs complete (2^20 complex numbers of 16 bytes: 16 MiB), cs in the
// middle of its last doubling (its old 8 MiB and new 16 MiB buffers), the two axes (2 x 8 KiB).
constexpr std::size_t kBookSetupPeak = 16 * 1024 * 1024 + (8 + 16) * 1024 * 1024 + 2 * 8 * 1024;
static_assert(kBookSetupPeak == 41'959'424);
constexpr double kMinRatio = 10.0;

struct Peaks {
  std::size_t setup = 0;      // prepare's peak above the heap in use before it
  std::size_t calculate = 0;  // calculate's peak above the heap in use before it
};

// Runs prepare then calculate inside labelled phases and returns their exact peaks.
template <class Prepare, class Calculate>
Peaks measure(const Spec& spec, Prepare prepare, Calculate calculate) {
  Peaks peaks;
  Prepared prepared;
  {
    const wb::alloc::Phase phase("budget: prepare");
    prepared = prepare(spec);
  }
  const wb::alloc::PhaseRecord setup = wb::alloc::phases().back();
  peaks.setup = setup.peak_bytes - setup.start_bytes;
  std::vector<int> counts;
  {
    const wb::alloc::Phase phase("budget: calculate");
    counts = calculate(prepared);
  }
  const wb::alloc::PhaseRecord kernel = wb::alloc::phases().back();
  peaks.calculate = kernel.peak_bytes - kernel.start_bytes;
  CHECK(counts == wb::julia::reference_iterations(spec));
  return peaks;
}

Peaks baseline_peaks(const Spec& spec) {
  return measure(
      spec, [](const Spec& s) { return ch02::memory::baseline::prepare(s); },
      [](const Prepared& p) { return ch02::memory::baseline::calculate(p); });
}

Peaks solution_peaks(const Spec& spec) {
  return measure(
      spec, [](const Spec& s) { return ch02::memory::solution::prepare(s); },
      [](const Prepared& p) { return ch02::memory::solution::calculate(p); });
}

}  // namespace

TEST_CASE("the counting allocator is linked into the budget test") { REQUIRE(wb::alloc::enabled()); }

TEST_CASE("the baseline's set-up peak is the book's lists, exactly 41,959,424 bytes at width 1000") {
  const Peaks baseline = baseline_peaks(Spec{});
  CHECK(baseline.setup == kBookSetupPeak);
  // Its calculate allocates the output, 4 bytes a pixel, at once.
  CHECK(baseline.calculate == 1'000'000 * sizeof(int));
}

TEST_CASE("the solution's set-up peak is at most 64 KiB and at least 10x below the baseline's") {
  const Spec book;
  const Peaks baseline = baseline_peaks(book);
  const Peaks solution = solution_peaks(book);
  const double ratio = static_cast<double>(baseline.setup) / static_cast<double>(solution.setup);
  MESSAGE("set-up peak at width 1000: baseline ", baseline.setup, " bytes, solution ", solution.setup,
          " bytes, ratio ", ratio, "x");
  // The book's set-up holds zs and cs at the end: two million 16-byte complex numbers at least.
  CHECK(baseline.setup >= 2 * 1'000'000 * sizeof(std::complex<double>));
  CHECK(solution.setup <= kSetupBudgetBytes);
  CHECK(ratio >= kMinRatio);
}

TEST_CASE("the solution's calculate allocates only its output, 4 bytes a pixel") {
  for (int width : {1, 7, 100, 1000}) {
    Spec spec;
    spec.width = width;
    const wb::julia::Grid grid = wb::julia::book_grid(spec);
    const Peaks solution = solution_peaks(spec);
    CAPTURE(width);
    CHECK(solution.calculate == grid.xs.size() * grid.ys.size() * sizeof(int));
    // The set-up holds the two axes and nothing per pixel.
    CHECK(solution.setup <= (static_cast<std::size_t>(width) + 2) * 2 * sizeof(double));
  }
}
