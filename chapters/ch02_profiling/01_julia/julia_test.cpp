// ch02.1 julia: correctness. Each test case is named for the step whose mistakes it catches ("every
// step" for the book's checksum), and stops at its first wrong pixel. Expected values come from the
// book (the checksum) and from the wb::julia reference kernel (every pixel), never from a solution.
// The grids are the chapter's shared list (wb/julia_specs.hpp) plus the few below, each chosen to
// expose one mistake.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <complex>
#include <string>
#include <vector>

#include "julia.hpp"
#include "wb/julia_specs.hpp"

namespace impl = ch02::julia::WB_TESTED;  // exercise, baseline or solution: the build decides
using wb::julia::Spec;
namespace specs = wb::julia::specs;

namespace {

// Returns x and y in [-2, 2] at width 4, c = 0, 10 iterations. The axes are exact: -2, -1, 0, 1 and
// 2, 1, 0, -1. So (0, 2) and (-2, 0) start exactly on the circle |z| = 2, and -1+i and 1+i land
// exactly on it (at -2i and 2i) after one update: the book's |z| < 2 stops there, |z|^2 <= 4 does not.
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

// Returns a square 1e-7 wide centred on (x, y), on the boundary of the Julia set of
// c = -0.8+0.156i, at width 64 and 1000 iterations. So close to the boundary, one rounding decides
// many escape counts: coordinates computed as x1 + k*step instead of the book's accumulated sum
// change about 300 of the 4,096 pixels, and one fma in z*z + c about 200.
Spec deep_zoom(double x, double y) {
  Spec spec;
  spec.x1 = x - 0.5e-7;
  spec.x2 = x + 0.5e-7;
  spec.y1 = y - 0.5e-7;
  spec.y2 = y + 0.5e-7;
  spec.width = 64;
  spec.c = {-0.8, 0.156};
  spec.max_iterations = 1000;
  return spec;
}

std::vector<Spec> deep_zooms() { return {deep_zoom(-0.504, 0.288), deep_zoom(-0.657, -0.261)}; }

// Returns the book's square with c = -2.1: |c| > 2, so a point that has escaped can come back
// inside the circle (a z near 2 gives 4 - 2.1 = 1.9). The book's loop has stopped by then.
Spec c_outside_the_circle() {
  Spec spec;
  spec.c = {-2.1, 0.0};
  spec.width = 64;
  return spec;
}

std::string describe(const Spec& spec, int threads) {
  return fmt::format("width {}, max_iterations {}, c {}{:+}i, x [{}, {}], y [{}, {}], threads {}", spec.width,
                     spec.max_iterations, spec.c.real(), spec.c.imag(), spec.x1, spec.x2, spec.y1, spec.y2,
                     threads);
}

// Compares julia_set(spec, threads) with the reference pixel by pixel; stops the test case at the
// first mismatch, naming its row and column.
void require_same_pixels(const Spec& spec, int threads) {
  const std::vector<int> expected = wb::julia::reference_iterations(spec);
  const std::vector<int> got = impl::julia_set(spec, threads);
  INFO(describe(spec, threads));
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

}  // namespace

TEST_CASE("every step: julia_set reproduces the book's checksum 33219980 (width 1000, 300 iterations)") {
  const Spec book;
  for (int threads : {1, 2}) {
    CAPTURE(threads);
    const std::vector<int> counts = impl::julia_set(book, threads);
    REQUIRE(counts.size() == 1'000'000);
    REQUIRE(wb::julia::checksum(counts) == 33'219'980);
  }
}

TEST_CASE("step 1: with the cheap test first, iteration limits 0, 1, 2, 17 and 1000 give the reference's pixels") {
  for (const Spec& spec : specs::other_limits(120)) require_same_pixels(spec, 1);
}

TEST_CASE("step 2: norm(z) < 4 stops exactly where abs(z) < 2 does, on grid points exactly on the circle") {
  require_same_pixels(on_the_circle(), 1);
}

TEST_CASE("step 3: c comes from the spec: five other values of c give the reference's pixels") {
  for (const Spec& spec : specs::other_cs(150)) require_same_pixels(spec, 1);
}

TEST_CASE("step 4: coordinates computed on the fly give every pixel of the accumulated axes") {
  SUBCASE("widths 1 to 250 (the axes can have one point more than the width)") {
    for (const Spec& spec : specs::other_widths()) require_same_pixels(spec, 1);
  }
  SUBCASE("deep zooms, where x1 + k*step instead of the accumulated axis changes hundreds of pixels") {
    for (const Spec& spec : deep_zooms()) require_same_pixels(spec, 1);
  }
}

TEST_CASE("step 4: the image is row-major: a region that is not symmetric catches a transposed image") {
  require_same_pixels(specs::off_origin_region(90), 1);  // 91 rows of 90 columns
  require_same_pixels(specs::off_origin_region(90), 2);
}

TEST_CASE("step 5: rows of 1 to 21 pixels, so a partial register of every length at a row's end") {
  for (int width = 1; width <= 20; ++width) {  // rows of 1, 2, 4, 6, 7, 9, ... 21 pixels
    Spec spec;
    spec.width = width;
    require_same_pixels(spec, 1);
  }
}

TEST_CASE("step 5: a lane stays off once its pixel escapes, even when z comes back inside (|c| > 2)") {
  require_same_pixels(c_outside_the_circle(), 1);
}

TEST_CASE("step 5: z*z + c is a multiply then an add, never an fma: deep zooms show a single rounding") {
  for (const Spec& spec : deep_zooms()) require_same_pixels(spec, 1);
}

TEST_CASE("step 6: any number of threads gives the same pixels, each row computed once") {
  SUBCASE("rows that do not split evenly: 1, 2, 3 and 8 threads") {
    Spec spec;
    spec.width = 203;
    for (int threads : {1, 2, 3, 8}) require_same_pixels(spec, threads);
  }
  SUBCASE("more threads than rows") {
    for (int width : {1, 2, 3}) {
      Spec spec;
      spec.width = width;
      require_same_pixels(spec, 8);
    }
  }
  SUBCASE("a deep zoom, where a row computed from the wrong y shows at once") {
    for (int threads : {2, 3}) require_same_pixels(deep_zoom(-0.504, 0.288), threads);
  }
}
