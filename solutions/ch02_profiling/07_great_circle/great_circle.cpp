// ch02.7 great_circle: reference solution. great_circle itself stays the lesson's code (one pair
// has nothing to remember); total_distance memoizes at two levels, inside one call:
//   - per point: each distinct point gets a small id and its colatitude's cos and sin, once;
//   - per pair: when the distinct points are few enough that pairs must repeat (m*m <= pairs),
//     a dense m-by-m table keeps each trip's distance after its first computation.
// Every distance is computed with the same operations in the same order as the baseline, so the
// totals agree with it to the last bit.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numbers>
#include <span>
#include <unordered_map>
#include <vector>

#include "great_circle.hpp"

namespace ch02::great_circle::WB_VARIANT {

namespace {

// The lesson's helpers, unchanged (see great_circle_baseline.cpp).
double calculate_x() { return std::numbers::pi / 180.0; }
double calculate_coordinate(double lat, double x) { return (90.0 - lat) * x; }
double calculate_theta(double lon2, double lon1, double x) { return (lon2 - lon1) * x; }

// The trigonometry of one point that every trip through it reuses.
struct PointTrig {
  double cos_colat;
  double sin_colat;
};

// Returns the cos and sin of p's colatitude, computed as the baseline computes them.
PointTrig point_trig(const Point& p, double x) {
  const double colat = calculate_coordinate(p.lat, x);
  return {std::cos(colat), std::sin(colat)};
}

// Returns the central angle from two points' trigonometry: the lesson's calculate_acos, term for term.
double central_angle(const PointTrig& a, const PointTrig& b, double theta) {
  const double cos_angle = a.cos_colat * b.cos_colat + a.sin_colat * b.sin_colat * std::cos(theta);
  return std::acos(std::clamp(cos_angle, -1.0, 1.0));
}

// A point as a hash key: the bit patterns of its coordinates, so equal doubles are equal keys
// (-0.0 and 0.0 become two entries with the same trigonometry, which is harmless).
struct PointKey {
  std::uint64_t lat_bits;
  std::uint64_t lon_bits;
  bool operator==(const PointKey&) const = default;
};

// Mixes 64 bits so that nearby doubles land in unrelated buckets (splitmix64's finaliser).
std::uint64_t mix(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

struct PointKeyHash {
  std::size_t operator()(const PointKey& k) const noexcept {
    return static_cast<std::size_t>(mix(k.lat_bits ^ mix(k.lon_bits)));
  }
};

// Gives each distinct point a dense id (0, 1, 2, ...) and computes its trigonometry the first time
// the point is seen: the per-point memo. Expected O(1) per lookup.
class PointMemo {
 public:
  explicit PointMemo(double x) : x_(x) {}

  // Returns p's id, computing its trigonometry if p is new.
  std::uint32_t id(const Point& p) {
    const auto [it, inserted] =
        ids_.try_emplace(PointKey{std::bit_cast<std::uint64_t>(p.lat), std::bit_cast<std::uint64_t>(p.lon)},
                         static_cast<std::uint32_t>(trig_.size()));
    if (inserted) trig_.push_back(point_trig(p, x_));
    return it->second;
  }
  const PointTrig& trig(std::uint32_t id) const { return trig_[id]; }
  std::size_t size() const { return trig_.size(); }

 private:
  double x_;
  std::unordered_map<PointKey, std::uint32_t, PointKeyHash> ids_;
  std::vector<PointTrig> trig_;
};

// Marks a pair-table cell not computed yet: every distance is >= 0.
constexpr double kNotYet = -1.0;

}  // namespace

double great_circle(const Point& a, const Point& b) {
  const double x = calculate_x();
  const PointTrig trig_a = point_trig(a, x);
  const PointTrig trig_b = point_trig(b, x);
  return kEarthRadiusKm * central_angle(trig_a, trig_b, calculate_theta(b.lon, a.lon, x));
}

double total_distance(std::span<const Pair> pairs) {
  // Ids are 32 bits: past 2^31 pairs, skip the memo (a billion trips would need 16 GiB anyway).
  if (pairs.size() > std::numeric_limits<std::uint32_t>::max() / 2) {
    double total = 0.0;
    for (const Pair& pair : pairs) total += great_circle(pair.from, pair.to);
    return total;
  }
  const double x = calculate_x();

  // Pass 1: the per-point memo. ids[2k] and ids[2k+1] are the ends of pair k.
  PointMemo points(x);
  std::vector<std::uint32_t> ids(2 * pairs.size());
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    ids[2 * k] = points.id(pairs[k].from);
    ids[2 * k + 1] = points.id(pairs[k].to);
  }
  const auto distance = [&](std::size_t k) {
    const Pair& pair = pairs[k];
    const double theta = calculate_theta(pair.to.lon, pair.from.lon, x);
    return kEarthRadiusKm * central_angle(points.trig(ids[2 * k]), points.trig(ids[2 * k + 1]), theta);
  };

  // Pass 2: with m distinct points there are at most m*m different trips. If that is no more than
  // the number of trips, trips repeat and a dense table of their distances pays; otherwise most
  // cells would be filled once and never read again, so only the per-point memo is used.
  const std::size_t m = points.size();
  double total = 0.0;
  if (m > 0 && m <= pairs.size() / m) {  // m*m <= pairs, without overflow
    std::vector<double> memo(m * m, kNotYet);
    for (std::size_t k = 0; k < pairs.size(); ++k) {
      double& cell = memo[std::size_t{ids[2 * k]} * m + ids[2 * k + 1]];
      if (cell == kNotYet) cell = distance(k);
      total += cell;
    }
  } else {
    for (std::size_t k = 0; k < pairs.size(); ++k) total += distance(k);
  }
  return total;
}

}  // namespace ch02::great_circle::WB_VARIANT
