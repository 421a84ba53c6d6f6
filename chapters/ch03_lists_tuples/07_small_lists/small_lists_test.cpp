// ch03.7 small_lists: correctness, for any layout: every value comes back, the values were copied
// (overwriting the input changes nothing), odd sizes are refused. Heap figures are not asserted
// here: the benchmark measures them (`./workbook check ch03.7`), and the solution's exact budget
// is checked by its own test.
#include <doctest/doctest.h>

#include <cstddef>
#include <random>
#include <stdexcept>
#include <vector>

#include "small_lists.hpp"

namespace impl = ch03::small_lists::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch03::small_lists::kSampleSize;

namespace {

std::vector<int> random_values(std::size_t samples, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<int> values(samples * kSampleSize);
  for (int& v : values) v = static_cast<int>(rng() % 101);  // the book's randint(0, 100)
  return values;
}

}  // namespace

TEST_CASE("every value of 10,000 samples comes back, sample by sample") {
  const std::vector<int> values = random_values(10'000, 37);
  const ch03::small_lists::Samples samples = impl::build(values);
  REQUIRE(impl::count(samples) == 10'000);
  for (std::size_t i = 0; i < 10'000; ++i) {
    for (std::size_t k = 0; k < kSampleSize; ++k) {
      if (impl::value(samples, i, k) != values[i * kSampleSize + k]) {
        CAPTURE(i);
        CAPTURE(k);
        REQUIRE(impl::value(samples, i, k) == values[i * kSampleSize + k]);
      }
    }
  }
}

TEST_CASE("build copies: overwriting the input afterwards changes nothing") {
  std::vector<int> values = random_values(100, 38);
  const std::vector<int> original = values;
  const ch03::small_lists::Samples samples = impl::build(values);
  std::fill(values.begin(), values.end(), -1);
  for (std::size_t i = 0; i < 100; ++i) {
    for (std::size_t k = 0; k < kSampleSize; ++k) REQUIRE(impl::value(samples, i, k) == original[i * kSampleSize + k]);
  }
}

TEST_CASE("no values: no samples; a size that is not a multiple of 9 is refused") {
  const ch03::small_lists::Samples none = impl::build({});
  CHECK(impl::count(none) == 0);
  const std::vector<int> ten(10, 1);
  CHECK_THROWS_AS(impl::build(ten), std::invalid_argument);
  const std::vector<int> one_sample{1, 2, 3, 4, 5, 6, 7, 8, 9};
  const ch03::small_lists::Samples single = impl::build(one_sample);
  CHECK(impl::count(single) == 1);
  CHECK(impl::value(single, 0, 0) == 1);
  CHECK(impl::value(single, 0, 8) == 9);
}
