// ch02.2 timing: reference solution. The finished, reusable versions (a clock concept instead of
// std::function, fake clocks, a const call operator) live in shared/include/wb/timing.hpp.
#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "timing.hpp"

namespace ch02::timing::WB_VARIANT {

namespace {

double to_seconds(std::chrono::nanoseconds d) { return std::chrono::duration<double>(d).count(); }

}  // namespace

std::string format_report(std::string_view name, double seconds) {
  return fmt::format("@timefn: {} took {:.4f} seconds", name, seconds);
}

// The lambda owns copies of name, fn and clock, and refers to out. For each call it deduces the
// exact result type R of fn, then:
//   - void: call, report;
//   - anything else: keep the result in a variable of exactly type R (T, T& or T&&), report, and
//     return std::forward<R>(result): for T a move, for T& the same lvalue, for T&& the same
//     rvalue. (A plain `return result;` is not enough for T&&: a named rvalue reference is an
//     lvalue, and C++20 only moves it implicitly into a returned object, not a returned
//     reference; C++23 does both.)
// If fn throws, the lines after the call never run: no report, as in the book.
// Reading t2 here, after the call, rather than in a destructor matters: a destructor is noexcept,
// so a clock that throws there (a fake clock that ran out of readings) would call std::terminate;
// here its exception reaches the caller.
template <class Fn>
auto timefn(std::string name, Fn fn, Clock clock, std::ostream& out) {
  return [name = std::move(name), fn = std::move(fn), clock = std::move(clock), &out](
             auto&&... args) mutable -> std::invoke_result_t<Fn&, decltype(args)...> {
    using Result = std::invoke_result_t<Fn&, decltype(args)...>;
    const std::chrono::nanoseconds t1 = clock();
    if constexpr (std::is_void_v<Result>) {
      std::invoke(fn, std::forward<decltype(args)>(args)...);
      const std::chrono::nanoseconds t2 = clock();
      out << format_report(name, to_seconds(t2 - t1)) << '\n';
    } else {
      Result result = std::invoke(fn, std::forward<decltype(args)>(args)...);
      const std::chrono::nanoseconds t2 = clock();
      out << format_report(name, to_seconds(t2 - t1)) << '\n';
      return std::forward<Result>(result);
    }
  };
}

ScopedTimer::ScopedTimer(std::string name, Clock clock, Report report)
    : name_(std::move(name)), clock_(std::move(clock)), report_(std::move(report)), start_(clock_()) {}

ScopedTimer::~ScopedTimer() {
  try {
    if (report_) report_(name_, elapsed());
  } catch (...) {  // never throw from a destructor: a report that fails is lost
  }
}

double ScopedTimer::elapsed() const { return to_seconds(clock_() - start_); }

Summary summarize(std::vector<double> samples) {
  if (samples.empty()) throw std::invalid_argument("summarize: no samples");
  std::vector<double> sorted = samples;
  std::sort(sorted.begin(), sorted.end());
  const std::size_t n = sorted.size();
  const double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  return Summary{std::move(samples), sorted.front(), median};
}

Summary repeat(const std::function<void()>& fn, int number, int repeats, const Clock& clock) {
  if (number < 1 || repeats < 1) {
    throw std::invalid_argument(fmt::format("repeat: number ({}) and repeats ({}) must be at least 1", number, repeats));
  }
  std::vector<double> samples;
  samples.reserve(static_cast<std::size_t>(repeats));
  for (int r = 0; r < repeats; ++r) {
    const std::chrono::nanoseconds t1 = clock();
    for (int i = 0; i < number; ++i) fn();
    const std::chrono::nanoseconds t2 = clock();
    samples.push_back(to_seconds(t2 - t1) / number);
  }
  return summarize(std::move(samples));
}

// ---- The tests reach your timefn through these functions: no need to edit below this line. ----

std::function<int&(std::vector<int>&, std::size_t)> make_timed_element(Clock clock, std::ostream& out) {
  auto element = [](std::vector<int>& v, std::size_t i) -> int& { return v[i]; };
  return timefn("element", element, std::move(clock), out);
}

std::function<std::unique_ptr<int>(std::unique_ptr<int>)> make_timed_take(Clock clock, std::ostream& out) {
  auto take = [](std::unique_ptr<int> p) {
    *p += 1;
    return p;
  };
  return timefn("take", take, std::move(clock), out);
}

std::function<std::string&&(std::string&)> make_timed_release(Clock clock, std::ostream& out) {
  auto release = [](std::string& s) -> std::string&& { return std::move(s); };
  return timefn("release", release, std::move(clock), out);
}

std::function<void(int&, int)> make_timed_store(Clock clock, std::ostream& out) {
  auto store = [](int& target, int value) { target = value; };
  return timefn("store", store, std::move(clock), out);
}

std::function<int(int)> make_timed_fail(Clock clock, std::ostream& out) {
  auto fail = [](int) -> int { throw std::runtime_error("boom"); };
  return timefn("fail", fail, std::move(clock), out);
}

}  // namespace ch02::timing::WB_VARIANT
