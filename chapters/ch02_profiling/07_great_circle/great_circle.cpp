// ch02.7 great_circle (slow): the course lesson's great_circle.py, ported function for function.
// The distance is split into four small helpers, as the lesson splits it so that cProfile has
// something to show; it is correct, and it recomputes the same sines and cosines over and over.
// Make total_distance fast on the repeated workload by memoization, without changing any distance
// by more than the tests allow.
//
// Steps: after each, run `ctest --preset dev -L ch02.7` (it rebuilds first), and
// `./workbook check ch02.7` to measure. Each step's edit site is marked `TODO(ch02.7) k:` below;
// the test cases named "step k: ..." are the ones its mistakes fail, and
// `./workbook hint ch02.7 k` prints its hint.
//   1. profile first: run the `great_circle` program under perf with -O2, then the
//      `ch02_great_circle_noinline` build (exercises.md, section ch02.7): where does the time go?
//   2. cache per point: a city's cos and sin of its colatitude are the same in every trip;
//   3. cache per pair: a trip that comes back needs no trigonometry at all;
//   4. keep each cache inside one call of total_distance, add the distances in the trips' order,
//      and measure both workloads: the target is 1.5x on /repeated; then see what /distinct costs.
#include <algorithm>
#include <cmath>
#include <numbers>
#include <span>

#include "great_circle.hpp"

namespace ch02::great_circle::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

namespace {

// Returns the factor that turns degrees into radians (the lesson's calculate_x).
double calculate_x() { return std::numbers::pi / 180.0; }

// Returns the colatitude, the angle from the north pole, in radians (calculate_coordinate).
double calculate_coordinate(double lat, double x) { return (90.0 - lat) * x; }

// Returns the difference of longitude in radians (calculate_theta).
double calculate_theta(double lon2, double lon1, double x) { return (lon2 - lon1) * x; }

// TODO(ch02.7) 1: the profile points here: cos and sin of each colatitude, cos(theta), acos.
// Returns the central angle between two points by the spherical law of cosines (calculate_acos).
// The cosine is clamped to [-1, 1]: rounding can push it just past 1 for equal points, where
// Python's math.acos would raise ValueError and std::acos would return NaN.
double calculate_acos(double a, double b, double theta) {
  const double cos_angle = std::cos(a) * std::cos(b) + std::sin(a) * std::sin(b) * std::cos(theta);
  return std::acos(std::clamp(cos_angle, -1.0, 1.0));
}

}  // namespace

// Computes one trip's distance from the helpers, as the lesson's great_circle_factored does.
double great_circle(const Point& a, const Point& b) {
  const double x = calculate_x();
  const double colat_a = calculate_coordinate(a.lat, x);
  const double colat_b = calculate_coordinate(b.lat, x);
  const double theta = calculate_theta(b.lon, a.lon, x);
  return kEarthRadiusKm * calculate_acos(colat_a, colat_b, theta);
}

// Sums the trips' distances with one great_circle call each, as the lesson's main loop does.
// TODO(ch02.7) 2: give each distinct point (compare all the bits of lat and lon) its cos and sin
// of the colatitude once, and reuse them in every trip through it.
// TODO(ch02.7) 3: when trips must repeat, remember each trip's distance (keyed on both of its
// ends, in order) and reuse it.
// TODO(ch02.7) 4: keep the caches local to this call (never static: nothing survives between calls)
// and add the distances in the trips' order, as this loop does.
double total_distance(std::span<const Pair> pairs) {
  double total = 0.0;
  for (const Pair& pair : pairs) {
    total += great_circle(pair.from, pair.to);
  }
  return total;
}

}  // namespace ch02::great_circle::WB_VARIANT
