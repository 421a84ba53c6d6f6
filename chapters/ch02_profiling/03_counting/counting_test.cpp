// ch02.3 counting: the counts must be the book's, exactly. The book's figures come from its
// cProfile and line_profiler runs (34,219,980 abs calls and while-line hits, 33,219,980 updates,
// 2,002,000 appends); on other grids and pixels the expected counts are derived from the wb::julia
// reference (its grid and its escape counts), never from a solution or from the code under test.
//
// Each test case is named after the step of counting.cpp that makes it pass ("step 2: ..."), and
// calls only what that step and the earlier ones write: run `ctest --preset dev -L ch02.3` after
// each step and watch the next group turn green. A test case stops at its first wrong count.
#include <doctest/doctest.h>

#include <algorithm>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "counting.hpp"
#include "wb/julia_specs.hpp"

namespace impl = ch02::counting::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch02::counting::Counts;
using ch02::counting::Order;
using ch02::counting::PixelCounts;
using ch02::counting::Setup;
using wb::julia::Spec;
using complex = std::complex<double>;

namespace {

// Describes spec for a failure message.
std::string describe(const Spec& spec) {
  std::ostringstream out;
  out << "spec: width " << spec.width << ", max_iterations " << spec.max_iterations << ", c "
      << spec.c << ", x in [" << spec.x1 << ", " << spec.x2 << "], y in [" << spec.y1 << ", "
      << spec.y2 << "]";
  return out.str();
}

std::string name(Order order) { return order == Order::book ? "book" : "swapped"; }

// Checks that setup holds the reference grid of spec: zs[r * |x| + k] == x[k] + y[r] i and every
// c equal to spec.c. Stops at the first difference.
void require_book_grid(const Setup& setup, const Spec& spec) {
  INFO(describe(spec));
  const wb::julia::Grid grid = wb::julia::book_grid(spec);
  const std::size_t columns = grid.xs.size();
  const std::size_t rows = grid.ys.size();
  REQUIRE(setup.zs.size() == columns * rows);
  REQUIRE(setup.cs.size() == columns * rows);
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t k = 0; k < columns; ++k) {
      const std::size_t i = r * columns + k;
      if (setup.zs[i] == complex(grid.xs[k], grid.ys[r]) && setup.cs[i] == spec.c) continue;
      INFO("pixel ", i, " (row ", r, " from the top, column ", k, " from the left)");
      REQUIRE(setup.zs[i].real() == grid.xs[k]);
      REQUIRE(setup.zs[i].imag() == grid.ys[r]);
      REQUIRE(setup.cs[i].real() == spec.c.real());
      REQUIRE(setup.cs[i].imag() == spec.c.imag());
    }
  }
}

// Calls check(z, reference_n) for every pixel of spec's grid, z its starting point and
// reference_n its escape count from the wb::julia reference kernel.
template <class Check>
void for_each_reference_pixel(const Spec& spec, Check check) {
  const wb::julia::Grid grid = wb::julia::book_grid(spec);
  const std::vector<int> reference = wb::julia::reference_iterations(spec);
  std::size_t i = 0;
  for (const double y : grid.ys) {
    for (const double x : grid.xs) check(complex(x, y), reference[i++]);
  }
}

// The grids the per-pixel tests run on: the book's at width 100, and small ones from the shared
// spec list (other iteration limits, other values of c, a region away from the origin).
std::vector<Spec> pixel_specs() {
  Spec book;
  book.width = 100;
  std::vector<Spec> specs{book};
  for (const Spec& spec : wb::julia::specs::other_limits(40)) specs.push_back(spec);
  for (const Spec& spec : wb::julia::specs::other_cs(40)) specs.push_back(spec);
  specs.push_back(wb::julia::specs::off_origin_region(40));
  return specs;
}

// Hand-worked pixels at the edges of the loop, with every count written out.
struct EdgePixel {
  const char* what;
  complex z;
  complex c;
  int maxiter;
  int n;                     // the escape count
  std::int64_t loop_tests;   // n + 1 in either order
  std::int64_t z_updates;    // n
  std::int64_t abs_book;     // abs runs on every test in the book's order
  std::int64_t abs_swapped;  // and is skipped on the final test when n reached maxiter
};

const EdgePixel edge_pixels[] = {
    {"|z| = 2 exactly: abs(z) < 2 is false at once", {2.0, 0.0}, {-0.62772, -0.42193}, 300,
     0, 1, 0, 1, 1},
    {"|z| = 2 on the imaginary axis", {0.0, -2.0}, {-0.62772, -0.42193}, 300, 0, 1, 0, 1, 1},
    {"z stays 0 and reaches the limit", {0.0, 0.0}, {0.0, 0.0}, 300, 300, 301, 300, 301, 300},
    {"max_iterations 0: one test, no update", {0.0, 0.0}, {0.0, 0.0}, 0, 0, 1, 0, 1, 0},
    {"max_iterations 0 outside the circle", {3.0, 0.0}, {0.0, 0.0}, 0, 0, 1, 0, 1, 0},
    {"1.2, 1.44, 2.0736: escapes after two updates", {1.2, 0.0}, {0.0, 0.0}, 300, 2, 3, 2, 3, 3},
    {"the last update leaves the circle, n still reaches the limit", {1.9, 0.0}, {0.0, 0.0}, 1, 1,
     2, 1, 2, 1},
};

// Runs count_pixel on every edge pixel and hands the result to check (which REQUIREs).
template <class Check>
void for_each_edge_pixel(Order order, Check check) {
  for (const EdgePixel& pixel : edge_pixels) {
    INFO(pixel.what, ": z = ", pixel.z, ", c = ", pixel.c, ", maxiter ", pixel.maxiter, ", order ",
         name(order));
    check(pixel, impl::count_pixel(pixel.z, pixel.c, pixel.maxiter, order));
  }
}

// Runs the book's grid once per order and keeps the result (each run takes about a second).
const Counts& book_run(Order order) {
  static const Counts book = impl::count_julia(Spec{}, Order::book);
  static const Counts swapped = impl::count_julia(Spec{}, Order::swapped);
  return order == Order::book ? book : swapped;
}

// Returns what count_julia must report for spec, derived from the reference escape counts: the
// loop test runs once per update plus once more per pixel (the test that stops it); each update is
// one escape-count step; the set-up appends every axis point, then one zs and one cs entry per
// pixel.
Counts expected_counts(const Spec& spec, Order order) {
  const std::vector<int> iterations = wb::julia::reference_iterations(spec);
  const wb::julia::Grid grid = wb::julia::book_grid(spec);
  const auto pixels = static_cast<std::int64_t>(iterations.size());
  const auto columns = static_cast<std::int64_t>(grid.xs.size());
  const auto rows = static_cast<std::int64_t>(grid.ys.size());
  Counts expected;
  expected.z_updates = wb::julia::checksum(iterations);
  expected.pixels_at_limit =
      std::count(iterations.begin(), iterations.end(), spec.max_iterations);
  expected.loop_tests = expected.z_updates + pixels;
  expected.setup_appends = columns + rows + 2 * columns * rows;
  // Book order calls abs on every test; swapped order skips it when n < maxiter is already false.
  expected.abs_calls = order == Order::book ? expected.loop_tests
                                            : expected.loop_tests - expected.pixels_at_limit;
  return expected;
}

// Checks both orders of count_julia on spec against the reference-derived counts.
void require_reference_counts(const Spec& spec) {
  for (const Order order : {Order::book, Order::swapped}) {
    INFO(describe(spec), ", order ", name(order));
    const Counts got = impl::count_julia(spec, order);
    const Counts expected = expected_counts(spec, order);
    REQUIRE(got.setup_appends == expected.setup_appends);
    REQUIRE(got.loop_tests == expected.loop_tests);
    REQUIRE(got.z_updates == expected.z_updates);
    REQUIRE(got.abs_calls == expected.abs_calls);
    REQUIRE(got.pixels_at_limit == expected.pixels_at_limit);
  }
}

}  // namespace

// ---- Step 1: build_setup ----

TEST_CASE("step 1: build_setup appends 1000 + 1000 + 1,000,000 + 1,000,000 times (book's grid)") {
  const Setup setup = impl::build_setup(Spec{});
  // cProfile: ncalls of list.append, 2,002,000: x and y, then one zs and one cs entry per pixel.
  REQUIRE(setup.appends == 1'000 + 1'000 + 1'000'000 + 1'000'000);
  REQUIRE(setup.zs.size() == 1'000'000);
  REQUIRE(setup.cs.size() == 1'000'000);
}

TEST_CASE("step 1: build_setup's zs are the book's grid, row by row from the top, each with c") {
  const Setup setup = impl::build_setup(Spec{});
  require_book_grid(setup, Spec{});
}

TEST_CASE("step 1: build_setup builds the reference grid on other widths, values of c, a region") {
  std::vector<Spec> specs = wb::julia::specs::other_widths();
  for (const Spec& spec : wb::julia::specs::other_cs(90)) specs.push_back(spec);
  specs.push_back(wb::julia::specs::off_origin_region(70));
  for (const Spec& spec : specs) {
    const Setup setup = impl::build_setup(spec);
    require_book_grid(setup, spec);
  }
}

TEST_CASE("step 1: build_setup appends |x| + |y| + 2 |x| |y| times on other widths and regions") {
  // The axes are built by adding a step, so |x| and |y| can be the width plus one: the reference
  // grid's lengths decide.
  std::vector<Spec> specs = wb::julia::specs::other_widths();
  specs.push_back(wb::julia::specs::off_origin_region(70));
  for (const Spec& spec : specs) {
    const Setup setup = impl::build_setup(spec);
    const wb::julia::Grid grid = wb::julia::book_grid(spec);
    const auto columns = static_cast<std::int64_t>(grid.xs.size());
    const auto rows = static_cast<std::int64_t>(grid.ys.size());
    INFO(describe(spec), "; |x| = ", columns, ", |y| = ", rows);
    REQUIRE(setup.appends == columns + rows + 2 * columns * rows);
  }
}

// ---- Steps 2-4: count_pixel in the book's order ----

TEST_CASE("step 2: count_pixel returns the reference escape count and tests the loop n + 1 times") {
  for (const Spec& spec : pixel_specs()) {
    for_each_reference_pixel(spec, [&](complex z, int n) {
      const PixelCounts got = impl::count_pixel(z, spec.c, spec.max_iterations, Order::book);
      if (got.n == n && got.loop_tests == n + 1) return;
      INFO(describe(spec), "; pixel z = ", z, ", reference n = ", n);
      REQUIRE(got.n == n);
      INFO("the loop test runs once per update, plus once for the test that ends the loop");
      REQUIRE(got.loop_tests == n + 1);
    });
  }
}

TEST_CASE("step 2: count_pixel's n and loop tests on hand-worked edge pixels") {
  for_each_edge_pixel(Order::book, [](const EdgePixel& pixel, const PixelCounts& got) {
    REQUIRE(got.n == pixel.n);
    REQUIRE(got.loop_tests == pixel.loop_tests);
  });
}

TEST_CASE("step 3: count_pixel counts one update per escape-count step") {
  for (const Spec& spec : pixel_specs()) {
    for_each_reference_pixel(spec, [&](complex z, int n) {
      const PixelCounts got = impl::count_pixel(z, spec.c, spec.max_iterations, Order::book);
      if (got.z_updates == n) return;
      INFO(describe(spec), "; pixel z = ", z, ", reference n = ", n);
      INFO("count each z = z * z + c in z_updates (step 3)");
      REQUIRE(got.z_updates == n);
    });
  }
}

TEST_CASE("step 3: count_pixel's updates on hand-worked edge pixels") {
  for_each_edge_pixel(Order::book, [](const EdgePixel& pixel, const PixelCounts& got) {
    REQUIRE(got.z_updates == pixel.z_updates);
  });
}

TEST_CASE("step 4: in the book's order count_pixel calls abs on every loop test") {
  for (const Spec& spec : pixel_specs()) {
    for_each_reference_pixel(spec, [&](complex z, int n) {
      const PixelCounts got = impl::count_pixel(z, spec.c, spec.max_iterations, Order::book);
      if (got.abs_calls == n + 1) return;
      INFO(describe(spec), "; pixel z = ", z, ", reference n = ", n);
      INFO("count each std::abs call in abs_calls (step 4); abs(z) < 2 comes first, so it runs on "
           "all n + 1 loop tests");
      REQUIRE(got.abs_calls == n + 1);
    });
  }
}

TEST_CASE("step 4: count_pixel's abs calls in the book's order on hand-worked edge pixels") {
  for_each_edge_pixel(Order::book, [](const EdgePixel& pixel, const PixelCounts& got) {
    REQUIRE(got.abs_calls == pixel.abs_book);
  });
}

// ---- Step 5: count_pixel in the swapped order ----

TEST_CASE("step 5: the swapped order skips abs only on the test that stops a pixel at the limit") {
  for (const Spec& spec : pixel_specs()) {
    for_each_reference_pixel(spec, [&](complex z, int n) {
      const PixelCounts got = impl::count_pixel(z, spec.c, spec.max_iterations, Order::swapped);
      const std::int64_t abs_calls = n == spec.max_iterations ? n : n + 1;
      const bool right = got.n == n && got.loop_tests == n + 1 && got.z_updates == n;
      if (right && got.abs_calls == abs_calls) return;
      INFO(describe(spec), "; pixel z = ", z, ", reference n = ", n, ", order swapped");
      INFO("the order of the operands changes only how often abs runs, never the loop itself");
      REQUIRE(got.n == n);
      REQUIRE(got.loop_tests == n + 1);
      REQUIRE(got.z_updates == n);
      INFO("n < maxiter comes first: when it is false, && does not evaluate abs(z) < 2");
      REQUIRE(got.abs_calls == abs_calls);
    });
  }
}

TEST_CASE("step 5: count_pixel in the swapped order on hand-worked edge pixels") {
  for_each_edge_pixel(Order::swapped, [](const EdgePixel& pixel, const PixelCounts& got) {
    REQUIRE(got.n == pixel.n);
    REQUIRE(got.loop_tests == pixel.loop_tests);
    REQUIRE(got.z_updates == pixel.z_updates);
    REQUIRE(got.abs_calls == pixel.abs_swapped);
  });
}

// ---- Step 6: count_julia ----

TEST_CASE("step 6: count_julia reports the book's profiler figures for the 1000 x 1000 grid") {
  const Counts& counts = book_run(Order::book);
  // The while line runs once per update plus once per pixel: 33,219,980 + 1,000,000.
  REQUIRE(counts.loop_tests == 34'219'980);     // line_profiler: hits on the while line
  REQUIRE(counts.z_updates == 33'219'980);      // line_profiler: hits on z = z * z + c
  REQUIRE(counts.abs_calls == 34'219'980);      // cProfile: ncalls of {abs}
  REQUIRE(counts.setup_appends == 2'002'000);   // cProfile: ncalls of list.append
  REQUIRE(counts.pixels_at_limit == 100'321);
}

TEST_CASE("step 6: the swapped order saves exactly 100,321 abs calls, one per pixel at the limit") {
  const Counts& swapped = book_run(Order::swapped);
  REQUIRE(swapped.abs_calls == 34'219'980 - 100'321);
  // Everything else is the same work.
  REQUIRE(swapped.loop_tests == 34'219'980);
  REQUIRE(swapped.z_updates == 33'219'980);
  REQUIRE(swapped.setup_appends == 2'002'000);
  REQUIRE(swapped.pixels_at_limit == 100'321);
}

TEST_CASE("step 6: count_julia agrees with the reference kernel on other widths") {
  for (const Spec& spec : wb::julia::specs::other_widths()) require_reference_counts(spec);
}

TEST_CASE("step 6: count_julia agrees with the reference kernel on other iteration limits") {
  for (const Spec& spec : wb::julia::specs::other_limits(80)) require_reference_counts(spec);
}

TEST_CASE("step 6: with max_iterations 0, only the book order calls abs, once per pixel") {
  Spec spec;
  spec.width = 10;
  spec.max_iterations = 0;
  const auto pixels = static_cast<std::int64_t>(wb::julia::reference_iterations(spec).size());
  const Counts book = impl::count_julia(spec, Order::book);
  const Counts swapped = impl::count_julia(spec, Order::swapped);
  REQUIRE(book.abs_calls == pixels);
  REQUIRE(swapped.abs_calls == 0);
}

TEST_CASE("step 6: count_julia agrees with the reference kernel on other values of c, a region") {
  for (const Spec& spec : wb::julia::specs::other_cs(90)) require_reference_counts(spec);
  require_reference_counts(wb::julia::specs::off_origin_region(70));
}
