// ch01.4 amdahl: correctness. The law's values are computed by hand from the book's formula
// (p = 0.9 on 2 workers: 1 / (0.1 + 0.45) = 1.8181...); the survey is checked with counting fakes
// and a fake clock (minutes counted per asker), never with timing: who interviewed whom, how often,
// on which thread, whether the askers overlapped, and when the tally ran.
// Every test case calls the code under test outside CHECK first, so that a stub's not_implemented
// ends the test case.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "amdahl.hpp"

namespace impl = ch01::amdahl::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch01::amdahl::Survey;
using ch01::amdahl::SurveyWork;

namespace {

// "invalid_argument" if f() throws it, "no exception" otherwise (other exceptions propagate).
template <class F>
std::string outcome(F f) {
  try {
    f();
  } catch (const std::invalid_argument&) {
    return "invalid_argument";
  }
  return "no exception";
}

// Counts everything run_survey does, and keeps one fake clock (in minutes) per asker.
class CountingWork : public SurveyWork {
 public:
  CountingWork(unsigned participants, unsigned askers)
      : per_participant_(participants), per_asker_(askers), caller_(std::this_thread::get_id()) {}

  void interview(unsigned participant, unsigned asker) override {
    ++in_flight_;
    {
      std::lock_guard lock(mutex_);
      if (participant < per_participant_.size()) ++per_participant_[participant];
      else out_of_range_ = true;
      if (asker < per_asker_.size()) ++per_asker_[asker];
      else out_of_range_ = true;
      if (std::this_thread::get_id() == caller_) on_caller_ = true;
      if (tallied_) interview_after_tally_ = true;
    }
    ++interviews_;
    --in_flight_;
  }

  void alone(double minutes) override {
    std::lock_guard lock(mutex_);
    tallies_.push_back(minutes);
    if (in_flight_ != 0 || interviews_ != total_participants()) tally_too_early_ = true;
    if (std::this_thread::get_id() != caller_) tally_off_caller_ = true;
    tallied_ = true;
  }

  unsigned total_participants() const { return static_cast<unsigned>(per_participant_.size()); }
  std::vector<unsigned> per_participant_, per_asker_;
  std::vector<double> tallies_;
  bool out_of_range_ = false, on_caller_ = false, interview_after_tally_ = false;
  bool tally_too_early_ = false, tally_off_caller_ = false, tallied_ = false;

 private:
  std::thread::id caller_;
  std::mutex mutex_;
  std::atomic<unsigned> in_flight_{0}, interviews_{0};
};

// Each asker's first interview waits (up to 10 s) until every asker has started one: passes
// through only if the askers run at the same time.
class RendezvousWork : public SurveyWork {
 public:
  explicit RendezvousWork(unsigned askers) : started_(askers, false), askers_(askers) {}
  void interview(unsigned, unsigned asker) override {
    std::unique_lock lock(mutex_);
    if (asker >= started_.size() || started_[asker]) return;
    started_[asker] = true;
    ++arrived_;
    cv_.notify_all();
    if (!cv_.wait_for(lock, std::chrono::seconds(10), [this] { return arrived_ == askers_; })) all_met_ = false;
  }
  void alone(double) override {}
  bool all_met_ = true;

 private:
  std::vector<bool> started_;
  unsigned askers_, arrived_ = 0;
  std::mutex mutex_;
  std::condition_variable cv_;
};

}  // namespace

TEST_CASE("step 1: no parallel part, no speed-up; all parallel, one per worker") {
  const double none = impl::amdahl_speedup(0.0, 8);
  CHECK(none == doctest::Approx(1.0));
  for (unsigned w : {1u, 2u, 3u, 100u}) {
    CAPTURE(w);
    CHECK(impl::amdahl_speedup(1.0, w) == doctest::Approx(w));
    CHECK(impl::amdahl_speedup(0.0, w) == doctest::Approx(1.0));
    CHECK(impl::amdahl_speedup(0.37, 1) == doctest::Approx(1.0));
  }
}

TEST_CASE("step 1: the law's values: p = 0.9 on 2 workers is 1 / (0.1 + 0.45) = 1.8181...") {
  const double two = impl::amdahl_speedup(0.9, 2);
  CHECK(two == doctest::Approx(1.0 / 0.55).epsilon(1e-12));
  CHECK(impl::amdahl_speedup(0.5, 2) == doctest::Approx(4.0 / 3).epsilon(1e-12));
  CHECK(impl::amdahl_speedup(0.99, 100) == doctest::Approx(1.0 / 0.0199).epsilon(1e-12));  // 50.25
  CHECK(impl::amdahl_speedup(0.9, 4) == doctest::Approx(1.0 / 0.325).epsilon(1e-12));     // 3.08
  // The ceiling 1 / (1 - p): a million workers get close to it, never past it.
  const double many = impl::amdahl_speedup(0.9, 1'000'000);
  CHECK(many < 10.0);
  CHECK(many > 9.999);
  // More workers never hurt.
  for (unsigned w = 1; w < 64; ++w) REQUIRE(impl::amdahl_speedup(0.75, w + 1) > impl::amdahl_speedup(0.75, w));
}

TEST_CASE("step 1: a fraction outside [0, 1] (or NaN), or no worker: invalid_argument") {
  const std::string negative = outcome([] { (void)impl::amdahl_speedup(-0.1, 2); });
  CHECK(negative == "invalid_argument");
  CHECK(outcome([] { (void)impl::amdahl_speedup(1.0001, 2); }) == "invalid_argument");
  CHECK(outcome([] { (void)impl::amdahl_speedup(std::numeric_limits<double>::quiet_NaN(), 2); }) == "invalid_argument");
  CHECK(outcome([] { (void)impl::amdahl_speedup(0.5, 0); }) == "invalid_argument");
  CHECK(outcome([] { (void)impl::amdahl_speedup(0.0, 1); }) == "no exception");
  CHECK(outcome([] { (void)impl::amdahl_speedup(1.0, 1); }) == "no exception");
}

TEST_CASE("step 2: the tally makes interviewing the fraction p of the one-asker time") {
  const double tally = impl::serial_minutes({100, 0.9});
  CHECK(tally == doctest::Approx(100.0 / 9).epsilon(1e-12));  // 100 of 111.1 minutes interviewing
  CHECK(impl::serial_minutes({100, 0.5}) == doctest::Approx(100.0));
  CHECK(impl::serial_minutes({100, 0.99}) == doctest::Approx(100.0 / 99).epsilon(1e-12));
  CHECK(impl::serial_minutes({100, 1.0}) == doctest::Approx(0.0));
  CHECK(impl::serial_minutes({7, 0.25}) == doctest::Approx(21.0));
  CHECK(outcome([] { (void)impl::serial_minutes({100, 0.0}); }) == "invalid_argument");  // nothing to split
  CHECK(outcome([] { (void)impl::serial_minutes({100, 1.5}); }) == "invalid_argument");
  CHECK(outcome([] { (void)impl::serial_minutes({100, std::nan("")}); }) == "invalid_argument");
  CHECK(outcome([] { (void)impl::serial_minutes({0, 0.9}); }) == "invalid_argument");
}

TEST_CASE("step 2: every participant is interviewed exactly once, the askers share evenly") {
  for (const unsigned askers : {1u, 2u, 3u, 7u, 100u}) {
    CountingWork work(100, askers);
    impl::run_survey({100, 0.9}, askers, work);
    CAPTURE(askers);
    CHECK_FALSE(work.out_of_range_);
    for (unsigned p = 0; p < 100; ++p) REQUIRE(work.per_participant_[p] == 1);
    const auto [least, most] = std::minmax_element(work.per_asker_.begin(), work.per_asker_.end());
    CHECK(*least == 100 / askers);
    CHECK(*most == (100 + askers - 1) / askers);
  }
}

TEST_CASE("step 2: the tally runs once, alone, on the calling thread, after every interview") {
  for (const unsigned askers : {1u, 2u, 5u}) {
    CountingWork work(100, askers);
    impl::run_survey({100, 0.9}, askers, work);
    CAPTURE(askers);
    REQUIRE(work.tallies_.size() == 1);
    CHECK(work.tallies_[0] == doctest::Approx(100.0 / 9).epsilon(1e-12));
    CHECK_FALSE(work.tally_too_early_);
    CHECK_FALSE(work.interview_after_tally_);
    CHECK_FALSE(work.tally_off_caller_);
  }
}

TEST_CASE("step 2: the askers are threads of their own, all running at the same time") {
  for (const unsigned askers : {1u, 2u, 4u}) {
    CountingWork counted(100, askers);
    impl::run_survey({100, 0.5}, askers, counted);
    CAPTURE(askers);
    CHECK_FALSE(counted.on_caller_);  // interviews never run on the calling thread
    RendezvousWork met(askers);
    impl::run_survey({100, 0.5}, askers, met);
    CHECK(met.all_met_);
  }
}

TEST_CASE("step 2: with a fake clock the survey's minutes give Amdahl's speed-up when askers divide 100") {
  for (const unsigned askers : {1u, 2u, 3u, 4u, 5u, 10u, 100u}) {
    for (const double p : {0.5, 0.9, 0.99}) {
      CountingWork work(100, askers);
      impl::run_survey({100, p}, askers, work);
      REQUIRE(work.tallies_.size() == 1);
      // The survey ends when the busiest asker is done, then the tally: minutes on a wall clock.
      const unsigned busiest = *std::max_element(work.per_asker_.begin(), work.per_asker_.end());
      const double minutes = busiest + work.tallies_[0];
      const double one_asker = 100 + 100 * (1 - p) / p;
      const double whole_interviews = std::ceil(100.0 / askers);  // 3 askers: 34, 33, 33 minutes
      CAPTURE(askers);
      CAPTURE(p);
      CHECK(minutes == doctest::Approx(whole_interviews + 100 * (1 - p) / p));
      if (100 % askers == 0) CHECK(one_asker / minutes == doctest::Approx(1 / ((1 - p) + p / askers)));
    }
  }
}

TEST_CASE("step 2: no asker, or a bad survey: invalid_argument, and no work done") {
  CountingWork work(100, 1);
  const std::string none = outcome([&] { impl::run_survey({100, 0.9}, 0, work); });
  CHECK(none == "invalid_argument");
  CHECK(outcome([&] { impl::run_survey({100, 0.0}, 2, work); }) == "invalid_argument");
  CHECK(outcome([&] { impl::run_survey({100, 2.0}, 2, work); }) == "invalid_argument");
  CHECK(work.tallies_.empty());
  CHECK(std::count(work.per_participant_.begin(), work.per_participant_.end(), 0u) == 100);
}
