// ch01.5 vectorise: reference solution. Blocks of 64 values are asked "any above?" by a loop
// without an exit, which GCC vectorises (remarks_solution.txt in the build folder says "loop
// vectorized"); the first block that answers yes is searched one value at a time.
#include <cstddef>
#include <span>

#include "vectorise.hpp"

namespace ch01::vectorise::WB_VARIANT {

std::size_t first_above(std::span<const float> values, float threshold) {
  constexpr std::size_t kBlock = 64;  // four 64-byte vectors of floats with AVX-512
  const float* v = values.data();
  const std::size_t n = values.size();
  std::size_t start = 0;
  for (; start + kBlock <= n; start += kBlock) {
    int any = 0;
    for (std::size_t j = 0; j < kBlock; ++j) any |= v[start + j] > threshold ? 1 : 0;  // vectorised
    if (any) break;
  }
  for (std::size_t i = start; i < n; ++i) {
    if (v[i] > threshold) return i;
  }
  return n;
}

}  // namespace ch01::vectorise::WB_VARIANT
