// ch02.2 timing: the functions every implementation defines (read, don't edit).
//
// No include guard: timing.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp); the types it uses are in timing.hpp.

// Returns "@timefn: <name> took <seconds> seconds", seconds with 4 decimals as the book's
// {:.4f} (0.12345678 -> "0.1235"), without a newline.
std::string format_report(std::string_view name, double seconds);

// Measures from its construction to the end of its scope and calls report(name, seconds)
// exactly once, when destroyed (also when the scope is left by an exception).
class ScopedTimer {
 public:
  // Starts timing: reads the clock once.
  ScopedTimer(std::string name, Clock clock, Report report);
  ScopedTimer(const ScopedTimer&) = delete;
  ScopedTimer& operator=(const ScopedTimer&) = delete;
  // Reads the clock once more and reports. Must not throw.
  ~ScopedTimer();
  // Returns the seconds since construction so far (reads the clock); does not report.
  double elapsed() const;

 private:
  std::string name_;
  Clock clock_;
  Report report_;
  [[maybe_unused]] std::chrono::nanoseconds start_{};  // the stub never reads it
};

// Returns samples with their min and median (the mean of the two middle values when the
// count is even, as Python's statistics.median); keeps the samples in their order.
// Throws std::invalid_argument if samples is empty.
Summary summarize(std::vector<double> samples);

// Times fn like `python -m timeit -n number -r repeats`: `repeats` samples, each the time of
// `number` back-to-back calls divided by `number`, reading the clock twice per sample.
// Throws std::invalid_argument unless number >= 1 and repeats >= 1.
Summary repeat(const std::function<void()>& fn, int number, int repeats, const Clock& clock);

// The tests' way in to your timefn template: each wraps one small function with timefn,
// reading `clock` and reporting to `out`, and returns the wrapper.
// element(v, i) returns v[i] by reference.
std::function<int&(std::vector<int>&, std::size_t)> make_timed_element(Clock clock, std::ostream& out);
// take(p) adds 1 to *p and returns p itself (move-only in, move-only out).
std::function<std::unique_ptr<int>(std::unique_ptr<int>)> make_timed_take(Clock clock, std::ostream& out);
// release(s) returns std::move(s): an rvalue reference to the caller's own string.
std::function<std::string&&(std::string&)> make_timed_release(Clock clock, std::ostream& out);
// store(target, value) sets target = value and returns nothing.
std::function<void(int&, int)> make_timed_store(Clock clock, std::ostream& out);
// fail(x) throws std::runtime_error("boom").
std::function<int(int)> make_timed_fail(Clock clock, std::ostream& out);
