// ch03.5 faster_search: the test cases the exercise's tests and the solution's ladder test share:
// sorted arrays of many sizes (with repeats, negative values and the int extremes) and queries
// below, between, on and above their values, each checked against std::lower_bound.
#pragma once

#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

#include "faster_search.hpp"

namespace ch03::faster_search::cases {

// The answer std::lower_bound gives for x.
inline std::int64_t reference(std::span<const int> sorted, int x) {
  const auto it = std::lower_bound(sorted.begin(), sorted.end(), x);
  return it == sorted.end() ? kNone : *it;
}

// Sizes 0 to 70 (every partial last block of 16 and every depth of a small tree), and larger
// ones around powers of two and of 17 (the S-tree's fan-out).
inline std::vector<std::size_t> sizes() {
  std::vector<std::size_t> out;
  for (std::size_t n = 0; n <= 70; ++n) out.push_back(n);
  for (std::size_t n : {255, 256, 257, 288, 289, 290, 1000, 4095, 4096, 4097, 4912, 4913, 4914, 65'537}) out.push_back(n);
  return out;
}

// A sorted array of n values; `spread` sets how many repeat (small spread: many repeats).
inline std::vector<int> sorted_values(std::size_t n, int spread, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<int> v(n);
  for (int& x : v) x = static_cast<int>(rng() % static_cast<unsigned>(spread)) - spread / 2;
  std::sort(v.begin(), v.end());
  return v;
}

// Queries for `sorted`: every value and its neighbours, the extremes, and random ones.
inline std::vector<int> queries_for(std::span<const int> sorted, unsigned seed) {
  std::vector<int> q = {INT_MIN, INT_MIN + 1, -1, 0, 1, INT_MAX - 1, INT_MAX};
  for (int x : sorted) {
    q.push_back(x);
    if (x > INT_MIN) q.push_back(x - 1);
    if (x < INT_MAX) q.push_back(x + 1);
  }
  std::mt19937 rng(seed);
  for (int i = 0; i < 64; ++i) q.push_back(static_cast<int>(rng()));
  return q;
}

// Answers queries with search(queries, out) in batches of 1, 2, ..., 9 queries, then 1, 2, ...
// again, so a search that walks several queries side by side also meets every short remainder.
template <class Search>
std::vector<std::int64_t> answer_in_small_batches(Search search, std::span<const int> queries) {
  std::vector<std::int64_t> out(queries.size(), -7);
  std::size_t at = 0;
  for (std::size_t batch = 1; at < queries.size(); batch = batch % 9 + 1) {
    const std::size_t count = std::min(batch, queries.size() - at);
    search(queries.subspan(at, count), std::span<std::int64_t>(out).subspan(at, count));
    at += count;
  }
  return out;
}

// Calls check(sorted, queries) for every case: each size with many repeats and few, and arrays
// holding the int extremes (INT_MAX also stands for padding in a B-tree layout).
template <class Check>
void for_each_case(Check check) {
  unsigned seed = 1;
  for (std::size_t n : sizes()) {
    for (int spread : {4, 1'000'000}) {
      const std::vector<int> sorted = sorted_values(n, spread, seed++);
      check(sorted, queries_for(sorted, seed++));
    }
  }
  for (const std::vector<int>& sorted : {std::vector<int>{INT_MAX}, std::vector<int>{INT_MIN},
                                          std::vector<int>{INT_MIN, 0, INT_MAX}, std::vector<int>(40, INT_MAX),
                                          std::vector<int>{1, 2, 3, INT_MAX, INT_MAX}}) {
    check(sorted, queries_for(sorted, seed++));
  }
}

}  // namespace ch03::faster_search::cases
