#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>

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
