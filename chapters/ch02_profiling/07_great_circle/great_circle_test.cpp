// ch02.7 great_circle: correctness. Each test case is named for the step whose mistakes it catches
// ("every step" for the distances themselves), and stops at its first failure. Expected distances
// come from an independent formula, never from a solution: the haversine formula evaluated with
// 60-digit arithmetic (Python's mpmath) for the named places below, and in long double for the
// generated workloads. Both use radius 6371 km. The interface's own promises are checked as such:
// the total is the distances added in the trips' order, and nothing is kept between calls (this
// test binary links the counting allocator, wb::alloc_counter, to see the heap).
#include <doctest/doctest.h>

#include <cmath>
#include <cstddef>
#include <numbers>
#include <thread>
#include <vector>

#include "great_circle.hpp"
#include "great_circle_workload.hpp"
#include "wb/alloc_counter.hpp"

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

// Requires one distance to match: relative 1e-9 above kShortKm, 1 m absolute below.
void require_km(double got, long double expected) {
  const long double error = std::fabs(static_cast<long double>(got) - expected);
  INFO("got ", got, " km, expected ", static_cast<double>(expected), " km");
  REQUIRE(std::isfinite(got));
  if (expected > kShortKm) {
    REQUIRE(error <= kRelative * expected);
  } else {
    REQUIRE(error <= kShortAbsoluteKm);
  }
}

// Requires total to match the reference sum over pairs: relative 1e-9, plus the 1 m rounding floor
// for each trip shorter than kShortKm (a trip from a city to itself adds up to 0.1 m of rounding).
void require_total_near_reference(const std::vector<Pair>& pairs, double got) {
  long double expected = 0.0L;
  std::size_t short_trips = 0;
  for (const Pair& p : pairs) {
    const long double km = reference_km(p.from, p.to);
    expected += km;
    if (km <= kShortKm) ++short_trips;
  }
  const long double allowed = kRelative * expected + kShortAbsoluteKm * static_cast<long double>(short_trips);
  INFO(pairs.size(), " pairs (", short_trips, " shorter than ", kShortKm, " km): got ", got, " km, expected ",
       static_cast<double>(expected), " km");
  REQUIRE(std::isfinite(got));
  REQUIRE(std::fabs(static_cast<long double>(got) - expected) <= allowed);
}

// Requires total_distance(pairs) to match the reference sum (see above).
void require_total(const std::vector<Pair>& pairs) {
  require_total_near_reference(pairs, impl::total_distance(pairs));
}

// Returns 12 trips between a point and others that share its latitude or its longitude, or swap its
// two coordinates: a cache keyed on part of a point, or on something symmetric in lat and lon,
// merges some of them.
std::vector<Pair> lookalike_trips() {
  const Point a{.lat = 10.0, .lon = 20.0};
  const Point same_lat{.lat = 10.0, .lon = 50.0};
  const Point same_lon{.lat = -35.0, .lon = 20.0};
  const Point swapped{.lat = 20.0, .lon = 10.0};
  return {{a, same_lat}, {a, same_lon}, {a, swapped}, {same_lat, a},
          {same_lon, a}, {swapped, a},  {a, a},       {same_lat, same_lon},
          {a, same_lat}, {a, same_lon}, {swapped, a}, {same_lon, same_lat}};
}

}  // namespace

TEST_CASE("every step: the tests' own long double haversine agrees with the 60-digit values") {
  // The workloads below are checked against reference_km: first check it against mpmath.
  CHECK(static_cast<double>(reference_km(kLondon, kParis)) ==
        doctest::Approx(343.55606034104167377).epsilon(1e-12));
  CHECK(static_cast<double>(reference_km(kTokyo, kSanFrancisco)) ==
        doctest::Approx(8274.6149783840793702).epsilon(1e-12));
  CHECK(static_cast<double>(reference_km(kSydney, kQuito)) ==
        doctest::Approx(13608.039489297771712).epsilon(1e-12));
  CHECK(static_cast<double>(reference_km({.lat = 90.0, .lon = 0.0}, {.lat = -90.0, .lon = 0.0})) ==
        doctest::Approx(kHalfCircleKm).epsilon(1e-12));
}

TEST_CASE("every step: great_circle matches 60-digit haversine distances between cities to 1e-9") {
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
    INFO("got ", got, " km, expected ", c.km, " km");
    REQUIRE(std::fabs(got - c.km) <= kRelative * c.km);
  }
}

TEST_CASE("every step: great_circle gives half the circle, pi * 6371 km, between antipodes") {
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

TEST_CASE("every step: great_circle gives 0 (to its 1 m rounding floor, never NaN) for equal points") {
  std::vector<Point> points = {kLondon, kParis, kNewYork, kSydney, kQuito,
                               {.lat = 0.0, .lon = 0.0}, {.lat = 90.0, .lon = 0.0}, {.lat = -90.0, .lon = 45.0}};
  for (const Point& p : workload::random_points(500, 7)) points.push_back(p);
  for (const Point& p : points) {
    CAPTURE(p.lat);
    CAPTURE(p.lon);
    const double got = impl::great_circle(p, p);
    REQUIRE_FALSE(std::isnan(got));
    REQUIRE(got >= 0.0);
    REQUIRE(got <= kShortAbsoluteKm);
  }
}

TEST_CASE("every step: great_circle is symmetric and agrees with the long double reference on random pairs") {
  for (const Pair& p : workload::distinct_pairs(2000, 11)) {
    CAPTURE(p.from.lat);
    CAPTURE(p.from.lon);
    CAPTURE(p.to.lat);
    CAPTURE(p.to.lon);
    const double there = impl::great_circle(p.from, p.to);
    const double back = impl::great_circle(p.to, p.from);
    require_km(there, reference_km(p.from, p.to));
    require_km(back, reference_km(p.to, p.from));
    REQUIRE(back == doctest::Approx(there).epsilon(1e-12));
  }
}

TEST_CASE("every step: great_circle treats longitudes 360 degrees apart as the same meridian") {
  const Point tokyo_east{.lat = kTokyo.lat, .lon = kTokyo.lon - 360.0};
  const double km = 8274.6149783840793702;  // 60-digit haversine, as above
  CHECK(impl::great_circle(tokyo_east, kSanFrancisco) == doctest::Approx(km).epsilon(kRelative));
  CHECK(impl::great_circle(kTokyo, kSanFrancisco) == doctest::Approx(km).epsilon(kRelative));
}

TEST_CASE("every step: total_distance of no pairs is 0, and of one pair is that pair's distance") {
  CHECK(impl::total_distance({}) == 0.0);
  const std::vector<Pair> one{{kLondon, kParis}};
  CHECK(impl::total_distance(one) == doctest::Approx(343.55606034104167377).epsilon(kRelative));
}

TEST_CASE("every step: total_distance matches the reference on the workloads") {
  SUBCASE("repeated: 20,000 trips between 40 cities (every trip comes back)") {
    require_total(workload::repeated_pairs(20'000, 40, workload::kSeed));
  }
  SUBCASE("few repeats: 3,000 trips between 300 cities") {
    require_total(workload::repeated_pairs(3'000, 300, workload::kSeed));
  }
  SUBCASE("distinct: 5,000 trips between fresh points") {
    require_total(workload::distinct_pairs(5'000, workload::kSeed));
  }
}

TEST_CASE("step 2: a per-point cache tells apart points that share a latitude or a longitude, or swap them") {
  require_total(lookalike_trips());  // 12 trips between 4 points
}

TEST_CASE("step 2: a per-point cache handles -0.0 and points a hair apart (four quarter circles)") {
  // -0.0 == 0.0 but their bits differ; 1e-12 degrees apart is a different point (0.1 micrometre).
  const Point zero{.lat = 0.0, .lon = 0.0};
  const Point minus_zero{.lat = -0.0, .lon = -0.0};
  const Point east{.lat = 0.0, .lon = 90.0};
  const Point nearly_east{.lat = 0.0, .lon = 90.0 + 1e-12};
  const std::vector<Pair> trips{{zero, east}, {minus_zero, east}, {zero, nearly_east},
                                {minus_zero, nearly_east}};
  CHECK(impl::total_distance(trips) == doctest::Approx(2 * kHalfCircleKm).epsilon(kRelative));
}

TEST_CASE("step 3: a per-trip cache is keyed on both ends, in order: trips that share an end, or go back") {
  const std::vector<Pair> some = lookalike_trips();
  std::vector<Pair> again;  // the 12 trips 50 times over: now every trip repeats
  for (int round = 0; round < 50; ++round) again.insert(again.end(), some.begin(), some.end());
  require_total(again);
}

TEST_CASE("step 3: total_distance counts a repeated trip every time it occurs") {
  const std::vector<Pair> trips(1000, Pair{kNewYork, kLosAngeles});
  CHECK(impl::total_distance(trips) == doctest::Approx(1000 * 3935.7462546097232006).epsilon(kRelative));
}

TEST_CASE("step 4: no cache survives between calls: two calls with different trips, then the first again") {
  // Same number of cities, so a cache kept from the last call finds its ids (and its trips) taken.
  const std::vector<Pair> first = workload::repeated_pairs(5'000, 30, 1);
  const std::vector<Pair> second = workload::repeated_pairs(5'000, 30, 2);
  require_total(first);
  require_total(second);
  require_total(first);
}

TEST_CASE("step 4: total_distance keeps no memory between calls: the heap is back where it was") {
  REQUIRE_MESSAGE(wb::alloc::enabled(), "this test needs the counting allocator: the exercise's CMakeLists.txt "
                                        "passes TEST_LIBS wb::alloc_counter to wb_exercise");
  const std::vector<Pair> repeated = workload::repeated_pairs(5'000, 30, 3);  // trips repeat
  const std::vector<Pair> distinct = workload::distinct_pairs(2'000, 4);      // no trip repeats
  const std::size_t before = wb::alloc::stats().current_bytes;
  const double first = impl::total_distance(repeated);
  const std::size_t after_first = wb::alloc::stats().current_bytes;
  const double second = impl::total_distance(distinct);
  const std::size_t after_second = wb::alloc::stats().current_bytes;
  INFO("heap in use: ", before, " bytes before, ", after_first, " after a repeated workload, ", after_second,
       " after a distinct one");
  REQUIRE(after_first == before);
  REQUIRE(after_second == before);
  require_total_near_reference(repeated, first);
  require_total_near_reference(distinct, second);
}

TEST_CASE("step 4: two threads can call total_distance at once (no cache shared between calls)") {
  const std::vector<Pair> repeated = workload::repeated_pairs(20'000, 50, 5);
  const std::vector<Pair> distinct = workload::distinct_pairs(20'000, 6);
  double on_other_thread = 0.0;
  double on_this_thread = 0.0;
  {
    const std::jthread other([&] { on_other_thread = impl::total_distance(distinct); });
    on_this_thread = impl::total_distance(repeated);
  }  // joined here
  require_total_near_reference(repeated, on_this_thread);
  require_total_near_reference(distinct, on_other_thread);
}

TEST_CASE("step 4: total_distance adds the distances in the trips' order: bit for bit the running sum") {
  // The interface: "the sum of great_circle(p.from, p.to) over pairs, added in order". Adding in
  // another order, or a cached distance times its count, changes the last bits of the total.
  const std::vector<std::vector<Pair>> workloads{workload::repeated_pairs(20'000, 40, workload::kSeed),
                                                 workload::distinct_pairs(5'000, workload::kSeed)};
  for (const std::vector<Pair>& pairs : workloads) {
    double running = 0.0;
    for (const Pair& p : pairs) running += impl::great_circle(p.from, p.to);
    const double total = impl::total_distance(pairs);
    INFO(pairs.size(), " trips: total_distance ", total, " km, the running sum of great_circle ", running,
         " km, ", total - running, " km apart");
    REQUIRE(total == running);
  }
}
