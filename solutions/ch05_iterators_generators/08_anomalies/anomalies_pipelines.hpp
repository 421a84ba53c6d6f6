// ch05.8 anomalies: one computation, three shapes, for the benchmark's comparison (the issue's
// targets: the iterator pipeline within 1.3x of the fused loop, the coroutine pipeline within
// 1.5x). Each finds the anomalous UTC days in the first `seconds` readings of fake_data(seed),
// testing each day in one pass, and returns them all.
//   fused:     one hand-written loop: draw, accumulate, test at each day's end;
//   iterator:  classic C++ input iterators, no coroutine: a source range, a day-testing adaptor
//              over it and a filter, composed like the book's generators;
//   coroutine: wb::generator stages: fake_data -> the solution's anomalies().
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

#include "anomalies.hpp"
#include "wb/stats.hpp"

namespace ch05::anomalies::pipelines {

inline std::vector<Anomaly> fused(std::uint64_t seed, std::int64_t seconds, double threshold = 1e-3) {
  std::vector<Anomaly> out;
  FakeDraws draws(seed);
  wb::stats::OnlineMoments moments;
  std::int64_t start = 0;
  for (std::int64_t t = 0; t < seconds; ++t) {
    if (t > start && day_of(t) != day_of(start)) {
      const wb::stats::NormalTest r = moments.normaltest();
      if (r.pvalue < threshold) out.push_back({start, t - 1, moments.count(), r.statistic, r.pvalue});
      moments = {};
      start = t;
    }
    moments.push(draws.value(t));
  }
  if (moments.count() >= 20) {
    const wb::stats::NormalTest r = moments.normaltest();
    if (r.pvalue < threshold) out.push_back({start, seconds - 1, moments.count(), r.statistic, r.pvalue});
  }
  return out;
}

// The readings of fake_data(seed, seconds) as an input range with a sentinel.
class FakeRange {
 public:
  FakeRange(std::uint64_t seed, std::int64_t seconds) : draws_(seed), seconds_(seconds) { advance(); }
  struct iterator {
    using value_type = Datum;
    using difference_type = std::ptrdiff_t;
    FakeRange* range;
    const Datum& operator*() const { return range->current_; }
    iterator& operator++() {
      range->advance();
      return *this;
    }
    void operator++(int) { range->advance(); }
    bool operator==(std::default_sentinel_t) const { return range->t_ > range->seconds_; }
  };
  iterator begin() { return {this}; }
  std::default_sentinel_t end() const { return {}; }

 private:
  void advance() {
    if (t_ < seconds_) current_ = Datum{t_, draws_.value(t_)};
    ++t_;
  }
  FakeDraws draws_;
  std::int64_t seconds_;
  std::int64_t t_ = 0;
  Datum current_;
};

// Adapts a range of readings into the range of its days' tests, one pass and O(1) memory each.
template <class Readings>
class DayTests {
 public:
  explicit DayTests(Readings& readings) : it_(readings.begin()), end_(readings.end()) { advance(); }
  struct iterator {
    using value_type = Anomaly;
    using difference_type = std::ptrdiff_t;
    DayTests* days;
    const Anomaly& operator*() const { return days->current_; }
    iterator& operator++() {
      days->advance();
      return *this;
    }
    void operator++(int) { days->advance(); }
    bool operator==(std::default_sentinel_t) const { return days->done_; }
  };
  iterator begin() { return {this}; }
  std::default_sentinel_t end() const { return {}; }

 private:
  // Reads one more day (days with fewer than 20 readings are skipped).
  void advance() {
    while (it_ != end_) {
      wb::stats::OnlineMoments moments;
      const std::int64_t start = (*it_).timestamp, day = day_of(start);
      std::int64_t last = start;
      for (; it_ != end_ && day_of((*it_).timestamp) == day; ++it_) {
        moments.push((*it_).value);
        last = (*it_).timestamp;
      }
      if (moments.count() < 20) continue;
      const wb::stats::NormalTest r = moments.normaltest();
      current_ = Anomaly{start, last, moments.count(), r.statistic, r.pvalue};
      return;
    }
    done_ = true;
  }
  decltype(std::declval<Readings&>().begin()) it_;
  decltype(std::declval<Readings&>().end()) end_;
  Anomaly current_;
  bool done_ = false;
};

inline std::vector<Anomaly> iterator(std::uint64_t seed, std::int64_t seconds, double threshold = 1e-3) {
  FakeRange readings(seed, seconds);
  DayTests<FakeRange> days(readings);
  std::vector<Anomaly> out;
  for (const Anomaly& day : days) {
    if (day.pvalue < threshold) out.push_back(day);  // filterfalse(is_normal, days)
  }
  return out;
}

inline std::vector<Anomaly> coroutine(std::uint64_t seed, std::int64_t seconds, double threshold = 1e-3) {
  std::vector<Anomaly> out;
  for (const Anomaly& a : solution::anomalies(fake_data(seed, seconds), Options{Window::day, 0, 1, threshold})) {
    out.push_back(a);
  }
  return out;
}

}  // namespace ch05::anomalies::pipelines
