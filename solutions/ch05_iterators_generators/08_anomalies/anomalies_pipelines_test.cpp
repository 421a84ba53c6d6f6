// ch05.8 anomalies: the three pipelines of anomalies_pipelines.hpp find the same days as the
// frozen baseline (the book's program), to the bit (test ch05.8-anomalies-pipelines-test, label
// "solutions").
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "anomalies.hpp"
#include "anomalies_pipelines.hpp"

namespace a = ch05::anomalies;

TEST_CASE("fused loop, iterator pipeline and coroutine pipeline agree with the book's program") {
  // The book's threshold, and a lax one that also flags ordinary days.
  for (const auto& run : {std::pair{3u, 1e-3}, std::pair{9u, 1e-3}, std::pair{3u, 0.3}}) {
    const unsigned seed = run.first;  // (clang 14 cannot capture a structured binding)
    const double threshold = run.second;
    const std::int64_t seconds = 25 * a::kSecondsPerDay + 5'000;  // a partial last day too
    std::vector<a::Anomaly> want;
    a::Options options;
    options.threshold = threshold;
    for (const a::Anomaly& x : a::baseline::anomalies(a::fake_data(seed, seconds), options)) want.push_back(x);
    CAPTURE(seed);
    CAPTURE(threshold);
    REQUIRE(want.size() >= 2);
    for (const auto& got : {a::pipelines::fused(seed, seconds, threshold), a::pipelines::iterator(seed, seconds, threshold),
                            a::pipelines::coroutine(seed, seconds, threshold)}) {
      REQUIRE(got.size() == want.size());
      for (std::size_t k = 0; k < want.size(); ++k) {
        CHECK(got[k].start == want[k].start);
        CHECK(got[k].end == want[k].end);
        CHECK(got[k].count == want[k].count);
        CHECK(got[k].statistic == doctest::Approx(want[k].statistic).epsilon(1e-9));
      }
    }
  }
}
