// ch02.4 memory: correctness, and the heap of the set-up and of the kernel, measured exactly. Each
// test case is named for the step whose mistakes it catches ("every step" for what no step may
// break), and stops at its first failure. Expected pixels come from the book (the checksum) and from
// the wb::julia reference kernel; expected heap figures from the book's lists and from what the
// values returned hold, never from a solution.
//
// The set-up's target (a peak 10x below the book's) is measured by `./workbook check ch02.4`
// (counter setup_peak_bytes of ch02_memory_bench) and the solution's budget by the solutions test
// ch02.4-memory-budget. Here the set-up's peak is held to what every step must respect: never above
// the book's, and prepare keeps nothing but what it returns. What calculate allocates is judged
// too: its output and little more, so the set-up's lists cannot simply move from prepare into
// calculate (the target would look met while the program still peaked at 40 MiB).
//
// This test binary links wb::alloc_counter: every heap byte is counted.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <complex>
#include <cstddef>
#include <string>
#include <vector>

#include "memory.hpp"
#include "wb/alloc_counter.hpp"
#include "wb/julia_specs.hpp"

namespace impl = ch02::memory::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch02::memory::Prepared;
using wb::julia::Spec;
namespace specs = wb::julia::specs;

namespace {

// The book's set-up at width 1000 peaks at 41,959,424 bytes: zs complete (2^20 complex numbers of
// 16 bytes: 16 MiB), cs in the middle of its last doubling (its old 8 MiB and new 16 MiB buffers),
// and the two axes (1,024 doubles each: 16 KiB). No step of the exercise may go above it.
constexpr std::size_t kBookSetupPeak = 41'959'424;

// Returns x and y in [-2, 2] at width 4, c = 0, 10 iterations. Each axis lands exactly on its end
// value (-2, -1, 0, 1, then 2), which a loop test `<=` would wrongly include; and grid points lie
// exactly on the circle |z| = 2, where the book's test |z| < 2 stops.
Spec on_the_circle() {
  Spec spec;
  spec.x1 = -2.0;
  spec.x2 = 2.0;
  spec.y1 = -2.0;
  spec.y2 = 2.0;
  spec.width = 4;
  spec.c = {0.0, 0.0};
  spec.max_iterations = 10;
  return spec;
}

// Returns a square 1e-7 wide on the boundary of the Julia set of c = -0.8+0.156i (width 64, 1000
// iterations): start points computed as x1 + k*step instead of the book's accumulated axes change
// about 300 of its 4,096 pixels.
Spec deep_zoom() {
  Spec spec;
  spec.x1 = -0.504 - 0.5e-7;
  spec.x2 = -0.504 + 0.5e-7;
  spec.y1 = 0.288 - 0.5e-7;
  spec.y2 = 0.288 + 0.5e-7;
  spec.width = 64;
  spec.c = {-0.8, 0.156};
  spec.max_iterations = 1000;
  return spec;
}

std::string describe(const Spec& spec) {
  return fmt::format("width {}, max_iterations {}, c {}{:+}i, x [{}, {}], y [{}, {}]", spec.width,
                     spec.max_iterations, spec.c.real(), spec.c.imag(), spec.x1, spec.x2, spec.y1, spec.y2);
}

// Requires got to equal the reference pixels of spec; stops the test case at the first mismatch,
// naming its row and column.
void require_reference_pixels(const Spec& spec, const std::vector<int>& got) {
  const std::vector<int> expected = wb::julia::reference_iterations(spec);
  INFO(describe(spec));
  REQUIRE(got.size() == expected.size());
  const std::size_t columns = wb::julia::book_grid(spec).xs.size();
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (got[i] != expected[i]) {
      INFO("first wrong pixel: row ", i / columns, ", column ", i % columns, " of ", got.size() / columns,
           " x ", columns);
      REQUIRE(got[i] == expected[i]);
    }
  }
}

// Runs prepare then calculate and requires every pixel of the reference.
void require_same_pixels(const Spec& spec) {
  require_reference_pixels(spec, impl::calculate(impl::prepare(spec)));
}

// Returns the heap a Prepared owns: each vector's capacity (std::allocator asks for exactly that).
std::size_t owned_bytes(const Prepared& p) {
  return (p.xs.capacity() + p.ys.capacity()) * sizeof(double) +
         (p.zs.capacity() + p.cs.capacity()) * sizeof(std::complex<double>);
}

// Requires what prepare keeps to be what memory.hpp says, for each member it fills: the book's
// accumulated axes, zs one start point per pixel row-major, cs the spec's c once per pixel.
void require_book_members(const Spec& spec) {
  const Prepared prepared = impl::prepare(spec);
  const wb::julia::Grid grid = wb::julia::book_grid(spec);
  const std::size_t pixels = grid.xs.size() * grid.ys.size();
  INFO(describe(spec));
  if (!prepared.xs.empty()) REQUIRE(prepared.xs == grid.xs);
  if (!prepared.ys.empty()) REQUIRE(prepared.ys == grid.ys);
  if (!prepared.zs.empty()) {
    REQUIRE(prepared.zs.size() == pixels);
    for (std::size_t i = 0; i < pixels; ++i) {
      const std::complex<double> start(grid.xs[i % grid.xs.size()], grid.ys[i / grid.xs.size()]);
      if (prepared.zs[i] != start) {
        INFO("zs[", i, "] is ", prepared.zs[i].real(), fmt::format("{:+}i", prepared.zs[i].imag()),
             ", not pixel (row ", i / grid.xs.size(), ", column ", i % grid.xs.size(), ")'s start point");
        REQUIRE(prepared.zs[i] == start);
      }
    }
  }
  if (!prepared.cs.empty()) {
    REQUIRE(prepared.cs.size() == pixels);
    for (std::size_t i = 0; i < pixels; ++i) {
      if (prepared.cs[i] != spec.c) {
        CAPTURE(i);
        REQUIRE(prepared.cs[i] == spec.c);
      }
    }
  }
}

}  // namespace

TEST_CASE("every step: prepare then calculate reproduce the book's checksum 33219980 (width 1000, 300 iterations)") {
  const std::vector<int> counts = impl::calculate(impl::prepare(Spec{}));
  REQUIRE(counts.size() == 1'000'000);
  REQUIRE(wb::julia::checksum(counts) == 33'219'980);
}

TEST_CASE("every step: what prepare keeps is the book's: accumulated axes, zs row-major, cs all c") {
  require_book_members(Spec{});
  require_book_members(specs::off_origin_region(90));
  require_book_members(on_the_circle());
  require_book_members(deep_zoom());
}

TEST_CASE("every step: a Prepared value can be calculated twice, both times with the reference's pixels") {
  Spec spec;
  spec.width = 40;
  const Prepared prepared = impl::prepare(spec);
  require_reference_pixels(spec, impl::calculate(prepared));
  require_reference_pixels(spec, impl::calculate(prepared));
}

TEST_CASE("step 1: the set-up peaks at most at the book's 41,959,424 bytes and keeps only what it returns") {
  REQUIRE(wb::alloc::enabled());  // the counting operator new is linked into this test
  const std::size_t before = wb::alloc::stats().current_bytes;
  {
    Prepared prepared;
    {
      const wb::alloc::Phase phase("test: prepare");
      prepared = impl::prepare(Spec{});
    }
    const wb::alloc::PhaseRecord setup = wb::alloc::phases().back();
    REQUIRE(setup.label == "test: prepare");
    REQUIRE(setup.start_bytes == before);
    const std::size_t peak = setup.peak_bytes - setup.start_bytes;
    const std::size_t kept = setup.end_bytes - setup.start_bytes;
    INFO("set-up peak ", peak, " bytes; kept at its end ", kept, " bytes; the Prepared returned owns ",
         owned_bytes(prepared), " bytes");
    // Nothing beyond the value returned survives prepare: no hidden cache, no leak.
    REQUIRE(kept == owned_bytes(prepared));
    REQUIRE(peak >= kept);
    // Reserving too much, a copy where a move would do, shrink_to_fit: each raises the peak.
    REQUIRE(peak <= kBookSetupPeak);
  }
  REQUIRE(wb::alloc::stats().current_bytes == before);
}

TEST_CASE("step 2: calculate reads c from the spec: five other values of c give the reference's pixels") {
  for (const Spec& spec : specs::other_cs(150)) require_same_pixels(spec);
}

TEST_CASE("step 3: start points built from the accumulated axes give every pixel of the reference") {
  SUBCASE("widths 1 to 250 (an axis can have one point more than the width)") {
    for (const Spec& spec : specs::other_widths()) require_same_pixels(spec);
  }
  SUBCASE("a region that is not symmetric (91 rows of 90 columns): row-major, not transposed") {
    require_same_pixels(specs::off_origin_region(90));
  }
  SUBCASE("a deep zoom, where x1 + k*step instead of the accumulated axis changes hundreds of pixels") {
    require_same_pixels(deep_zoom());
  }
  SUBCASE("axes that land exactly on their end value, and points exactly on the circle |z| = 2") {
    require_same_pixels(on_the_circle());
  }
}

TEST_CASE("step 3: the kernel, rewritten around the axes, counts as the book's at every iteration limit") {
  for (const Spec& spec : specs::other_limits(120)) require_same_pixels(spec);
}

TEST_CASE("step 3: calculate allocates its output and at most 64 KiB more, keeps nothing, and nothing leaks") {
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
    std::size_t output_capacity_bytes = 0;
    {
      const wb::alloc::Phase phase("test: calculate");
      const std::vector<int> counts = impl::calculate(prepared);
      output_capacity_bytes = counts.capacity() * sizeof(int);
      REQUIRE(counts.size() == pixels);
    }
    const wb::alloc::PhaseRecord kernel = wb::alloc::phases().back();
    REQUIRE(kernel.label == "test: calculate");
    calculate_peak = kernel.peak_bytes - kernel.start_bytes;
    INFO("calculate's output owns ", output_capacity_bytes, " bytes; the heap at its end is ",
         kernel.end_bytes - kernel.start_bytes, " bytes above its start, counting the freed output");
    // The output was freed at the end of the phase: calculate kept nothing else.
    REQUIRE(kernel.end_bytes == kernel.start_bytes);
  }
  // Everything prepare and calculate allocated has been freed with the values that owned it.
  REQUIRE(wb::alloc::stats().current_bytes == before);
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
