// ch02.7 great_circle: correctness. Expected distances come from an independent formula, never from
// a solution: the haversine formula evaluated with 60-digit arithmetic (Python's mpmath) for the
// named places below, and in long double for the generated workloads. Both use radius 6371 km.
#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <numbers>
#include <vector>

#include "great_circle.hpp"
#include "great_circle_workload.hpp"

namespace impl = ch02::great_circle::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch02::great_circle::Pair;
using ch02::great_circle::Point;
namespace workload = ch02::great_circle::workload;

namespace {

// Places as (lat, lon) in degrees.
constexpr Point kLondon{.lat = 51.5074, .lon = -0.1278};
constexpr Point kParis{.lat = 48.8566, .lon = 2.3522};
constexpr Point kNewYork{.lat = 40.7128, .lon = -74.0060};
constexpr Point kLosAngeles{.lat = 34.0522, .lon = -118.2437};
constexpr Point kTokyo{.lat = 35.6762, .lon = 139.6503};
constexpr Point kSanFrancisco{.lat = 37.7749, .lon = -122.4194};
constexpr Point kSydney{.lat = -33.8688, .lon = 151.2093};
constexpr Point kQuito{.lat = -0.1807, .lon = -78.4678};
// The lesson's fixed pair: great_circle(-72.345, 34.323, -61.823, 54.826) as (lon, lat, lon, lat).
constexpr Point kLessonFrom{.lat = 34.323, .lon = -72.345};
constexpr Point kLessonTo{.lat = 54.826, .lon = -61.823};

// pi * 6371 km: half of the great circle.
constexpr double kHalfCircleKm = 20015.086796020572722;

// Below this many km the law of cosines loses its relative precision (its rounding floor is about
// 0.1 m: acos of a value one rounding step below 1 is 2e-8 rad), so it is checked to 1 m instead.
constexpr double kShortKm = 10.0;
constexpr double kRelative = 1e-9;
constexpr double kShortAbsoluteKm = 1e-3;

// Returns the haversine distance in km, computed in long double: an independent reference.
long double reference_km(const Point& a, const Point& b) {
  constexpr long double kRadian = std::numbers::pi_v<long double> / 180.0L;
  const long double lat_a = static_cast<long double>(a.lat) * kRadian;
  const long double lat_b = static_cast<long double>(b.lat) * kRadian;
  const long double dlat = lat_b - lat_a;
  const long double dlon = (static_cast<long double>(b.lon) - static_cast<long double>(a.lon)) * kRadian;
  const long double s_lat = std::sin(dlat / 2.0L);
  const long double s_lon = std::sin(dlon / 2.0L);
  long double h = s_lat * s_lat + std::cos(lat_a) * std::cos(lat_b) * s_lon * s_lon;
  h = std::fmin(std::fmax(h, 0.0L), 1.0L);
  return 2.0L * static_cast<long double>(ch02::great_circle::kEarthRadiusKm) * std::asin(std::sqrt(h));
}

// Checks one distance: relative 1e-9 above kShortKm, 1 m absolute below.
void check_km(double got, long double expected) {
  const long double error = std::fabs(static_cast<long double>(got) - expected);
  INFO("got ", got, " km, expected ", static_cast<double>(expected), " km");
  REQUIRE(std::isfinite(got));
  if (expected > kShortKm) {
    CHECK(error <= kRelative * expected);
  } else {
    CHECK(error <= kShortAbsoluteKm);
  }
}

// Checks total_distance against the reference sum: relative 1e-9, plus the 1 m rounding floor for
// each trip shorter than kShortKm (a trip from a city to itself adds up to 0.1 m of rounding).
void check_total(const std::vector<Pair>& pairs) {
  long double expected = 0.0L;
  std::size_t short_trips = 0;
  for (const Pair& p : pairs) {
    const long double km = reference_km(p.from, p.to);
    expected += km;
    if (km <= kShortKm) ++short_trips;
  }
  const double got = impl::total_distance(pairs);
  const long double allowed = kRelative * expected + kShortAbsoluteKm * static_cast<long double>(short_trips);
  INFO(pairs.size(), " pairs (", short_trips, " shorter than ", kShortKm, " km): got ", got, " km, expected ",
       static_cast<double>(expected), " km");
  REQUIRE(std::isfinite(got));
  CHECK(std::fabs(static_cast<long double>(got) - expected) <= allowed);
}

}  // namespace

TEST_CASE("great_circle matches 60-digit haversine distances between cities to 1e-9") {
  // Each expected value: haversine in 60-digit mpmath from the exact doubles above, radius 6371.
  struct Case {
    const char* name;
    Point a, b;
    double km;
  };
  const Case cases[] = {
      {"London-Paris", kLondon, kParis, 343.55606034104167377},
      {"New York-Los Angeles", kNewYork, kLosAngeles, 3935.7462546097232006},
      {"the lesson's pair", kLessonFrom, kLessonTo, 2421.1627036986789242},
      {"Tokyo-San Francisco (across the antimeridian)", kTokyo, kSanFrancisco, 8274.6149783840793702},
      {"Sydney-Quito", kSydney, kQuito, 13608.039489297771712},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const double got = impl::great_circle(c.a, c.b);
    CHECK(std::fabs(got - c.km) <= kRelative * c.km);
    CHECK(got == doctest::Approx(static_cast<double>(reference_km(c.a, c.b))).epsilon(kRelative));
  }
}

TEST_CASE("great_circle gives half the circle, pi * 6371 km, between antipodes") {
  SUBCASE("the poles") {
    CHECK(impl::great_circle({.lat = 90.0, .lon = 0.0}, {.lat = -90.0, .lon = 0.0}) ==
          doctest::Approx(kHalfCircleKm).epsilon(kRelative));
  }
  SUBCASE("two points of the equator 180 degrees apart") {
    CHECK(impl::great_circle({.lat = 0.0, .lon = 0.0}, {.lat = 0.0, .lon = 180.0}) ==
          doctest::Approx(kHalfCircleKm).epsilon(kRelative));
    CHECK(impl::great_circle({.lat = 0.0, .lon = -90.0}, {.lat = 0.0, .lon = 90.0}) ==
          doctest::Approx(kHalfCircleKm).epsilon(kRelative));
  }
  SUBCASE("New York and its antipode, to 1e-7: the law of cosines is ill-conditioned there") {
    // Near 180 degrees acos is as sensitive as near 0: a rounding step in its argument moves the
    // angle by about 2e-8 rad, 0.1 km, which is 5e-9 of the answer.
    const Point antipode{.lat = -kNewYork.lat, .lon = kNewYork.lon + 180.0};
    CHECK(impl::great_circle(kNewYork, antipode) == doctest::Approx(kHalfCircleKm).epsilon(1e-7));
  }
}

TEST_CASE("great_circle gives 0 (to its 1 m rounding floor, never NaN) for equal points") {
  std::vector<Point> points = {kLondon, kParis, kNewYork, kSydney, kQuito,
                               {.lat = 0.0, .lon = 0.0}, {.lat = 90.0, .lon = 0.0}, {.lat = -90.0, .lon = 45.0}};
  for (const Point& p : workload::random_points(500, 7)) points.push_back(p);
  for (const Point& p : points) {
    CAPTURE(p.lat);
    CAPTURE(p.lon);
    const double got = impl::great_circle(p, p);
    REQUIRE_FALSE(std::isnan(got));
    CHECK(got >= 0.0);
    CHECK(got <= kShortAbsoluteKm);
  }
}

TEST_CASE("great_circle is symmetric and agrees with the long double reference on random pairs") {
  for (const Pair& p : workload::distinct_pairs(2000, 11)) {
    CAPTURE(p.from.lat);
    CAPTURE(p.from.lon);
    CAPTURE(p.to.lat);
    CAPTURE(p.to.lon);
    const double there = impl::great_circle(p.from, p.to);
    const double back = impl::great_circle(p.to, p.from);
    CHECK(back == doctest::Approx(there).epsilon(1e-12));
    check_km(there, reference_km(p.from, p.to));
  }
}

TEST_CASE("great_circle treats longitudes 360 degrees apart as the same meridian") {
  const Point tokyo_east{.lat = kTokyo.lat, .lon = kTokyo.lon - 360.0};
  CHECK(impl::great_circle(tokyo_east, kSanFrancisco) ==
        doctest::Approx(impl::great_circle(kTokyo, kSanFrancisco)).epsilon(kRelative));
}

TEST_CASE("total_distance of no pairs is 0, and of one pair is that pair's distance") {
  CHECK(impl::total_distance({}) == 0.0);
  const std::vector<Pair> one{{kLondon, kParis}};
  CHECK(impl::total_distance(one) == doctest::Approx(343.55606034104167377).epsilon(kRelative));
}

TEST_CASE("total_distance counts a repeated trip every time it occurs") {
  const std::vector<Pair> trips(1000, Pair{kNewYork, kLosAngeles});
  CHECK(impl::total_distance(trips) == doctest::Approx(1000 * 3935.7462546097232006).epsilon(kRelative));
}

TEST_CASE("total_distance does not confuse points that share a latitude or a longitude") {
  // A cache keyed on part of a point, or on one end of a trip, fails here.
  const Point a{.lat = 10.0, .lon = 20.0};
  const Point same_lat{.lat = 10.0, .lon = 50.0};
  const Point same_lon{.lat = -35.0, .lon = 20.0};
  const Point swapped{.lat = 20.0, .lon = 10.0};
  const std::vector<Pair> some{{a, same_lat}, {a, same_lon}, {a, swapped},   {same_lat, a},
                               {same_lon, a}, {swapped, a},  {a, a},         {same_lat, same_lon},
                               {a, same_lat}, {a, same_lon}, {swapped, a},   {same_lon, same_lat}};
  check_total(some);
  std::vector<Pair> again;  // the same trips 50 times over: now every trip repeats
  for (int round = 0; round < 50; ++round) again.insert(again.end(), some.begin(), some.end());
  check_total(again);
}

TEST_CASE("total_distance matches the reference on the workloads, call after call") {
  SUBCASE("repeated: 20,000 trips between 40 cities (every trip comes back)") {
    check_total(workload::repeated_pairs(20'000, 40, workload::kSeed));
  }
  SUBCASE("few repeats: 3,000 trips between 300 cities") {
    check_total(workload::repeated_pairs(3'000, 300, workload::kSeed));
  }
  SUBCASE("distinct: 5,000 trips between fresh points") {
    check_total(workload::distinct_pairs(5'000, workload::kSeed));
  }
  SUBCASE("two calls in a row with different trips (no stale cache between calls)") {
    const std::vector<Pair> first = workload::repeated_pairs(5'000, 30, 1);
    const std::vector<Pair> second = workload::repeated_pairs(5'000, 30, 2);
    check_total(first);
    check_total(second);
    check_total(first);
  }
}

TEST_CASE("total_distance handles -0.0 and points a hair apart (four quarter circles)") {
  // -0.0 == 0.0 but their bits differ; 1e-12 degrees apart is a different point (0.1 micrometre).
  const Point zero{.lat = 0.0, .lon = 0.0};
  const Point minus_zero{.lat = -0.0, .lon = -0.0};
  const Point east{.lat = 0.0, .lon = 90.0};
  const Point nearly_east{.lat = 0.0, .lon = 90.0 + 1e-12};
  const std::vector<Pair> trips{{zero, east}, {minus_zero, east}, {zero, nearly_east}, {minus_zero, nearly_east}};
  CHECK(impl::total_distance(trips) == doctest::Approx(2 * kHalfCircleKm).epsilon(kRelative));
}
