// ch02.2 timing: correctness, on fake clocks only (no test depends on this machine's speed).
// Expected lines come from the book's format (Example 2-5), from Python's own formatting and from
// wb::timing, never from a solution. Every test calls the code under test outside REQUIRE first,
// so that a stub's not_implemented leaves the test case (a REQUIRE would catch it and count a plain
// failure).
//
// Each test case is named after the step of timing.cpp that makes it pass ("step 2: ...") and
// calls only what that step and the earlier ones write: run `ctest --preset dev -L ch02.2` after
// each step and watch the next group turn green. A test case stops at its first failed REQUIRE.
#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "timing.hpp"
#include "wb/timing.hpp"

namespace impl = ch02::timing::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch02::timing::Clock;
using namespace std::chrono_literals;

namespace {

// A fake clock: 0, step, 2*step, ... (one step per reading).
Clock stepping(std::chrono::nanoseconds step) {
  return [c = wb::timing::step_clock(step)]() mutable { return c.now(); };
}

// A fake clock that returns `script`'s readings and throws when asked for one more.
Clock scripted(wb::timing::scripted_clock& script) {
  return [&script] { return script.now(); };
}

}  // namespace

TEST_CASE("step 1: format_report writes the book's line with four decimals") {
  const std::string book = impl::format_report("calculate_z_serial_purepython", 5.78);
  REQUIRE(book == "@timefn: calculate_z_serial_purepython took 5.7800 seconds");
  const std::string rounded = impl::format_report("f", 0.12345678);
  REQUIRE(rounded == "@timefn: f took 0.1235 seconds");
  const std::string zero = impl::format_report("f", 0.0);
  REQUIRE(zero == "@timefn: f took 0.0000 seconds");
  const std::string long_run = impl::format_report("f", 61.5);
  REQUIRE(long_run == "@timefn: f took 61.5000 seconds");
}

TEST_CASE("step 1: format_report agrees with wb::timing::format_report, rounding included") {
  for (double seconds : {0.00005, 0.00004999, 0.99995, 1e-9, 2.5, 1234.56789, 0.1 + 0.2}) {
    CAPTURE(seconds);
    const std::string line = impl::format_report("calc", seconds);
    REQUIRE(line == wb::timing::format_report("calc", seconds));
  }
}

TEST_CASE("step 1: format_report rounds the double as it is, as Python's .4f (0.00035 -> 0.0003)") {
  // Expected strings from Python 3: f"{seconds:.4f}" rounds the exact binary value of the double.
  // 0.00035 is stored as 0.00034999999999999999644..., just below the half, so it becomes 0.0003;
  // 0.03125 is exactly a half and rounds to even. Rounding the seconds first (for instance
  // std::round(seconds * 1e4) / 1e4, where the product rounds to exactly 3.5) would print 0.0004.
  struct Case {
    double seconds;
    const char* python;  // f"{seconds:.4f}"
  };
  const Case cases[] = {{0.00035, "0.0003"}, {0.00045, "0.0004"}, {0.00155, "0.0015"},
                        {0.00085, "0.0008"}, {0.50005, "0.5000"}, {0.03125, "0.0312"},
                        {0.00255, "0.0026"}, {1.00035, "1.0004"}};
  for (const Case& c : cases) {
    CAPTURE(c.seconds);
    const std::string line = impl::format_report("calc", c.seconds);
    REQUIRE(line == "@timefn: calc took " + std::string(c.python) + " seconds");
  }
}

TEST_CASE("step 2: timefn returns the very object fn returns by reference") {
  std::ostringstream out;
  auto element = impl::make_timed_element(stepping(1ms), out);
  std::vector<int> v{10, 20, 30};
  int& r = element(v, 1);
  REQUIRE(&r == &v[1]);  // not a copy: the caller's own element
  r = 99;
  REQUIRE(v[1] == 99);
}

TEST_CASE("step 2: timefn prints one report line per call, reading the clock twice per call") {
  // Two calls, four scripted readings: a third reading in either call runs the script out (the
  // fake clock throws std::out_of_range), a missing one leaves a reading unused.
  wb::timing::scripted_clock script({1s, 1'123'456'789ns, 3s, 3500ms});
  std::ostringstream out;
  auto element = impl::make_timed_element(scripted(script), out);
  std::vector<int> v{1, 2, 3};
  int first = 0;
  int last = 0;
  bool too_many_readings = false;
  try {
    first = element(v, 0);
    last = element(v, 2);
  } catch (const std::out_of_range&) {  // (not_implemented is no out_of_range: it goes on up)
    too_many_readings = true;
  }
  INFO("timefn must read the clock exactly twice per call: once before fn, once after");
  REQUIRE_FALSE(too_many_readings);
  REQUIRE(script.remaining() == 0);
  REQUIRE(first == 1);
  REQUIRE(last == 3);
  REQUIRE(out.str() ==
          "@timefn: element took 0.1235 seconds\n"
          "@timefn: element took 0.5000 seconds\n");
}

TEST_CASE("step 2: timefn passes a move-only argument and result through") {
  std::ostringstream out;
  auto take = impl::make_timed_take(stepping(1ms), out);
  auto p = std::make_unique<int>(41);
  int* const address = p.get();
  std::unique_ptr<int> q = take(std::move(p));
  REQUIRE(q != nullptr);
  REQUIRE(q.get() == address);  // the same int travelled in and out
  REQUIRE(*q == 42);
  REQUIRE(out.str() == "@timefn: take took 0.0010 seconds\n");
}

TEST_CASE("step 2: timefn returns an rvalue reference without moving from it") {
  std::ostringstream out;
  auto release = impl::make_timed_release(stepping(1ms), out);
  std::string s = "a string too long for the small-string buffer";
  std::string&& r = release(s);
  REQUIRE(&r == &s);
  REQUIRE(s == "a string too long for the small-string buffer");  // nobody moved from it
}

TEST_CASE("step 2: timefn wraps a function that returns void") {
  wb::timing::scripted_clock script({5s, 7s});  // two readings, no more, on the void path too
  std::ostringstream out;
  auto store = impl::make_timed_store(scripted(script), out);
  int target = 0;
  bool too_many_readings = false;
  try {
    store(target, 7);
  } catch (const std::out_of_range&) {
    too_many_readings = true;
  }
  REQUIRE_FALSE(too_many_readings);
  REQUIRE(script.remaining() == 0);
  REQUIRE(target == 7);
  REQUIRE(out.str() == "@timefn: store took 2.0000 seconds\n");
}

TEST_CASE("step 2: timefn's time includes fn's own run (a function that returns void)") {
  // A fake clock that fn itself advances: the clock reads the milliseconds in `now_ms`, and
  // store(now_ms, 3500) sets them. t1 read before the call and t2 after it are 1000 and 3500 ms;
  // both read on the same side of the call would give 0 seconds.
  int now_ms = 1000;
  const Clock clock = [&now_ms] { return std::chrono::milliseconds(now_ms); };
  std::ostringstream out;
  auto store = impl::make_timed_store(clock, out);
  store(now_ms, 3500);
  REQUIRE(now_ms == 3500);
  REQUIRE(out.str() == "@timefn: store took 2.5000 seconds\n");
}

TEST_CASE("step 2: timefn's time includes fn's own run (a function that returns a value)") {
  // The clock reads the int that take(p) adds 1 to, as seconds: 41 s before the call, 42 s after.
  auto p = std::make_unique<int>(41);
  const int* const seconds = p.get();
  const Clock clock = [seconds] { return std::chrono::seconds(*seconds); };
  std::ostringstream out;
  auto take = impl::make_timed_take(clock, out);
  const std::unique_ptr<int> q = take(std::move(p));
  REQUIRE(q.get() == seconds);
  REQUIRE(*q == 42);
  REQUIRE(out.str() == "@timefn: take took 1.0000 seconds\n");
}

TEST_CASE("step 2: timefn lets an exception through and reports nothing") {
  std::ostringstream out;
  auto fail = impl::make_timed_fail(stepping(1ms), out);
  bool caught = false;
  try {
    fail(1);
  } catch (const std::runtime_error& e) {  // (not_implemented is no runtime_error: it goes on up)
    caught = true;
    REQUIRE(std::string(e.what()) == "boom");
  }
  REQUIRE(caught);
  REQUIRE(out.str().empty());
}

TEST_CASE("step 3: ScopedTimer reports once, when its scope ends") {
  int calls = 0;
  std::string name;
  double seconds = -1.0;
  {
    impl::ScopedTimer timer("build_lists", stepping(500ms), [&](std::string_view n, double s) {
      ++calls;
      name = n;
      seconds = s;
    });
    REQUIRE(calls == 0);
  }
  REQUIRE(calls == 1);
  REQUIRE(name == "build_lists");
  REQUIRE(seconds == doctest::Approx(0.5));
}

TEST_CASE("step 3: ScopedTimer::elapsed reads the clock without reporting") {
  wb::timing::scripted_clock script({1s, 1250ms, 4s});
  int calls = 0;
  double seconds = -1.0;
  {
    const impl::ScopedTimer timer("phase", scripted(script), [&](std::string_view, double s) {
      ++calls;
      seconds = s;
    });
    REQUIRE(timer.elapsed() == doctest::Approx(0.25));
    REQUIRE(calls == 0);
  }
  REQUIRE(calls == 1);
  REQUIRE(seconds == doctest::Approx(3.0));
  REQUIRE(script.remaining() == 0);
}

TEST_CASE("step 3: ScopedTimer reports when its scope is left by an exception") {
  int calls = 0;
  bool caught = false;
  try {
    impl::ScopedTimer timer("doomed", stepping(250ms), [&](std::string_view, double) { ++calls; });
    throw std::runtime_error("boom");
  } catch (const std::runtime_error&) {
    caught = true;
  }
  REQUIRE(caught);
  REQUIRE(calls == 1);
}

TEST_CASE("step 3: ScopedTimer's destructor swallows an exception thrown by its report") {
  // The destructor is noexcept (all destructors are, unless declared otherwise): if the report's
  // exception escapes it, std::terminate ends this test binary here.
  int calls = 0;
  {
    impl::ScopedTimer timer("noisy", stepping(1ms), [&](std::string_view, double) {
      ++calls;
      throw std::runtime_error("the report failed");
    });
    REQUIRE(calls == 0);
  }
  REQUIRE(calls == 1);  // it did report, and the failure stopped there
}

TEST_CASE("step 4: summarize gives the min and the median, keeping the samples in order") {
  SUBCASE("odd count") {
    const auto r = impl::summarize({0.3, 0.1, 0.2});
    REQUIRE(r.samples == std::vector<double>{0.3, 0.1, 0.2});
    REQUIRE(r.min == 0.1);
    REQUIRE(r.median == 0.2);
  }
  SUBCASE("even count: the mean of the two middle values") {
    const auto r = impl::summarize({4.0, 1.0, 3.0, 2.0});
    REQUIRE(r.min == 1.0);
    REQUIRE(r.median == 2.5);
  }
  SUBCASE("one sample, then none") {
    const auto r = impl::summarize({7.0});
    REQUIRE(r.min == 7.0);
    REQUIRE(r.median == 7.0);
    REQUIRE_THROWS_AS(impl::summarize({}), std::invalid_argument);
  }
}

TEST_CASE("step 5: repeat times `number` calls per sample and keeps the time per call") {
  int calls = 0;
  // Three samples of two calls: 0.4 s, 0.2 s and 0.6 s in all, so 0.2, 0.1 and 0.3 s per call.
  wb::timing::scripted_clock script({0ms, 400ms, 1000ms, 1200ms, 2000ms, 2600ms});
  const ch02::timing::Summary r = impl::repeat([&] { ++calls; }, 2, 3, scripted(script));
  REQUIRE(calls == 6);
  REQUIRE(script.remaining() == 0);  // two readings per sample, not per call
  REQUIRE(r.samples.size() == 3);
  REQUIRE(r.samples[0] == doctest::Approx(0.2));
  REQUIRE(r.samples[1] == doctest::Approx(0.1));
  REQUIRE(r.samples[2] == doctest::Approx(0.3));
  REQUIRE(r.min == doctest::Approx(0.1));     // timeit's "best of 3"
  REQUIRE(r.median == doctest::Approx(0.2));
}

TEST_CASE("step 5: repeat with the book's -n 5 -r 1 takes one sample of five calls") {
  int calls = 0;
  wb::timing::scripted_clock script({10s, 40500ms});  // 30.5 s for five calls: 6.1 s per loop
  const auto r = impl::repeat([&] { ++calls; }, 5, 1, scripted(script));
  REQUIRE(calls == 5);
  REQUIRE(r.samples.size() == 1);
  REQUIRE(r.min == doctest::Approx(6.1));
  REQUIRE(r.median == doctest::Approx(6.1));
}

TEST_CASE("step 5: repeat refuses a number or a repeat count below one") {
  const auto ok = impl::repeat([] {}, 1, 1, stepping(1ms));
  REQUIRE(ok.samples.size() == 1);
  REQUIRE_THROWS_AS(impl::repeat([] {}, 0, 3, stepping(1ms)), std::invalid_argument);
  REQUIRE_THROWS_AS(impl::repeat([] {}, 3, 0, stepping(1ms)), std::invalid_argument);
  REQUIRE_THROWS_AS(impl::repeat([] {}, -1, 1, stepping(1ms)), std::invalid_argument);
}
