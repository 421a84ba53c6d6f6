// wb::julia: the book's grid, its reference kernel and checksum. Expected values come from the book
// (the checksum 33,219,980), from exact arithmetic on grids whose every value is representable, and
// from the escape rule written out in the test.
#include <doctest/doctest.h>

#include <climits>
#include <cmath>
#include <complex>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "wb/julia.hpp"

using namespace wb::julia;

TEST_CASE("book_axis accumulates the step and stops before the end value") {
  SUBCASE("increasing") {
    const auto axis = book_axis(0.0, 1.0, 0.25);
    CHECK(axis == std::vector<double>{0.0, 0.25, 0.5, 0.75});
  }
  SUBCASE("decreasing") {
    const auto axis = book_axis(1.0, 0.0, -0.5);
    CHECK(axis == std::vector<double>{1.0, 0.5});
  }
  SUBCASE("accumulated rounding can add a point: 0.1 ten times is below 1") {
    const auto axis = book_axis(0.0, 1.0, 0.1);
    CHECK(axis.size() == 11);  // 0.1 summed ten times is 0.9999999999999999 < 1
    CHECK(axis.back() < 1.0);
  }
  SUBCASE("a zero step is refused") { CHECK_THROWS_AS(book_axis(0.0, 1.0, 0.0), std::invalid_argument); }
}

TEST_CASE("book_grid gives the book's 1000 x 1000 grid for the default spec") {
  const Grid grid = book_grid(Spec{});
  CHECK(grid.xs.size() == 1000);
  CHECK(grid.ys.size() == 1000);
  CHECK(grid.xs.front() == -1.8);
  CHECK(grid.ys.front() == 1.8);
  CHECK(grid.xs[1] == doctest::Approx(-1.8 + 0.0036));
}

TEST_CASE("book_grid refuses a non-positive width") {
  Spec spec;
  spec.width = 0;
  CHECK_THROWS_AS(book_grid(spec), std::invalid_argument);
}

TEST_CASE("reference_iterations reproduces the book's checksum 33219980") {
  const auto counts = reference_iterations(Spec{});
  CHECK(counts.size() == 1'000'000);
  CHECK(checksum(counts) == book_checksum);
}

TEST_CASE("reference_iterations follows the escape rule on simple cases") {
  Spec spec;
  spec.c = {0.0, 0.0};  // z -> z^2: points inside the unit disc never escape
  spec.width = 4;       // xs = ys = -1.8, -0.9, 0, 0.9 (up to rounding)
  spec.max_iterations = 50;
  const auto counts = reference_iterations(spec);
  const Grid grid = book_grid(spec);
  REQUIRE(counts.size() == grid.xs.size() * grid.ys.size());
  for (std::size_t r = 0; r < grid.ys.size(); ++r) {
    for (std::size_t k = 0; k < grid.xs.size(); ++k) {
      const double modulus = std::hypot(grid.xs[k], grid.ys[r]);
      const int n = counts[r * grid.xs.size() + k];
      if (modulus >= 2.0) CHECK(n == 0);
      else if (modulus < 1.0) CHECK(n == 50);
      else CHECK((n > 0 && n < 50));
    }
  }
}

TEST_CASE("checksum sums every count") {
  const std::vector<int> counts{1, 2, 300, 0};
  CHECK(checksum(counts) == 303);
  CHECK(checksum({}) == 0);
}

TEST_CASE("checksum adds in 64 bits: a sum past 2^31 and past 2^32 is exact") {
  // The book's sum fits in 32 bits; an image 130 times as large would not.
  const std::vector<int> three_max(3, INT_MAX);
  CHECK(checksum(three_max) == std::int64_t{3} * INT_MAX);  // 6,442,450,941
  const std::vector<int> just_past(2, 1 << 30);
  CHECK(checksum(just_past) == std::int64_t{1} << 31);  // 2,147,483,648
}

TEST_CASE("reference_iterations stops on the circle |z| = 2 itself: the test is |z| < 2") {
  // x and y in [-2, 2] at width 4: exact axes -2, -1, 0, 1 (columns) and 2, 1, 0, -1 (rows); c = 0,
  // so z -> z^2. (0, 2) and (-2, 0) start on the circle: no update. -1+i and 1+i have |z|^2 = 2 and
  // land on the circle (at -2i and 2i) after one update. The unit circle's points never escape.
  Spec spec;
  spec.x1 = -2.0;
  spec.x2 = 2.0;
  spec.y1 = -2.0;
  spec.y2 = 2.0;
  spec.width = 4;
  spec.c = {0.0, 0.0};
  spec.max_iterations = 10;
  const Grid grid = book_grid(spec);
  REQUIRE(grid.xs == std::vector<double>{-2.0, -1.0, 0.0, 1.0});
  REQUIRE(grid.ys == std::vector<double>{2.0, 1.0, 0.0, -1.0});
  const std::vector<int> expected{0, 0, 0,  0,    // y = 2
                                  0, 1, 10, 1,    // y = 1
                                  0, 10, 10, 10,  // y = 0
                                  0, 1, 10, 1};   // y = -1
  CHECK(reference_iterations(spec) == expected);
}

TEST_CASE("reference_iterations is row-major: row r starts from ys[r], column k from xs[k]") {
  // A region that is not symmetric and an image that is not square (the y axis has one point more),
  // so a transposed or flipped image differs. Each pixel is recomputed here by the escape rule.
  Spec spec;
  spec.x1 = -0.5;
  spec.x2 = 0.25;
  spec.y1 = -0.1;
  spec.y2 = 0.6;
  spec.width = 30;
  spec.max_iterations = 200;
  const Grid grid = book_grid(spec);
  const std::vector<int> counts = reference_iterations(spec);
  REQUIRE(grid.xs.size() != grid.ys.size());
  REQUIRE(counts.size() == grid.xs.size() * grid.ys.size());
  for (std::size_t r = 0; r < grid.ys.size(); ++r) {
    for (std::size_t k = 0; k < grid.xs.size(); ++k) {
      std::complex<double> z{grid.xs[k], grid.ys[r]};
      int n = 0;
      for (; n < spec.max_iterations && std::abs(z) < 2.0; ++n) z = z * z + spec.c;
      CAPTURE(r);
      CAPTURE(k);
      REQUIRE(counts[r * grid.xs.size() + k] == n);
    }
  }
}
