// ch02.7 great_circle: the interface of the great-circle exercise (not edited by the learner).
//
// The course lesson's profiling example (UW Python 220, "Profiling & Performance", great_circle.py):
// the distance between two points on a sphere by the spherical law of cosines, split into small
// functions, run over a million point pairs. The learner's great_circle.cpp, the frozen
// great_circle_baseline.cpp and solutions/ch02_profiling/great_circle.cpp each define the functions
// below in their own namespace (exercise, baseline, solution).
//
// Example:
//   using namespace ch02::great_circle;
//   const Point london{.lat = 51.5074, .lon = -0.1278}, paris{.lat = 48.8566, .lon = 2.3522};
//   double km = exercise::great_circle(london, paris);            // about 343.56
//   std::vector<Pair> trips{{london, paris}, {paris, london}};
//   double both = exercise::total_distance(trips);                // about 687.11
#pragma once

#include <span>

#include "wb/exercise.hpp"

namespace ch02::great_circle {

// The sphere's radius: the Earth's mean radius in kilometres (IUGG). The lesson used 3956 miles;
// only the unit of the answers changes.
inline constexpr double kEarthRadiusKm = 6371.0;

// A place in degrees: latitude in [-90, 90] (north positive), longitude east of Greenwich (any
// value; 190 is the same meridian as -170).
struct Point {
  double lat = 0.0;
  double lon = 0.0;
};

// One trip: from one point to another.
struct Pair {
  Point from;
  Point to;
};

}  // namespace ch02::great_circle

#define CH02_GREAT_CIRCLE_API                                                                 \
  /* Returns the great-circle distance in km between a and b on a sphere of radius */        \
  /* kEarthRadiusKm: 0 for equal points, kEarthRadiusKm * pi for antipodes. Symmetric. O(1). */ \
  double great_circle(const Point& a, const Point& b);                                         \
  /* Returns the sum of great_circle(p.from, p.to) over pairs, added in order (0 if empty). */ \
  /* O(pairs.size()); may keep working memory for one call, never between calls. */           \
  double total_distance(std::span<const Pair> pairs);

namespace ch02::great_circle {
WB_DECLARE_VARIANTS(CH02_GREAT_CIRCLE_API)
}  // namespace ch02::great_circle
