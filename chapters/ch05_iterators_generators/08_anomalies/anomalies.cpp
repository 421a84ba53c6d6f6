// ch05.8 anomalies (slow): the book's anomaly detector (Examples 5-3 to 5-5, and its sliding
// window), as shipped: correct, but every day is copied into a vector before it is tested, and
// the sliding window is copied at every reading.
//
// Steps (the tests pass as shipped; `./workbook check ch05.8` measures the heap each version
// holds at its peak while finding the anomalies of 20 days, exactly, with the counting allocator):
//   1. Window::day: test each day in one pass with wb::stats::OnlineMoments (push each value,
//      then ask for normaltest()): no copy of the day at all.
//   2. Window::sliding: keep the window in a ring buffer of `size` values allocated once, and
//      test it every `step` readings without building a new vector.
// Done = the tests pass and the peak heap is at least 100x below the shipped code's.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

#include "anomalies.hpp"
#include "wb/stats.hpp"

namespace ch05::anomalies::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

namespace {

// The test of one group of readings, kept if it is anomalous.
bool anomalous(const std::vector<Datum>& group, double threshold, Anomaly& out) {
  if (group.size() < 20) return false;
  std::vector<double> values;  // the book: tuple(map(attrgetter("value"), data))
  for (const Datum& d : group) values.push_back(d.value);
  const wb::stats::NormalTest t = wb::stats::normaltest(values);
  out = Anomaly{group.front().timestamp, group.back().timestamp, group.size(), t.statistic, t.pvalue};
  return t.pvalue < threshold;
}

// TODO(ch05.8) 1: this is the book's groupby_day with list(data_group): every day is stored.
// Replace it by one pass over the readings with a wb::stats::OnlineMoments per day.
wb::generator<Anomaly> by_day(wb::generator<Datum> data, double threshold) {
  std::vector<Datum> group;
  Anomaly found;
  for (const Datum& d : data) {
    if (!group.empty() && day_of(d.timestamp) != day_of(group.front().timestamp)) {
      if (anomalous(group, threshold, found)) co_yield found;
      group = {};  // a new list for the next day
    }
    group.push_back(d);
  }
  if (anomalous(group, threshold, found)) co_yield found;
}

// TODO(ch05.8) 2: this is the book's groupby_window: the window is copied at every reading.
// Keep it in a ring buffer instead, and test it where it stands.
wb::generator<Anomaly> sliding(wb::generator<Datum> data, std::size_t size, std::size_t step, double threshold) {
  std::vector<Datum> window;
  std::size_t seen = 0;
  Anomaly found;
  for (const Datum& d : data) {
    std::vector<Datum> next(window.size() == size ? window.begin() + 1 : window.begin(), window.end());
    next.push_back(d);  // window = window[1:] + (item,)
    window = std::move(next);
    ++seen;
    if (window.size() == size && (seen - size) % step == 0 && anomalous(window, threshold, found)) co_yield found;
  }
}

}  // namespace

wb::generator<Anomaly> anomalies(wb::generator<Datum> data, Options options) {
  if (options.window == Window::sliding && (options.size < 20 || options.step == 0)) {
    throw std::invalid_argument("a sliding window needs size >= 20 and step >= 1");
  }
  if (options.window == Window::day) return by_day(std::move(data), options.threshold);
  return sliding(std::move(data), options.size, options.step, options.threshold);
}

}  // namespace ch05::anomalies::WB_VARIANT
