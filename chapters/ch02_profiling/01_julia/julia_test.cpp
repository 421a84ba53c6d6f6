// ch02.1 julia: correctness. Expected values come from the book (the checksum) and from the
// wb::julia reference kernel (every pixel), never from a solution.
#include <doctest/doctest.h>

#include <complex>
#include <vector>

#include "julia.hpp"

namespace impl = ch02::julia::WB_TESTED;  // exercise, baseline or solution: the build decides
using wb::julia::Spec;

namespace {

// Compares pixel by pixel and reports the first mismatch with its row and column.
void check_same_pixels(const Spec& spec, int threads) {
  const std::vector<int> expected = wb::julia::reference_iterations(spec);
  const std::vector<int> got = impl::julia_set(spec, threads);
  REQUIRE(got.size() == expected.size());
  const std::size_t columns = wb::julia::book_grid(spec).xs.size();
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (got[i] != expected[i]) {
      INFO("width ", spec.width, ", max_iterations ", spec.max_iterations, ", c ", spec.c.real(), "+",
           spec.c.imag(), "i, threads ", threads, ": pixel row ", i / columns, " column ", i % columns);
      CHECK(got[i] == expected[i]);
      return;
    }
  }
}

}  // namespace

TEST_CASE("julia_set reproduces the book's checksum 33219980 (width 1000, 300 iterations)") {
  const Spec book;
  for (int threads : {1, 2}) {
    CAPTURE(threads);
    const std::vector<int> counts = impl::julia_set(book, threads);
    CHECK(counts.size() == 1'000'000);
    CHECK(wb::julia::checksum(counts) == 33'219'980);
  }
}

TEST_CASE("julia_set matches the reference on every pixel for other widths") {
  for (int width : {1, 2, 3, 7, 10, 64, 101, 250}) {
    Spec spec;
    spec.width = width;
    check_same_pixels(spec, 1);
  }
}

TEST_CASE("julia_set matches the reference for other iteration limits") {
  for (int max_iterations : {0, 1, 2, 17, 1000}) {
    Spec spec;
    spec.width = 120;
    spec.max_iterations = max_iterations;
    check_same_pixels(spec, 1);
  }
}

TEST_CASE("julia_set matches the reference for other values of c") {
  const std::complex<double> cs[] = {{0.0, 0.0}, {-0.8, 0.156}, {0.285, 0.01}, {-0.4, 0.6}, {0.45, -0.1428}};
  for (const auto c : cs) {
    Spec spec;
    spec.width = 150;
    spec.c = c;
    check_same_pixels(spec, 1);
  }
}

TEST_CASE("julia_set gives the same pixels on any number of threads") {
  Spec spec;
  spec.width = 203;  // rows do not split evenly
  for (int threads : {1, 2, 3, 8}) check_same_pixels(spec, threads);
}

TEST_CASE("julia_set matches the reference on a region away from the origin") {
  Spec spec;
  spec.x1 = -0.5;
  spec.x2 = 0.25;
  spec.y1 = -0.1;
  spec.y2 = 0.6;
  spec.width = 90;
  spec.max_iterations = 500;
  check_same_pixels(spec, 2);
}
