// ch02.7 great_circle: the functions every implementation defines (read, don't edit).
//
// No include guard: great_circle.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp); the types it uses are in great_circle.hpp.

// Returns the great-circle distance in km between a and b on a sphere of radius
// kEarthRadiusKm: 0 for equal points, kEarthRadiusKm * pi for antipodes. Symmetric. O(1).
double great_circle(const Point& a, const Point& b);
// Returns the sum of great_circle(p.from, p.to) over pairs, added in order (0 if empty).
// O(pairs.size()); may keep working memory for one call, never between calls.
double total_distance(std::span<const Pair> pairs);
