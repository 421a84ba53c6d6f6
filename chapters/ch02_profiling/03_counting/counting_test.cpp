// ch02.3 counting: the counts must be the book's, exactly. The book's figures come from its cProfile
// and line_profiler runs (34,219,980 abs calls and while-line hits, 33,219,980 updates, 2,002,000
// appends); on other grids the expected counts are derived from the wb::julia reference kernel,
// never from a solution. Every test calls count_julia first, so the stub fails with not_implemented.
#include <doctest/doctest.h>

#include <algorithm>
#include <complex>
#include <cstdint>
#include <string>
#include <vector>

#include "counting.hpp"

namespace impl = ch02::counting::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch02::counting::Counts;
using ch02::counting::Order;
using wb::julia::Spec;

namespace {

// Runs the book's grid once per order and keeps the result (each run takes about a second).
const Counts& book_run(Order order) {
  static const Counts book = impl::count_julia(Spec{}, Order::book);
  static const Counts swapped = impl::count_julia(Spec{}, Order::swapped);
  return order == Order::book ? book : swapped;
}

// Returns what the counts must be for spec, derived from the reference escape counts: the loop
// test runs once per update plus once more per pixel (the test that stops it); each update is one
// escape-count step; the set-up appends every axis point, then one zs and one cs entry per pixel.
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
void check_against_reference(const Spec& spec) {
  for (const Order order : {Order::book, Order::swapped}) {
    INFO("width ", spec.width, ", max_iterations ", spec.max_iterations, ", c ", spec.c.real(), "+",
         spec.c.imag(), "i, order ", std::string(order == Order::book ? "book" : "swapped"));
    const Counts got = impl::count_julia(spec, order);
    const Counts expected = expected_counts(spec, order);
    CHECK(got.loop_tests == expected.loop_tests);
    CHECK(got.z_updates == expected.z_updates);
    CHECK(got.abs_calls == expected.abs_calls);
    CHECK(got.setup_appends == expected.setup_appends);
    CHECK(got.pixels_at_limit == expected.pixels_at_limit);
  }
}

}  // namespace

TEST_CASE("count_julia reports the book's profiler figures for the 1000 x 1000 grid") {
  const Counts& counts = book_run(Order::book);
  CHECK(counts.loop_tests == 34'219'980);     // line_profiler: hits on the while line
  CHECK(counts.z_updates == 33'219'980);      // line_profiler: hits on z = z * z + c
  CHECK(counts.abs_calls == 34'219'980);      // cProfile: ncalls of {abs}
  CHECK(counts.setup_appends == 2'002'000);   // cProfile: ncalls of list.append
  CHECK(counts.pixels_at_limit == 100'321);
}

TEST_CASE("count_julia's set-up appends are 1000 + 1000 + 1,000,000 + 1,000,000") {
  const Counts& counts = book_run(Order::book);
  CHECK(counts.setup_appends == 1'000 + 1'000 + 1'000'000 + 1'000'000);
}

TEST_CASE("the loop test runs once per update plus once per pixel") {
  const Counts& counts = book_run(Order::book);
  CHECK(counts.loop_tests == counts.z_updates + 1'000'000);
}

TEST_CASE("the swapped loop test saves exactly 100,321 abs calls, one per pixel at the limit") {
  const Counts& book = book_run(Order::book);
  const Counts& swapped = book_run(Order::swapped);
  CHECK(swapped.abs_calls == 34'219'980 - 100'321);
  CHECK(book.abs_calls - swapped.abs_calls == book.pixels_at_limit);
  // Everything else is the same work.
  CHECK(swapped.loop_tests == book.loop_tests);
  CHECK(swapped.z_updates == book.z_updates);
  CHECK(swapped.setup_appends == book.setup_appends);
  CHECK(swapped.pixels_at_limit == book.pixels_at_limit);
}

TEST_CASE("count_julia agrees with the reference kernel on other widths") {
  for (int width : {1, 2, 3, 7, 64, 101}) {
    Spec spec;
    spec.width = width;
    check_against_reference(spec);
  }
}

TEST_CASE("count_julia agrees with the reference kernel on other iteration limits") {
  for (int max_iterations : {0, 1, 2, 17, 1000}) {
    Spec spec;
    spec.width = 80;
    spec.max_iterations = max_iterations;
    check_against_reference(spec);
  }
}

TEST_CASE("with max_iterations 0, only the book order calls abs, once per pixel") {
  Spec spec;
  spec.width = 10;
  spec.max_iterations = 0;
  const auto pixels = static_cast<std::int64_t>(wb::julia::reference_iterations(spec).size());
  const Counts book = impl::count_julia(spec, Order::book);
  const Counts swapped = impl::count_julia(spec, Order::swapped);
  CHECK(book.abs_calls == pixels);
  CHECK(swapped.abs_calls == 0);
}

TEST_CASE("count_julia agrees with the reference kernel on other values of c and regions") {
  const std::complex<double> cs[] = {{0.0, 0.0}, {-0.8, 0.156}, {0.285, 0.01}, {-0.4, 0.6}};
  for (const auto c : cs) {
    Spec spec;
    spec.width = 90;
    spec.c = c;
    check_against_reference(spec);
  }
  Spec region;
  region.x1 = -0.5;
  region.x2 = 0.25;
  region.y1 = -0.1;
  region.y2 = 0.6;
  region.width = 70;
  region.max_iterations = 500;
  check_against_reference(region);
}
