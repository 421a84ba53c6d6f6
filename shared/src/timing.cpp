// wb/timing.hpp: the non-template parts (report lines, the min/median summary, the fake clock).
#include "wb/timing.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

namespace wb::timing {

std::chrono::nanoseconds scripted_clock::now() {
  if (next_ == readings_.size()) {
    throw std::out_of_range(fmt::format(
        "wb::timing::scripted_clock: all {} scripted readings are used up; the code under test reads "
        "the clock more often than the test expects",
        readings_.size()));
  }
  return readings_[next_++];
}

std::string format_report(std::string_view name, double seconds) {
  return fmt::format("@timefn: {} took {:.4f} seconds", name, seconds);
}

std::string format_scope_report(std::string_view name, double seconds) {
  return fmt::format("{} took {:.4f} seconds", name, seconds);
}

RepeatResult summarize(std::vector<double> samples) {
  if (samples.empty()) throw std::invalid_argument("wb::timing::summarize: no samples");
  std::vector<double> sorted = samples;
  std::sort(sorted.begin(), sorted.end());
  const std::size_t n = sorted.size();
  const double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  return RepeatResult{std::move(samples), sorted.front(), median};
}

namespace detail {

void check_repeat_arguments(int number, int repeats) {
  if (number < 1 || repeats < 1) {
    throw std::invalid_argument(fmt::format(
        "wb::timing::repeat: number and repeats must be at least 1 (got number={}, repeats={})", number,
        repeats));
  }
}

}  // namespace detail

}  // namespace wb::timing
