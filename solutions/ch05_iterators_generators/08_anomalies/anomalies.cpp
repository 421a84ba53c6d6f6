// ch05.8 anomalies: reference solution. Days are tested in one pass (wb::stats::OnlineMoments, no
// copy of the day); the sliding window lives in a ring buffer allocated once and is tested where it
// stands. The pipelines compared with a fused loop are in anomalies_pipelines.hpp.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

#include "anomalies.hpp"
#include "wb/stats.hpp"

namespace ch05::anomalies::WB_VARIANT {

namespace {

wb::generator<Anomaly> by_day(wb::generator<Datum> data, double threshold) {
  wb::stats::OnlineMoments moments;
  std::int64_t day = 0, start = 0, last = 0;
  auto finish = [&](Anomaly& out) {
    if (moments.count() < 20) return false;
    const wb::stats::NormalTest t = moments.normaltest();
    out = Anomaly{start, last, moments.count(), t.statistic, t.pvalue};
    return t.pvalue < threshold;
  };
  Anomaly found;
  for (const Datum& d : data) {
    if (moments.count() > 0 && day_of(d.timestamp) != day) {
      if (finish(found)) co_yield found;
      moments = {};
    }
    if (moments.count() == 0) {
      day = day_of(d.timestamp);
      start = d.timestamp;
    }
    moments.push(d.value);
    last = d.timestamp;
  }
  if (finish(found)) co_yield found;
}

wb::generator<Anomaly> sliding(wb::generator<Datum> data, std::size_t size, std::size_t step, double threshold) {
  std::vector<Datum> ring(size);  // the window: ring[(oldest + i) % size], i = 0 .. size-1
  std::size_t seen = 0;
  for (const Datum& d : data) {
    ring[seen % size] = d;
    ++seen;
    if (seen < size || (seen - size) % step != 0) continue;
    const std::size_t oldest = seen % size;
    wb::stats::OnlineMoments moments;
    for (std::size_t i = oldest; i < size; ++i) moments.push(ring[i].value);
    for (std::size_t i = 0; i < oldest; ++i) moments.push(ring[i].value);
    const wb::stats::NormalTest t = moments.normaltest();
    if (t.pvalue < threshold) {
      co_yield Anomaly{ring[oldest].timestamp, d.timestamp, size, t.statistic, t.pvalue};
    }
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
