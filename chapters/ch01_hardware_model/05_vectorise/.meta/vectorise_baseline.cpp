// FROZEN: the shipped starting point of vectorise.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit vectorise.cpp. Its TODO marks read STEP( here.
// ch01.5 vectorise (slow): a search loop that GCC does not vectorise: it may return early, so the
// compiler would have to load values past the exit ("not vectorized: control flow in loop").
//
// Steps (the tests pass as shipped; `./workbook check ch01.5` times a search of 65,536 values whose
// only match is the last):
//   1. split the work: for each block of 64 values, a loop with no exit that only asks "is any value
//      of this block above the threshold?" (GCC vectorises that: 16 floats per compare with
//      AVX-512); then find the index within the first block that answered yes.
// After each build GCC's report on this file is in
// build/dev/chapters/ch01_hardware_model/05_vectorise/remarks_exercise.txt: look for
// "optimized: loop vectorized". Done = the tests pass and your search is at least 4x the shipped one.
#include <cstddef>
#include <span>

#include "vectorise.hpp"

namespace ch01::vectorise::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// STEP(ch01.5) 1: a vectorisable "any above?" per block, then the exit.
std::size_t first_above(std::span<const float> values, float threshold) {
  const float* v = values.data();
  const std::size_t n = values.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (v[i] > threshold) return i;
  }
  return n;
}

}  // namespace ch01::vectorise::WB_VARIANT
