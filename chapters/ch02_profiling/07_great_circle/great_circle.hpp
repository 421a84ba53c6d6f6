// ch02.7 great_circle: the interface of the great-circle exercise (not edited by the learner).
//
// The course lesson's profiling example (UW Python 220, "Profiling & Performance", great_circle.py):
// the distance between two points on a sphere by the spherical law of cosines, split into small
// functions, run over a million point pairs. The functions are declared in
// great_circle_api.hpp, once per implementation (wb/exercise.hpp).
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

#define WB_API "great_circle_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch02::great_circle
