// Fuzz target: wb::bisect_left / bisect_right / insort against a linear scan, on a sorted array of
// small signed values (many duplicates) and a needle, all from the input.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "wb/bisect.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int needle = static_cast<std::int8_t>(data[0]) / 8;
  std::vector<int> a;
  for (std::size_t i = 1; i < size; ++i) a.push_back(static_cast<std::int8_t>(data[i]) / 8);
  std::sort(a.begin(), a.end());
  std::size_t left = 0, right = 0;
  for (int v : a) {
    left += v < needle ? 1 : 0;
    right += v <= needle ? 1 : 0;
  }
  if (wb::bisect_left(a, needle) != left || wb::bisect_right(a, needle) != right) std::abort();
  std::vector<int> b = a;
  wb::insort_left(b, needle);
  if (!std::is_sorted(b.begin(), b.end()) || b.size() != a.size() + 1 || b[left] != needle) std::abort();
  return 0;
}
