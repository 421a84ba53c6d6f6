// ch02.7 great_circle: the workloads the tests, the benchmark and the program share: a million
// point pairs from a fixed seed, either drawn from a few hundred cities (so the same trips come
// back again and again) or all different. Not the hot spot, and not for the learner to edit.
//
// Example:
//   using namespace ch02::great_circle;
//   std::vector<Pair> trips = workload::repeated_pairs(1'000'000, 300, workload::kSeed);
//   std::vector<Pair> fresh = workload::distinct_pairs(1'000'000, workload::kSeed);
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "great_circle.hpp"

namespace ch02::great_circle::workload {

// The seed every workload of the exercise uses unless told otherwise.
inline constexpr std::uint64_t kSeed = 20180307;
// The benchmark's sizes: a million trips between 300 cities (90,000 possible ordered pairs).
inline constexpr std::size_t kPairs = 1'000'000;
inline constexpr std::size_t kCities = 300;

// Returns `cities` points spread uniformly over the sphere, from seed (std::mt19937_64, so the
// same seed gives the same points with any standard library). O(cities).
std::vector<Point> random_points(std::size_t cities, std::uint64_t seed);

// Returns `count` pairs whose ends are drawn uniformly, with replacement, from random_points(cities,
// seed): each of the cities*cities ordered pairs comes back about count/(cities*cities) times, and a
// pair may join a city to itself. Precondition: cities >= 1. O(count + cities).
std::vector<Pair> repeated_pairs(std::size_t count, std::size_t cities, std::uint64_t seed);

// Returns `count` pairs of fresh random points: 2*count different points (a repeat has odds below
// 1e-20), so no work repeats: the worst case for a cache. O(count).
std::vector<Pair> distinct_pairs(std::size_t count, std::uint64_t seed);

}  // namespace ch02::great_circle::workload
