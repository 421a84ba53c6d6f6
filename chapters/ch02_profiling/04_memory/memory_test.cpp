// ch02.4 memory: correctness, plus the set-up's peak heap measured exactly and reported. The
// expected pixels come from the book (the checksum) and from the wb::julia reference kernel, never
// from a solution. The set-up's peak is reported here, not judged: the target is measured by
// `./workbook check ch02.4` (counter setup_peak_bytes of ch02_memory_bench), and the solution's
// budget by the solutions test ch02.4-memory-budget. What calculate allocates is judged here: its
// output and little more, so the set-up's lists cannot simply move from prepare into calculate
// (the target would look met while the program still peaked at 40 MiB).
//
// This test binary links wb::alloc_counter: every heap byte is counted.
#include <doctest/doctest.h>

#include <complex>
#include <cstddef>
#include <vector>

#include "memory.hpp"
#include "wb/alloc_counter.hpp"

namespace impl = ch02::memory::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch02::memory::Prepared;
using wb::julia::Spec;

namespace {

// Runs prepare then calculate and compares every pixel with the reference.
void check_same_pixels(const Spec& spec) {
  const std::vector<int> expected = wb::julia::reference_iterations(spec);
  const std::vector<int> got = impl::calculate(impl::prepare(spec));
  REQUIRE(got.size() == expected.size());
  const std::size_t columns = wb::julia::book_grid(spec).xs.size();
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (got[i] != expected[i]) {
      INFO("width ", spec.width, ", max_iterations ", spec.max_iterations, ", c ", spec.c.real(), "+",
           spec.c.imag(), "i: pixel row ", i / columns, " column ", i % columns);
      CHECK(got[i] == expected[i]);
      return;
    }
  }
}

}  // namespace

TEST_CASE("prepare then calculate reproduce the book's checksum 33219980 (width 1000, 300 iterations)") {
  const std::vector<int> counts = impl::calculate(impl::prepare(Spec{}));
  CHECK(counts.size() == 1'000'000);
  CHECK(wb::julia::checksum(counts) == 33'219'980);
}

TEST_CASE("prepare then calculate match the reference on every pixel for other widths") {
  for (int width : {1, 2, 3, 7, 10, 64, 101, 250}) {
    Spec spec;
    spec.width = width;
    check_same_pixels(spec);
  }
}

TEST_CASE("prepare then calculate match the reference for other iteration limits") {
  for (int max_iterations : {0, 1, 2, 17, 1000}) {
    Spec spec;
    spec.width = 120;
    spec.max_iterations = max_iterations;
    check_same_pixels(spec);
  }
}

TEST_CASE("prepare then calculate match the reference for other values of c and regions") {
  const std::complex<double> cs[] = {{0.0, 0.0}, {-0.8, 0.156}, {0.285, 0.01}, {-0.4, 0.6}};
  for (const auto c : cs) {
    Spec spec;
    spec.width = 150;
    spec.c = c;
    check_same_pixels(spec);
  }
  Spec region;
  region.x1 = -0.5;
  region.x2 = 0.25;
  region.y1 = -0.1;
  region.y2 = 0.6;
  region.width = 90;
  region.max_iterations = 500;
  check_same_pixels(region);
}

TEST_CASE("a Prepared value can be calculated more than once with the same result") {
  Spec spec;
  spec.width = 40;
  const Prepared prepared = impl::prepare(spec);
  CHECK(impl::calculate(prepared) == impl::calculate(prepared));
}

TEST_CASE("the set-up's peak heap is measured, calculate allocates only its output, nothing leaks") {
  REQUIRE(wb::alloc::enabled());  // the counting operator new is linked into this test
  constexpr std::size_t pixels = 1'000'000;  // width 1000
  constexpr std::size_t output_bytes = pixels * sizeof(int);
  constexpr std::size_t calculate_slack = 64 * 1024;  // room for a row or two of scratch space
  const std::size_t before = wb::alloc::stats().current_bytes;
  std::size_t setup_peak = 0;
  std::size_t calculate_peak = 0;
  {
    Prepared prepared;
    {
      const wb::alloc::Phase phase("test: prepare");
      prepared = impl::prepare(Spec{});
    }
    const wb::alloc::PhaseRecord setup = wb::alloc::phases().back();
    REQUIRE(setup.label == "test: prepare");
    CHECK(setup.start_bytes == before);
    CHECK(setup.peak_bytes >= setup.end_bytes);
    setup_peak = setup.peak_bytes - setup.start_bytes;
    {
      const wb::alloc::Phase phase("test: calculate");
      const std::vector<int> counts = impl::calculate(prepared);
      CHECK(counts.size() == pixels);
    }
    const wb::alloc::PhaseRecord kernel = wb::alloc::phases().back();
    REQUIRE(kernel.label == "test: calculate");
    calculate_peak = kernel.peak_bytes - kernel.start_bytes;
  }
  // Everything prepare and calculate allocated has been freed with the values that owned it.
  CHECK(wb::alloc::stats().current_bytes == before);
  {  // after the leak check: INFO's own bookkeeping may allocate
    INFO("calculate's peak heap: ", calculate_peak, " bytes; allowed: the output, ", output_bytes,
         " bytes (", pixels, " ints), plus ", calculate_slack, " bytes. The set-up's work (the zs"
         " and cs lists) must not move from prepare into calculate: the set-up's peak would drop"
         " while the program's peak stayed the same. Allocate the output once (reserve it) and"
         " build each start point on the fly.");
    CHECK(calculate_peak <= output_bytes + calculate_slack);
  }
  MESSAGE("set-up peak at width 1000: ", setup_peak, " bytes (", setup_peak / 1024,
          " KiB); calculate adds at most ", calculate_peak, " bytes. Target: 10x below the "
          "baseline's, measured by ./workbook check ch02.4");
}
