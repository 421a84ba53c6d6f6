// ch03.4 bisect: reference solution.
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <vector>

#include "bisect.hpp"

namespace ch03::bisect::WB_VARIANT {

namespace {

// The first index in [0, n) for which goes_right(i) is false; goes_right must be true for a prefix.
template <class GoesRight>
std::size_t partition_point(std::size_t n, GoesRight goes_right) {
  std::size_t lo = 0;
  std::size_t hi = n;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (goes_right(mid)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

}  // namespace

std::size_t bisect_left(std::span<const int> a, int x) {
  return partition_point(a.size(), [&](std::size_t i) { return a[i] < x; });
}

std::size_t bisect_right(std::span<const int> a, int x) {
  return partition_point(a.size(), [&](std::size_t i) { return !(x < a[i]); });
}

void insort_left(std::vector<Item>& a, const Item& x) {
  const std::size_t at = partition_point(a.size(), [&](std::size_t i) { return a[i] < x; });
  a.insert(a.begin() + static_cast<std::ptrdiff_t>(at), x);
}

void insort_right(std::vector<Item>& a, const Item& x) {
  const std::size_t at = partition_point(a.size(), [&](std::size_t i) { return !(x < a[i]); });
  a.insert(a.begin() + static_cast<std::ptrdiff_t>(at), x);
}

std::size_t find_closest(std::span<const int> haystack, int needle) {
  if (haystack.empty()) throw std::invalid_argument("find_closest: empty haystack");
  const std::size_t i = bisect_left(haystack, needle);
  if (i == haystack.size()) return i - 1;
  if (haystack[i] == needle) return i;
  if (i > 0) {
    const std::size_t j = i - 1;
    // Distances in 64 bits: with ints near the limits the differences overflow int.
    const std::int64_t above = std::int64_t{haystack[i]} - needle;
    const std::int64_t below = std::int64_t{needle} - haystack[j];
    if (above > below) return j;
  }
  return i;
}

}  // namespace ch03::bisect::WB_VARIANT
