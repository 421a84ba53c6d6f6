// ch05.8 anomalies: correctness. Expected values come from the data itself (the days where the fake
// source injected its value 100), from wb::stats::normaltest run on copies of the groups (SciPy's
// test, checked against SciPy in shared/tests/stats_test.cpp) and from the calendar, never from
// the solution. Every test case calls the code under test outside CHECK first.
#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "anomalies.hpp"
#include "wb/stats.hpp"

namespace impl = ch05::anomalies::WB_TESTED;  // exercise, baseline or solution: the build decides
namespace a = ch05::anomalies;
using a::Anomaly;
using a::Datum;

namespace {

std::vector<Anomaly> all(wb::generator<Anomaly> found) {
  std::vector<Anomaly> out;
  for (const Anomaly& x : found) out.push_back(x);
  return out;
}

// Passes readings through, counting them.
wb::generator<Datum> counted(wb::generator<Datum> data, std::int64_t& n) {
  for (const Datum& d : data) {
    ++n;
    co_yield d;
  }
}

void check_test_of(const Anomaly& got, const std::vector<double>& values) {
  const wb::stats::NormalTest want = wb::stats::normaltest(values);
  CHECK(got.count == values.size());
  CHECK(std::abs(got.statistic - want.statistic) <= 1e-9 * std::abs(want.statistic));
  CHECK(std::abs(got.pvalue - want.pvalue) <= 1e-9);
}

// Normal readings at t = first, first + 1, ... with kInjected at the given offsets.
std::vector<Datum> readings(std::int64_t first, std::size_t n, std::set<std::size_t> injected, unsigned seed) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> normal;
  std::vector<Datum> out;
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back({first + static_cast<std::int64_t>(i), injected.count(i) ? a::kInjected : normal(rng)});
  }
  return out;
}

}  // namespace

TEST_CASE("the fake stream's anomalous days are exactly the days holding an injected value") {
  constexpr std::int64_t kDays = 30;
  std::size_t injected_days = 0;
  for (std::uint64_t seed : {1u, 2u}) {
    const std::vector<Anomaly> found = all(impl::anomalies(a::fake_data(seed, kDays * a::kSecondsPerDay), {}));
    std::map<std::int64_t, std::vector<double>> injected;  // day -> its values, for days with an injection
    std::vector<double> day_values;
    for (const Datum& d : a::fake_data(seed, kDays * a::kSecondsPerDay)) {
      day_values.push_back(d.value);
      if (d.value == a::kInjected) injected[a::day_of(d.timestamp)];
      if ((d.timestamp + 1) % a::kSecondsPerDay == 0) {
        if (injected.count(a::day_of(d.timestamp))) injected[a::day_of(d.timestamp)] = day_values;
        day_values.clear();
      }
    }
    injected_days += injected.size();
    REQUIRE(found.size() == injected.size());
    std::size_t k = 0;
    for (const auto& entry : injected) {
      const std::int64_t day = entry.first;  // (clang 14 cannot capture a structured binding)
      const std::vector<double>& values = entry.second;
      CAPTURE(seed);
      CAPTURE(day);
      CHECK(found[k].start == day * a::kSecondsPerDay);
      CHECK(found[k].end == day * a::kSecondsPerDay + a::kSecondsPerDay - 1);
      CHECK(found[k].pvalue < 1e-3);
      check_test_of(found[k], values);
      ++k;
    }
  }
  CHECK(injected_days >= 4);  // the seeds were chosen to hold some (about one a week)
}

TEST_CASE("lazy: the first anomaly of an endless stream comes right after its day is read") {
  std::int64_t read = 0;
  std::int64_t first_day = -1;
  for (const Anomaly& x : impl::anomalies(counted(a::fake_data(1), read), {})) {
    first_day = a::day_of(x.start);
    break;
  }
  REQUIRE(first_day >= 0);
  CHECK(read <= (first_day + 1) * a::kSecondsPerDay + 1);  // the day, and the reading that ended it
}

TEST_CASE("days are UTC days, floor-divided: negative timestamps and short days") {
  // Day -1 holds t = -50 .. -1 (an injected value at -3); day 0 holds t = 0 .. 9 (10 readings,
  // too few to test, though one is injected); day 1 holds 40 normal readings.
  std::vector<Datum> data = readings(-50, 50, {47}, 3);
  for (const Datum& d : readings(0, 10, {5}, 4)) data.push_back(d);
  for (const Datum& d : readings(a::kSecondsPerDay, 40, {}, 5)) data.push_back(d);
  const std::vector<Anomaly> found = all(impl::anomalies(a::from_vector(data), {}));
  REQUIRE(found.size() == 1);
  CHECK(found[0].start == -50);
  CHECK(found[0].end == -1);
  std::vector<double> day_minus_one;
  for (std::size_t i = 0; i < 50; ++i) day_minus_one.push_back(data[i].value);
  check_test_of(found[0], day_minus_one);
}

TEST_CASE("sliding windows: every window of `size` readings, `step` apart, tested as a copy would be") {
  const std::vector<Datum> data = readings(1'000, 6'000, {100, 2'500, 5'100}, 6);
  a::Options options;
  options.window = a::Window::sliding;
  options.size = 1'000;
  options.step = 250;
  const std::vector<Anomaly> found = all(impl::anomalies(a::from_vector(data), options));
  std::vector<Anomaly> want;
  for (std::size_t first = 0; first + options.size <= data.size(); first += options.step) {
    std::vector<double> values;
    for (std::size_t i = first; i < first + options.size; ++i) values.push_back(data[i].value);
    const wb::stats::NormalTest t = wb::stats::normaltest(values);
    if (t.pvalue < options.threshold) want.push_back({data[first].timestamp, data[first + options.size - 1].timestamp, options.size, t.statistic, t.pvalue});
  }
  REQUIRE(found.size() == want.size());
  std::size_t with_injection = 0;
  for (std::size_t k = 0; k < want.size(); ++k) {
    CHECK(found[k].start == want[k].start);
    CHECK(found[k].end == want[k].end);
    CHECK(found[k].count == want[k].count);
    CHECK(std::abs(found[k].statistic - want[k].statistic) <= 1e-9 * std::abs(want[k].statistic));
    const bool holds_injection = (want[k].start <= 1'100 && 1'100 <= want[k].end) || (want[k].start <= 3'500 && 3'500 <= want[k].end) || (want[k].start <= 6'100 && 6'100 <= want[k].end);
    with_injection += holds_injection ? 1 : 0;
  }
  CHECK(with_injection == 9);  // the first window holds reading 100, 4 hold 2,500, 4 hold 5,100
}

TEST_CASE("sliding windows: too little data gives nothing; a bad size or step is refused") {
  a::Options options;
  options.window = a::Window::sliding;
  options.size = 100;
  options.step = 1;
  CHECK(all(impl::anomalies(a::from_vector(readings(0, 99, {10}, 7)), options)).empty());
  options.size = 19;
  CHECK_THROWS_AS(impl::anomalies(a::from_vector({}), options), std::invalid_argument);
  options.size = 20;
  options.step = 0;
  CHECK_THROWS_AS(impl::anomalies(a::from_vector({}), options), std::invalid_argument);
}

TEST_CASE("timestamps print as UTC ISO 8601") {
  CHECK(a::iso8601(0) == "1970-01-01T00:00:00Z");
  CHECK(a::iso8601(777'600) == "1970-01-10T00:00:00Z");        // the book's first anomalous day
  CHECK(a::iso8601(-1) == "1969-12-31T23:59:59Z");
  CHECK(a::iso8601(631'152'000) == "1990-01-01T00:00:00Z");    // 20 years of 365.25 days
  CHECK(a::iso8601(951'782'400) == "2000-02-29T00:00:00Z");
}

TEST_CASE("the CSV reader: a header, CRLF line ends, and every bad line named by its number") {
  std::istringstream good("timestamp,value\r\n0,1.5\r\n1,-2\n1,3e2\n");
  std::vector<Datum> got;
  for (const Datum& d : a::csv_data(good)) got.push_back(d);
  REQUIRE(got.size() == 3);
  CHECK(got[2].timestamp == 1);
  CHECK(got[2].value == 300.0);
  const std::vector<std::pair<const char*, std::size_t>> bad = {
      {"0,1\n\n2,3\n", 2},          {"0,1\n1;2\n", 2},        {"0,1\n1,2\nx,3\n", 3},
      {"0,1\n1,2,3\n", 2},          {"0,abc\n", 1},           {"5,1\n4,1\n", 2},
      {"0,1\n1,nan\n", 2},          {"1.5,2\n", 1},           {"timestamp,value\n0,1\ntimestamp,value\n", 3}};
  for (const auto& entry : bad) {
    const char* text = entry.first;
    const std::size_t line = entry.second;
    CAPTURE(text);
    std::istringstream in(text);
    std::size_t reported = 0;
    try {
      for (const Datum& d : a::csv_data(in)) (void)d;
    } catch (const a::BadLine& e) {
      reported = e.line;
    }
    CHECK(reported == line);
  }
}
