// wb/timing.hpp: every expectation uses a fake clock, so no test depends on how fast this machine is.
#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "wb/timing.hpp"

namespace timing = wb::timing;
using namespace std::chrono_literals;

namespace {

struct no_now {};
struct int_now {
  int now() const { return 0; }
};

int& element(std::vector<int>& v, std::size_t i) { return v[i]; }
int triple(int x) { return 3 * x; }

}  // namespace

static_assert(timing::clock_source<timing::steady_clock_source>);
static_assert(timing::clock_source<timing::step_clock>);
static_assert(timing::clock_source<timing::scripted_clock>);
static_assert(!timing::clock_source<const timing::step_clock>);  // now() advances it
static_assert(!timing::clock_source<no_now>);
static_assert(!timing::clock_source<int_now>);  // 0 - 0 is no std::chrono::duration
static_assert(!timing::clock_source<std::ostream>);

TEST_CASE("step_clock advances by one step per reading") {
  timing::step_clock clock(250ms, 1s);
  CHECK(clock.now() == 1000ms);
  CHECK(clock.now() == 1250ms);
  CHECK(clock.now() == 1500ms);
  CHECK(clock.readings() == 3);
}

TEST_CASE("scripted_clock returns its script and refuses one reading too many") {
  timing::scripted_clock clock({5ms, 7ms});
  CHECK(clock.remaining() == 2);
  CHECK(clock.now() == 5ms);
  CHECK(clock.now() == 7ms);
  CHECK(clock.remaining() == 0);
  CHECK_THROWS_AS(clock.now(), std::out_of_range);
}

TEST_CASE("seconds_between works on durations and time points") {
  CHECK(timing::seconds_between(250ms, 1s) == doctest::Approx(0.75));
  const auto t0 = std::chrono::steady_clock::time_point{} + 2s;
  CHECK(timing::seconds_between(t0, t0 + 1500ms) == doctest::Approx(1.5));
  CHECK(timing::seconds_between(1s, 0s) == doctest::Approx(-1.0));
}

TEST_CASE("format_report writes the book's line with four decimals") {
  CHECK(timing::format_report("calculate_z_serial_purepython", 5.78) ==
        "@timefn: calculate_z_serial_purepython took 5.7800 seconds");
  CHECK(timing::format_report("f", 0.12345678) == "@timefn: f took 0.1235 seconds");
  CHECK(timing::format_report("f", 0.00005) == "@timefn: f took 0.0001 seconds");  // as Python's .4f
  CHECK(timing::format_report("f", 0.0) == "@timefn: f took 0.0000 seconds");
  CHECK(timing::format_report("f", 123.0) == "@timefn: f took 123.0000 seconds");
  CHECK(timing::format_scope_report("build lists", 0.5) == "build lists took 0.5000 seconds");
}

TEST_CASE("timefn returns a reference to the very object fn returns") {
  std::vector<int> v{10, 20, 30};
  std::ostringstream out;
  auto timed = timing::timefn("element", element, timing::step_clock(1ms), out);
  static_assert(std::is_same_v<decltype(timed(v, 1)), int&>);
  int& r = timed(v, 1);
  CHECK(&r == &v[1]);
  r = 99;
  CHECK(v[1] == 99);
}

TEST_CASE("timefn passes rvalue references through without moving from them") {
  std::ostringstream out;
  auto release = [](std::string& s) -> std::string&& { return std::move(s); };
  auto timed = timing::timefn("release", release, timing::step_clock(1ms), out);
  std::string s = "payload";
  static_assert(std::is_same_v<decltype(timed(s)), std::string&&>);
  std::string&& r = timed(s);
  CHECK(&r == &s);
  CHECK(s == "payload");
}

TEST_CASE("timefn forwards move-only arguments and results") {
  std::ostringstream out;
  auto bump = [](std::unique_ptr<int> p) {
    ++*p;
    return p;
  };
  auto timed = timing::timefn("bump", bump, timing::step_clock(1ms), out);
  auto p = std::make_unique<int>(41);
  int* const address = p.get();
  static_assert(std::is_same_v<decltype(timed(std::move(p))), std::unique_ptr<int>>);
  std::unique_ptr<int> q = timed(std::move(p));
  CHECK(p == nullptr);
  CHECK(q.get() == address);  // the same int travelled in and out: nothing was copied
  CHECK(*q == 42);
}

TEST_CASE("timefn wraps a function returning void") {
  std::ostringstream out;
  int target = 0;
  auto timed = timing::timefn("store", [&target](int value) { target = value; }, timing::step_clock(2s), out);
  static_assert(std::is_void_v<decltype(timed(7))>);
  timed(7);
  CHECK(target == 7);
  CHECK(out.str() == "@timefn: store took 2.0000 seconds\n");
}

TEST_CASE("timefn prints one report line per call, reading the clock twice per call") {
  std::ostringstream out;
  auto timed = timing::timefn("triple", triple, timing::step_clock(123'456'789ns), out);
  CHECK(timed(2) == 6);
  CHECK(timed(5) == 15);
  CHECK(out.str() ==
        "@timefn: triple took 0.1235 seconds\n"
        "@timefn: triple took 0.1235 seconds\n");
  CHECK(timed.clock().readings() == 4);
  CHECK(timed.name() == "triple");
}

TEST_CASE("timefn lets an exception through and reports nothing") {
  std::ostringstream out;
  auto fails = [](int) -> int { throw std::runtime_error("boom"); };
  auto timed = timing::timefn("fails", fails, timing::step_clock(1ms), out);
  CHECK_THROWS_WITH_AS(timed(1), "boom", std::runtime_error);
  CHECK(out.str().empty());
}

TEST_CASE("timefn reads the clock exactly twice per call") {
  std::ostringstream out;
  auto timed = timing::timefn("triple", triple, timing::scripted_clock({1s, 1250ms, 3s, 3500ms}), out);
  CHECK(timed(2) == 6);
  CHECK(timed.clock().remaining() == 2);
  CHECK(timed(5) == 15);
  CHECK(timed.clock().remaining() == 0);
  CHECK(out.str() ==
        "@timefn: triple took 0.2500 seconds\n"
        "@timefn: triple took 0.5000 seconds\n");
}

TEST_CASE("timefn passes a clock's exception to the caller instead of terminating") {
  // The script has one reading: the one after fn returns is one too many. Were that reading taken
  // in a destructor (implicitly noexcept), the out_of_range would call std::terminate and this
  // test binary would die rather than fail.
  std::ostringstream out;
  int calls = 0;
  auto count = [&calls] { return ++calls; };
  auto timed = timing::timefn("count", count, timing::scripted_clock({1s}), out);
  CHECK_THROWS_AS(timed(), std::out_of_range);
  CHECK(calls == 1);          // fn ran; the second reading failed after it returned
  CHECK(out.str().empty());   // no report without a stop time

  auto store = [&calls](int value) { calls = value; };  // the void branch reads the clock too
  auto timed_void = timing::timefn("store", store, timing::scripted_clock({1s}), out);
  CHECK_THROWS_AS(timed_void(7), std::out_of_range);
  CHECK(calls == 7);
  CHECK(out.str().empty());
}

TEST_CASE("a const timefn wrapper on the steady clock can be called") {
  std::ostringstream out;
  const auto timed = timing::timefn("triple", triple, out);
  CHECK(timed(4) == 12);
  CHECK(out.str().rfind("@timefn: triple took ", 0) == 0);  // the time itself is not checked
  CHECK(out.str().back() == '\n');
}

TEST_CASE("WB_TIMEFN names the report after the function") {
  const auto timed = WB_TIMEFN(triple);
  CHECK(timed.name() == "triple");
}

TEST_CASE("ScopedTimer reports once, when its scope ends") {
  std::ostringstream out;
  {
    timing::ScopedTimer timer("build lists", out, timing::step_clock(500ms));
    CHECK(out.str().empty());
  }
  CHECK(out.str() == "build lists took 0.5000 seconds\n");
}

TEST_CASE("ScopedTimer calls its callback once with the name and the seconds") {
  int calls = 0;
  std::string name;
  double seconds = -1.0;
  {
    timing::ScopedTimer timer(
        "phase",
        [&](std::string_view n, double s) {
          ++calls;
          name = n;
          seconds = s;
        },
        timing::scripted_clock({1s, 1500ms, 4s}));
    CHECK(timer.elapsed() == doctest::Approx(0.5));  // reads the clock, does not report
    CHECK(calls == 0);
  }
  CHECK(calls == 1);
  CHECK(name == "phase");
  CHECK(seconds == doctest::Approx(3.0));
}

TEST_CASE("ScopedTimer::stop reports early and the destructor adds nothing") {
  int calls = 0;
  {
    timing::ScopedTimer timer("phase", [&](std::string_view, double) { ++calls; }, timing::step_clock(1s));
    CHECK(timer.stop() == doctest::Approx(1.0));
    CHECK(timer.stop() == doctest::Approx(1.0));
    CHECK(calls == 1);
  }
  CHECK(calls == 1);
}

TEST_CASE("ScopedTimer reports when its scope is left by an exception") {
  std::ostringstream out;
  try {
    timing::ScopedTimer timer("doomed", out, timing::step_clock(250ms));
    throw std::runtime_error("boom");
  } catch (const std::runtime_error&) {
  }
  CHECK(out.str() == "doomed took 0.2500 seconds\n");
}

TEST_CASE("summarize gives the min and the median, keeping the samples in order") {
  SUBCASE("odd count") {
    const auto r = timing::summarize({0.3, 0.1, 0.2});
    CHECK(r.samples == std::vector<double>{0.3, 0.1, 0.2});
    CHECK(r.min == 0.1);
    CHECK(r.median == 0.2);
  }
  SUBCASE("even count: the mean of the two middle values") {
    const auto r = timing::summarize({4.0, 1.0, 3.0, 2.0});
    CHECK(r.min == 1.0);
    CHECK(r.median == 2.5);
  }
  SUBCASE("one sample") {
    const auto r = timing::summarize({7.0});
    CHECK(r.min == 7.0);
    CHECK(r.median == 7.0);
  }
  SUBCASE("no sample is an error") { CHECK_THROWS_AS(timing::summarize({}), std::invalid_argument); }
}

TEST_CASE("repeat times `number` calls per sample and reads the clock twice per sample") {
  int calls = 0;
  // Three samples of two calls each: 0.4 s, 0.2 s and 0.6 s in total, so 0.2, 0.1, 0.3 per call.
  timing::scripted_clock clock({0ms, 400ms, 1000ms, 1200ms, 2000ms, 2600ms});
  const auto r = timing::repeat([&] { ++calls; }, 2, 3, clock);
  CHECK(calls == 6);
  CHECK(clock.remaining() == 0);
  REQUIRE(r.samples.size() == 3);
  CHECK(r.samples[0] == doctest::Approx(0.2));
  CHECK(r.samples[1] == doctest::Approx(0.1));
  CHECK(r.samples[2] == doctest::Approx(0.3));
  CHECK(r.min == doctest::Approx(0.1));
  CHECK(r.median == doctest::Approx(0.2));
}

TEST_CASE("repeat accepts a callable that returns a value, on the steady clock") {
  int calls = 0;
  const auto r = timing::repeat([&] { return ++calls; }, 3, 2);
  CHECK(calls == 6);
  CHECK(r.samples.size() == 2);
  CHECK(r.min >= 0.0);
  CHECK(r.min <= r.median);
}

TEST_CASE("repeat refuses a number or a repeat count below one") {
  CHECK_THROWS_AS(timing::repeat([] {}, 0, 3, timing::step_clock(1ms)), std::invalid_argument);
  CHECK_THROWS_AS(timing::repeat([] {}, 3, 0, timing::step_clock(1ms)), std::invalid_argument);
}
