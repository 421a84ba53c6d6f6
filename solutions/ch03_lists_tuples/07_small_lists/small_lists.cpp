// ch03.7 small_lists: reference solution. Each sample's 9 ints sit inline in one block of
// std::array<int, 9>, reserved once: one allocation of exactly 36 bytes a sample, no spare
// capacity, no per-sample allocation (the book's tuples, taken to their limit).
#include <cstddef>
#include <span>
#include <stdexcept>
#include <vector>

#include "small_lists.hpp"

namespace ch03::small_lists::WB_VARIANT {

Samples build(std::span<const int> values) {
  if (values.size() % kSampleSize != 0) throw std::invalid_argument("build: values.size() is not a multiple of 9");
  Samples samples;
  const std::size_t n = values.size() / kSampleSize;
  samples.packed.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::array<int, kSampleSize> sample;
    for (std::size_t k = 0; k < kSampleSize; ++k) sample[k] = values[i * kSampleSize + k];
    samples.packed.push_back(sample);
  }
  return samples;
}

std::size_t count(const Samples& samples) { return samples.packed.size(); }

int value(const Samples& samples, std::size_t i, std::size_t k) { return samples.packed[i][k]; }

}  // namespace ch03::small_lists::WB_VARIANT
