// ch01.5 vectorise: correctness. Expected values come from a plain scan written here, never from a
// solution: every position of the first match in arrays of 0 to 300 values (every block boundary
// and remainder), several matches, none, NaNs and infinities.
#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <limits>
#include <random>
#include <vector>

#include "vectorise.hpp"

namespace impl = ch01::vectorise::WB_TESTED;  // exercise, baseline or solution: the build decides

namespace {

std::size_t reference(const std::vector<float>& v, float t) {
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] > t) return i;
  }
  return v.size();
}

}  // namespace

TEST_CASE("the first match at every position of arrays of 0 to 300 values, and no match") {
  for (std::size_t n = 0; n <= 300; ++n) {
    std::vector<float> v(n, 0.25f);
    const std::size_t none = impl::first_above(v, 0.5f);
    REQUIRE(none == n);
    for (std::size_t at = 0; at < n; ++at) {
      v[at] = 1.0f;
      if (at + 7 < n) v[at + 7] = 2.0f;  // a later match must not win
      CAPTURE(n);
      CAPTURE(at);
      REQUIRE(impl::first_above(v, 0.5f) == at);
      v[at] = 0.25f;
      if (at + 7 < n) v[at + 7] = 0.25f;
    }
  }
}

TEST_CASE("equal is not above; NaN is never above; infinities and random data agree with a scan") {
  std::vector<float> v{1.0f, 1.0f, std::numeric_limits<float>::quiet_NaN(), 1.5f};
  const std::size_t at = impl::first_above(v, 1.0f);
  CHECK(at == 3);
  CHECK(impl::first_above(v, std::numeric_limits<float>::infinity()) == 4);
  v.push_back(std::numeric_limits<float>::infinity());
  CHECK(impl::first_above(v, 1e30f) == 4);
  std::mt19937 rng(3);
  std::normal_distribution<float> normal;
  for (int round = 0; round < 500; ++round) {
    std::vector<float> r(rng() % 1000);
    for (float& x : r) x = normal(rng);
    const float t = 2.0f + static_cast<float>(round % 5) * 0.3f;
    REQUIRE(impl::first_above(r, t) == reference(r, t));
  }
}
