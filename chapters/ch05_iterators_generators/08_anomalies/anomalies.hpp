// ch05.8 anomalies: the interface of the exercise (not edited by the learner).
//
// The book's project for chapter 5 (Examples 5-2 to 5-5): a stream of readings, one per second,
// is cut into groups (a UTC day each, or a sliding window), each group is tested for normality
// (wb::stats::normaltest, SciPy's D'Agostino-Pearson test) and the groups with a p-value below the
// threshold are the anomalies, produced lazily: the program takes the first five and stops
// reading. The shipped code does what the book does: it copies each day into a vector (the book's
// list(data_group)) and each sliding window into a new one; your job is to do the same in constant
// memory, fast enough for the book's 20 years (631,152,000 readings).
//
// Example:
//   namespace a = ch05::anomalies;
//   auto found = a::exercise::anomalies(a::fake_data(7), a::Options{});   // lazy: nothing read yet
//   for (const a::Anomaly& x : found) { print(a::iso8601(x.start)); break; }   // reads ~a week
#pragma once

#include <cstddef>
#include <cstdint>

#include "anomalies_data.hpp"
#include "wb/exercise.hpp"
#include "wb/generator.hpp"

namespace ch05::anomalies {

// How readings are grouped: by UTC day, or in windows of `size` readings that move `step`
// readings at a time (the first window holds readings 0 .. size-1, the next step .. step+size-1).
enum class Window { day, sliding };

struct Options {
  Window window = Window::day;
  std::size_t size = 86'400;  // sliding: readings per window (at least 20)
  std::size_t step = 3'600;   // sliding: readings between two windows (at least 1)
  double threshold = 1e-3;    // a group is anomalous when normaltest's p-value is below this
};

// An anomalous group: its first and last timestamps, how many readings it holds, and its test.
struct Anomaly {
  std::int64_t start = 0;
  std::int64_t end = 0;
  std::size_t count = 0;
  double statistic = 0.0;
  double pvalue = 0.0;
};

#define WB_API "anomalies_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch05::anomalies
