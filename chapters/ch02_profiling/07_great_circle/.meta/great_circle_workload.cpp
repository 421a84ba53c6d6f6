// ch02.7 great_circle: the shared workloads (see great_circle_workload.hpp). Not the hot spot.
#include "great_circle_workload.hpp"

#include <cmath>
#include <numbers>
#include <random>

namespace ch02::great_circle::workload {

namespace {

// Returns a double uniform in [0, 1) from the top 53 bits of one draw. Written out because
// std::uniform_real_distribution may give different numbers with different standard libraries.
double unit_interval(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

// Returns a point uniform over the sphere's surface: uniform longitude, and a latitude whose sine
// is uniform (so the poles are not over-sampled).
Point random_point(std::mt19937_64& rng) {
  const double lon = -180.0 + 360.0 * unit_interval(rng);
  const double lat = std::asin(2.0 * unit_interval(rng) - 1.0) * (180.0 / std::numbers::pi);
  return {.lat = lat, .lon = lon};
}

// Returns an index in [0, n): the modulo's bias is below n / 2^64, far too small to matter here.
std::size_t random_index(std::mt19937_64& rng, std::size_t n) { return static_cast<std::size_t>(rng() % n); }

}  // namespace

std::vector<Point> random_points(std::size_t cities, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<Point> points(cities);
  for (Point& p : points) p = random_point(rng);
  return points;
}

std::vector<Pair> repeated_pairs(std::size_t count, std::size_t cities, std::uint64_t seed) {
  const std::vector<Point> points = random_points(cities, seed);
  std::mt19937_64 rng(seed ^ 0x9E3779B97F4A7C15ULL);  // a second stream for the draws
  std::vector<Pair> pairs(count);
  for (Pair& pair : pairs) {
    pair.from = points[random_index(rng, cities)];
    pair.to = points[random_index(rng, cities)];
  }
  return pairs;
}

std::vector<Pair> distinct_pairs(std::size_t count, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<Pair> pairs(count);
  for (Pair& pair : pairs) {
    pair.from = random_point(rng);
    pair.to = random_point(rng);
  }
  return pairs;
}

}  // namespace ch02::great_circle::workload
