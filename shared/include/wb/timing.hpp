// wb/timing.hpp: the book's simple timing tools (chapter 2), finished and reusable.
//
// The C++ counterparts of `time.time()` around a call, the `@timefn` decorator and `timeit`:
//   - a clock is anything with now() (clock_source); tests inject a fake one, never the wall clock;
//   - timefn wraps any callable, forwards its arguments and result untouched, and prints
//     "@timefn: <name> took <seconds> seconds" after each call, like the book's Example 2-5;
//   - ScopedTimer reports how long a scope took when it ends (RAII);
//   - repeat runs a callable `number` times per sample, `repeats` samples, and keeps the best
//     (min) and the typical (median) time per call, like `python -m timeit -n N -r R`.
// For comparing implementations use Google Benchmark (it repeats, warms up and reports
// min/median/stddev); these tools are for a quick look inside a running program.
//
// Example:
//   auto timed = wb::timing::timefn("calculate_z", calculate_z);   // or WB_TIMEFN(calculate_z)
//   std::vector<int> out = timed(300, zs, cs);   // prints "@timefn: calculate_z took 3.1416 seconds"
//
//   {
//     wb::timing::ScopedTimer timer("build lists");   // prints "build lists took ... seconds" at }
//     ...
//   }
//
//   auto r = wb::timing::repeat([&] { return calc(1000); }, /*number=*/5, /*repeats=*/3);
//   fmt::print("best {:.3f} s, median {:.3f} s per call\n", r.min, r.median);
//
//   wb::timing::step_clock fake(std::chrono::milliseconds(250));    // tests: 0, 250 ms, 500 ms ...
//   auto timed_fake = wb::timing::timefn("f", f, fake, out);        // always "took 0.2500 seconds"
#pragma once

#include <chrono>
#include <concepts>
#include <cstddef>
#include <functional>
#include <iostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace wb::timing {

namespace detail {
template <class T>
struct is_duration : std::false_type {};
template <class Rep, class Period>
struct is_duration<std::chrono::duration<Rep, Period>> : std::true_type {};
}  // namespace detail

// A clock: c.now() returns a reading (a std::chrono::time_point or a std::chrono::duration since
// some fixed start) and the difference of two readings is a std::chrono::duration. now() may
// change the clock (a fake clock that advances by a step on each reading does).
template <class C>
concept clock_source = requires(C& c) {
  c.now();
  requires detail::is_duration<decltype(c.now() - c.now())>::value;
};

// Returns the seconds from reading `start` to reading `stop` of one clock (negative if stop is
// earlier). Exact up to double rounding.
template <class Start, class Stop>
double seconds_between(const Start& start, const Stop& stop) {
  return std::chrono::duration<double>(stop - start).count();
}

// The real clock: std::chrono::steady_clock, which never jumps (unlike the wall clock that
// time.time() reads). Stateless: any number of threads may read it.
struct steady_clock_source {
  using time_point = std::chrono::steady_clock::time_point;
  // Returns steady_clock::now(): about 20 ns through the vDSO on Linux.
  static time_point now() noexcept { return std::chrono::steady_clock::now(); }
};

// A fake clock for tests: reads start, start + step, start + 2*step, ... (one step per reading).
// Not thread-safe.
class step_clock {
 public:
  explicit step_clock(std::chrono::nanoseconds step, std::chrono::nanoseconds start = {}) noexcept
      : step_(step), next_(start) {}

  // Returns the next reading and advances the clock by one step.
  std::chrono::nanoseconds now() noexcept {
    const std::chrono::nanoseconds reading = next_;
    next_ += step_;
    ++readings_;
    return reading;
  }

  // Returns how many times now() was called.
  long readings() const noexcept { return readings_; }

 private:
  std::chrono::nanoseconds step_;
  std::chrono::nanoseconds next_;
  long readings_ = 0;
};

// A fake clock for tests: returns the scripted readings in order and throws std::out_of_range
// when asked for one more (so a test notices a function that reads the clock too often).
// Not thread-safe.
class scripted_clock {
 public:
  explicit scripted_clock(std::vector<std::chrono::nanoseconds> readings)
      : readings_(std::move(readings)) {}

  // Returns the next scripted reading. Throws std::out_of_range when the script is used up.
  std::chrono::nanoseconds now();

  // Returns how many scripted readings are left.
  std::size_t remaining() const noexcept { return readings_.size() - next_; }

 private:
  std::vector<std::chrono::nanoseconds> readings_;
  std::size_t next_ = 0;
};

// Returns the book's report line, without a newline: "@timefn: <name> took <seconds> seconds",
// seconds with 4 decimals (the book's `{:.4f}`), e.g. "@timefn: calc took 0.1235 seconds".
std::string format_report(std::string_view name, double seconds);

// Returns the line ScopedTimer prints: "<name> took <seconds> seconds" with 4 decimals, the shape
// of the book's print statements around calculate_z_serial_purepython.
std::string format_scope_report(std::string_view name, double seconds);

// --- timefn ------------------------------------------------------------------------------------

namespace detail {

// Reads clock, calls fn(args...), reads clock again, writes the report line to out and returns
// exactly what fn returned. The second reading happens here, after fn has returned, not in a
// destructor: an exception from the clock (a scripted_clock that runs out) or from writing the
// line then reaches the caller instead of calling std::terminate. If fn throws, the lines after
// the call never run: no second reading, no report (as the book's decorator).
template <class Fn, class Clock, class... Args>
std::invoke_result_t<Fn&, Args...> timed_call(std::string_view name, Fn& fn, Clock& clock,
                                              std::ostream& out, Args&&... args) {
  using Result = std::invoke_result_t<Fn&, Args...>;
  const auto start = clock.now();
  if constexpr (std::is_void_v<Result>) {
    std::invoke(fn, std::forward<Args>(args)...);
    const auto stop = clock.now();
    out << format_report(name, seconds_between(start, stop)) << '\n';
  } else if constexpr (std::is_reference_v<Result>) {
    // T& stays the same lvalue, T&& the same rvalue: nothing is copied or moved.
    Result result = std::invoke(fn, std::forward<Args>(args)...);
    const auto stop = clock.now();
    out << format_report(name, seconds_between(start, stop)) << '\n';
    return std::forward<Result>(result);
  } else {
    // A value is built in place in `result` and moved out (or the move is elided): move-only
    // results pass; a result that cannot be moved is the one thing this wrapper cannot return.
    Result result = std::invoke(fn, std::forward<Args>(args)...);
    const auto stop = clock.now();
    out << format_report(name, seconds_between(start, stop)) << '\n';
    return result;
  }
}

}  // namespace detail

// The callable timefn returns: calls fn with the arguments exactly as given and returns exactly
// what fn returns (T, T&, T&&, void; move-only types too), then writes one report line to `out`.
// If fn throws, the exception passes through and nothing is written (as the book's decorator).
// If the clock or the write throws after fn returned, that exception reaches the caller and fn's
// result is dropped. Overhead per call: two clock readings plus formatting the line (see ch02.2's
// benchmark).
template <class Fn, clock_source Clock>
class timed_fn {
 public:
  timed_fn(std::string name, Fn fn, Clock clock, std::ostream& out)
      : name_(std::move(name)), fn_(std::move(fn)), clock_(std::move(clock)), out_(&out) {}

  // Calls fn(args...), timed. Requires fn to be invocable with args.
  template <class... Args>
    requires std::invocable<Fn&, Args...>
  std::invoke_result_t<Fn&, Args...> operator()(Args&&... args) {
    return detail::timed_call(name_, fn_, clock_, *out_, std::forward<Args>(args)...);
  }

  // The same on a const wrapper: requires fn callable as const and a clock readable as const
  // (steady_clock_source is; the fake clocks are not).
  template <class... Args>
    requires std::invocable<const Fn&, Args...> && clock_source<const Clock>
  std::invoke_result_t<const Fn&, Args...> operator()(Args&&... args) const {
    return detail::timed_call(name_, fn_, clock_, *out_, std::forward<Args>(args)...);
  }

  // Returns the name the report uses.
  const std::string& name() const noexcept { return name_; }

  // Returns the clock (a fake clock's state, in tests).
  const Clock& clock() const noexcept { return clock_; }

 private:
  std::string name_;
  Fn fn_;
  Clock clock_;
  std::ostream* out_;
};

// Returns fn wrapped by timed_fn, reading `clock` and reporting to `out`. fn is copied or moved
// in (wrap with std::ref to keep a reference). `out` must outlive the wrapper.
template <class Fn, clock_source Clock>
timed_fn<std::decay_t<Fn>, std::decay_t<Clock>> timefn(std::string name, Fn&& fn, Clock&& clock,
                                                       std::ostream& out = std::cout) {
  return {std::move(name), std::forward<Fn>(fn), std::forward<Clock>(clock), out};
}

// Returns fn wrapped by timed_fn on the steady clock, reporting to `out` (default std::cout).
template <class Fn>
timed_fn<std::decay_t<Fn>, steady_clock_source> timefn(std::string name, Fn&& fn,
                                                       std::ostream& out = std::cout) {
  return {std::move(name), std::forward<Fn>(fn), steady_clock_source{}, out};
}

// Wraps a named function and uses its name in the report, as the book's fn.__name__:
// WB_TIMEFN(calculate_z)(300, zs, cs) prints "@timefn: calculate_z took ...".
#define WB_TIMEFN(fn) ::wb::timing::timefn(#fn, fn)

// --- ScopedTimer -------------------------------------------------------------------------------

// Measures the time from its construction to the end of its scope and reports it exactly once:
// to an ostream ("<name> took <seconds> seconds", see format_scope_report) or to a callback
// (name, seconds). It also reports when the scope is left by an exception (that time was spent
// too). stop() reports early; the destructor then does nothing.
//
// Example:
//   { wb::timing::ScopedTimer t("calculate_z"); calculate_z(...); }   // one line on std::cout
//   wb::timing::ScopedTimer t("phase", [&](std::string_view, double s) { total += s; });
template <clock_source Clock = steady_clock_source>
class ScopedTimer {
 public:
  using Callback = std::function<void(std::string_view name, double seconds)>;

  // Starts timing; reports to `out` (which must outlive the timer).
  explicit ScopedTimer(std::string name, std::ostream& out = std::cout, Clock clock = Clock{})
      : ScopedTimer(std::move(name), Callback{[o = &out](std::string_view n, double s) {
                      *o << format_scope_report(n, s) << '\n';
                    }},
                    std::move(clock)) {}

  // Starts timing; calls on_exit(name, seconds) once at the end.
  ScopedTimer(std::string name, Callback on_exit, Clock clock = Clock{})
      : name_(std::move(name)), on_exit_(std::move(on_exit)), clock_(std::move(clock)),
        start_(clock_.now()) {}

  ScopedTimer(const ScopedTimer&) = delete;
  ScopedTimer& operator=(const ScopedTimer&) = delete;

  // Reports, unless stop() already did. A report that throws is dropped (destructors don't throw).
  ~ScopedTimer() {
    try {
      stop();
    } catch (...) {
    }
  }

  // Returns the seconds since construction so far (reads the clock once); does not report.
  double elapsed() { return seconds_between(start_, clock_.now()); }

  // Reports now and returns the seconds measured; later calls and the destructor do nothing more
  // and return the same value.
  double stop() {
    if (!stopped_) {
      stopped_ = true;
      seconds_ = elapsed();
      if (on_exit_) on_exit_(name_, seconds_);
    }
    return seconds_;
  }

 private:
  std::string name_;
  Callback on_exit_;
  Clock clock_;
  decltype(std::declval<Clock&>().now()) start_;
  bool stopped_ = false;
  double seconds_ = 0.0;
};

// --- repeat (timeit) -----------------------------------------------------------------------------

// What repeat measured, in seconds per call: every sample in the order taken, the fastest (the
// number `timeit` prints: other processes only ever make a run slower) and the median (what a
// typical run costs).
struct RepeatResult {
  std::vector<double> samples;
  double min = 0.0;
  double median = 0.0;
};

// Returns samples with their min and median (the mean of the two middle values for an even
// count, as Python's statistics.median). O(n log n). Throws std::invalid_argument if empty.
RepeatResult summarize(std::vector<double> samples);

namespace detail {
// Throws std::invalid_argument unless number >= 1 and repeats >= 1.
void check_repeat_arguments(int number, int repeats);

// Makes the compiler assume `value` is read, so a call whose result is unused is not removed.
template <class T>
inline void keep(const T& value) noexcept {
  __asm__ __volatile__("" : : "g"(&value) : "memory");
}
}  // namespace detail

// Times fn the way `python -m timeit -n number -r repeats` does: `repeats` samples, each the time
// of `number` back-to-back calls divided by `number` (the clock is read twice per sample, not per
// call, so its own cost is spread thin). fn takes no arguments; a result it returns is kept alive.
// Throws std::invalid_argument unless number >= 1 and repeats >= 1.
template <class Fn, class Clock>
  requires std::invocable<Fn&> && clock_source<std::remove_reference_t<Clock>>
RepeatResult repeat(Fn&& fn, int number, int repeats, Clock&& clock) {
  detail::check_repeat_arguments(number, repeats);
  std::vector<double> samples;
  samples.reserve(static_cast<std::size_t>(repeats));
  for (int r = 0; r < repeats; ++r) {
    const auto start = clock.now();
    for (int i = 0; i < number; ++i) {
      if constexpr (std::is_void_v<std::invoke_result_t<Fn&>>) {
        std::invoke(fn);
      } else {
        detail::keep(std::invoke(fn));
      }
    }
    const auto stop = clock.now();
    samples.push_back(seconds_between(start, stop) / number);
  }
  return summarize(std::move(samples));
}

// The same on the steady clock.
template <class Fn>
  requires std::invocable<Fn&>
RepeatResult repeat(Fn&& fn, int number, int repeats) {
  return repeat(std::forward<Fn>(fn), number, repeats, steady_clock_source{});
}

}  // namespace wb::timing
