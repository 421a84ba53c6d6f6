// ch02.2 timing (stub): the book's simple timers, in C++: its @timefn decorator (Example 2-5), a
// scoped timer, and timeit's repeat-and-keep-the-best.
//
// Steps: after each, run `ctest --preset dev -L ch02.2` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail with not_implemented.
//   1. format_report: the book's report line;
//   2. timefn: a wrapper that forwards its arguments and returns exactly what fn returns;
//   3. ScopedTimer: read the clock when built, report once when destroyed;
//   4. summarize: the min and the median of some samples;
//   5. repeat: timeit's loop, `repeats` samples of `number` calls each (it uses your summarize).
// Done = the tests pass. There is no speed target; the benchmark shows what a timed call costs.
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

namespace ch02::timing::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// TODO(ch02.2) 1: return "@timefn: <name> took <seconds> seconds", the seconds written like
// Python's f"{seconds:.4f}" (fmt::format's "{:.4f}" rounds the same way).
std::string format_report(std::string_view /*name*/, double /*seconds*/) {
  throw wb::not_implemented{"ch02.2"};
}

// TODO(ch02.2) 2: return a callable that, whatever arguments it is given:
//   - reads clock() (t1), calls fn with the arguments forwarded exactly as given, and only then
//     reads clock() again (t2), so the time includes fn's own: two readings per call, no more;
//   - writes format_report(name, seconds from t1 to t2) and a '\n' to out;
//   - returns exactly what fn returned: a reference stays the same reference, a move-only result
//     is moved out, void stays void.
//   If fn throws, let the exception through and write nothing (as the book's decorator).
// The return type of the lambda below is already right; its captures and body are yours.
template <class Fn>
auto timefn(std::string /*name*/, Fn /*fn*/, Clock /*clock*/, std::ostream& /*out*/) {
  return [](auto&&... args) -> std::invoke_result_t<Fn&, decltype(args)...> {
    ((void)args, ...);
    throw wb::not_implemented{"ch02.2"};
  };
}

// TODO(ch02.2) 3: the constructor keeps name, clock and report and reads the clock into start_
// (timing.hpp declares the members); elapsed() returns the seconds since start_; the destructor
// calls report_(name_, seconds) once. A destructor must not throw: catch what report_ throws.
ScopedTimer::ScopedTimer(std::string /*name*/, Clock /*clock*/, Report /*report*/) {
  throw wb::not_implemented{"ch02.2"};
}

ScopedTimer::~ScopedTimer() {
  // TODO(ch02.2) 3: report here.
}

double ScopedTimer::elapsed() const { throw wb::not_implemented{"ch02.2"}; }

// TODO(ch02.2) 4: return the samples (in their order), their min and their median. Refuse an empty
// vector with std::invalid_argument.
Summary summarize(std::vector<double> /*samples*/) { throw wb::not_implemented{"ch02.2"}; }

// TODO(ch02.2) 5: take `repeats` samples; each reads the clock, calls fn() `number` times, reads
// the clock again and keeps (t2 - t1) / number in seconds. Return summarize(samples). Refuse
// number < 1 or repeats < 1 with std::invalid_argument.
Summary repeat(const std::function<void()>& /*fn*/, int /*number*/, int /*repeats*/, const Clock& /*clock*/) {
  throw wb::not_implemented{"ch02.2"};
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
