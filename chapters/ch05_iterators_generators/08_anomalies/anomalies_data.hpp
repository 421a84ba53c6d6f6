// ch05.8 anomalies: the data (read, don't edit): a reading, the two sources of readings (the
// book's fake stream and a CSV file), UTC days and their ISO 8601 text. Every implementation and
// the `anomalies` program share them.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <istream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "wb/generator.hpp"

namespace ch05::anomalies {

inline constexpr std::int64_t kSecondsPerDay = 86'400;
inline constexpr double kInjected = 100.0;  // the fake source's anomalous value

// One reading: seconds since 1970-01-01T00:00:00Z and a value.
struct Datum {
  std::int64_t timestamp = 0;
  double value = 0.0;
};

// The UTC day of a timestamp: days since 1970-01-01, rounded down (floor division, so that
// -1 s is day -1).
constexpr std::int64_t day_of(std::int64_t timestamp) {
  return timestamp / kSecondsPerDay - (timestamp % kSecondsPerDay < 0 ? 1 : 0);
}

// "1970-01-10T00:00:00Z" for 777600.
inline std::string iso8601(std::int64_t timestamp) {
  using namespace std::chrono;
  const sys_seconds t{seconds{timestamp}};
  const sys_days day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss<seconds> hms{t - day};
  char text[48];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02ld:%02ld:%02lldZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                static_cast<long long>(hms.seconds().count()));
  return text;
}

inline constexpr std::int64_t kEndless = std::numeric_limits<std::int64_t>::max();

// The fake source's generator state and its draws, in the order fake_data makes them (so that a
// hand-written loop can make the very same stream: see the solution's pipelines).
struct FakeDraws {
  explicit FakeDraws(std::uint64_t seed) : rng(seed), next_injection(gap(rng)) {}
  // The value at second t (t = 0, 1, 2 ... in turn).
  double value(std::int64_t t) {
    if (t != next_injection) return normal(rng);
    next_injection = t + 1 + gap(rng);
    return kInjected;
  }
  std::mt19937_64 rng;
  std::normal_distribution<double> normal{0.0, 1.0};
  std::geometric_distribution<std::int64_t> gap{1.0 / (7.0 * static_cast<double>(kSecondsPerDay))};
  std::int64_t next_injection;
};

// The book's read_fake_data (Example 5-2): `count` readings (without end by default), one per
// second from 1970-01-01T00:00:00Z; each value is normal(0, 1), except that about once in 7 days
// (probability 1 / 604,800 per second, drawn as geometric gaps) it is kInjected. The same seed gives
// the same stream.
WB_GENERATOR_LINKONCE inline wb::generator<Datum> fake_data(std::uint64_t seed, std::int64_t count = kEndless) {
  FakeDraws draws(seed);
  for (std::int64_t t = 0; t < count; ++t) co_yield Datum{t, draws.value(t)};
}

// The readings of a vector, in order (for tests and small examples).
WB_GENERATOR_LINKONCE inline wb::generator<Datum> from_vector(std::vector<Datum> data) {
  for (const Datum& d : data) co_yield d;
}

// A line of a CSV file that is not "timestamp,value".
struct BadLine : std::runtime_error {
  BadLine(std::size_t line_number, const std::string& why)
      : std::runtime_error("line " + std::to_string(line_number) + ": " + why), line(line_number) {}
  std::size_t line;
};

// The book's read_data: one reading per line "timestamp,value" (an integer number of seconds, a
// decimal value), timestamps never decreasing; an optional first line "timestamp,value". Throws
// BadLine naming the first line that is anything else (an empty line included): nothing is
// skipped. Defined in anomalies_data.cpp.
wb::generator<Datum> csv_data(std::istream& in);

}  // namespace ch05::anomalies
