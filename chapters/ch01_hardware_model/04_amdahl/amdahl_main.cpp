// ch01.4 amdahl: the chapter program (`./workbook run amdahl [--png FILE]`). Runs the book's survey
// (100 participants, one scaled-down minute each, plus the tally one person does alone) with 1, 2,
// ... askers on real threads, for parallel fractions 0.5, 0.9 and 0.99, and prints the measured
// speed-up beside Amdahl's prediction (your amdahl_speedup). With --png, draws the predicted curves
// from 1 to 100 askers and the measured points.
//
// Exit codes: 0 success, 1 a failure while running (e.g. a function still a stub), 2 bad input.
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "amdahl.hpp"
#include "survey_work.hpp"
#include "wb/cli.hpp"
#include "wb/process.hpp"

namespace {

namespace am = ch01::amdahl;
using wb::cli::BadInput;

struct Impl {
  double (*speedup)(double, unsigned);
  void (*run)(const am::Survey&, unsigned, am::SurveyWork&);
};

constexpr double kFractions[] = {0.5, 0.9, 0.99};

// User + system CPU seconds this process has used, all threads together.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// One number of askers: the best wall time, and the cores the process got during that run (CPU
// time / wall time: 2 askers on an idle 2-core machine get close to 2 for the interviews).
struct Timing {
  double seconds = 1e300;
  double cores = 0;
};

// The best of `repeats` runs for each number of askers, the runs of different askers interleaved
// (a burst of load from another process then hits all of them alike).
std::vector<Timing> best_times(const Impl& impl, const am::Survey& survey, unsigned max_askers, int repeats,
                               am::SurveyWork& work) {
  using clock = std::chrono::steady_clock;
  std::vector<Timing> best(max_askers + 1);
  for (int r = 0; r < repeats; ++r) {
    for (unsigned askers = 1; askers <= max_askers; ++askers) {
      const double cpu_start = cpu_seconds();
      const auto start = clock::now();
      impl.run(survey, askers, work);
      const double wall = std::chrono::duration<double>(clock::now() - start).count();
      if (wall < best[askers].seconds) best[askers] = {wall, (cpu_seconds() - cpu_start) / wall};
    }
  }
  return best;
}

int run(int argc, char** argv) {
  unsigned max_askers = 4;
  std::uint64_t minute_us = 2000;
  int repeats = 7;
  std::string png;
  std::string work_name = "spin";
  std::string impl_name = "exercise";
  CLI::App app{"Amdahl's law measured: the book's survey (100 participants) with 1, 2, ... askers on real threads.",
               "amdahl"};
  app.add_option("--max-askers", max_askers, "measure 1 to this many askers (1 to 64)")
      ->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_option("--minute-us", minute_us, "one survey minute, scaled down, in microseconds (10 to 100000)")
      ->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_option("--repeats", repeats, "runs per point, the best kept (1 to 50)")
      ->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_option("--work", work_name, "spin: a minute of arithmetic (needs a core); sleep: a minute of waiting")
      ->capture_default_str();
  app.add_option("--impl", impl_name, "exercise: your amdahl.cpp; solution: the reference one")->capture_default_str();
  app.add_option("--png", png, "draw the predicted curves and the measured points into this PNG");
  app.footer("Exit codes: 0 ok, 1 run-time failure, 2 bad input.");
  if (const auto code = wb::cli::parse(app, argc, argv)) return *code;

  if (max_askers < 1 || max_askers > 64) throw BadInput(fmt::format("--max-askers {} is out of range: use 1 to 64", max_askers));
  if (minute_us < 10 || minute_us > 100'000) {
    throw BadInput(fmt::format("--minute-us {} is out of range: use 10 to 100000", minute_us));
  }
  if (repeats < 1 || repeats > 50) throw BadInput(fmt::format("--repeats {} is out of range: use 1 to 50", repeats));
  if (work_name != "spin" && work_name != "sleep") throw BadInput(fmt::format("--work {} is not one of: spin, sleep", work_name));
  Impl impl{am::exercise::amdahl_speedup, am::exercise::run_survey};
  if (impl_name == "solution") {
#ifdef WB_HAVE_SOLUTION
    impl = {am::solution::amdahl_speedup, am::solution::run_survey};
#else
    throw BadInput("--impl solution: this build has no solutions (configure with -DWB_SOLUTIONS=ON)");
#endif
  } else if (impl_name != "exercise") {
    throw BadInput(fmt::format("--impl {} is not one of: exercise, solution", impl_name));
  }
  if (!png.empty()) wb::cli::check_writable("--png", png);

  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  double load[1] = {0};
  if (getloadavg(load, 1) == 1 && load[0] > 0.5) {
    fmt::print("load average {:.1f} on {} cores: other programs compete for the cores, so the measured "
               "speed-ups fall short of what this machine can do alone; run it again when the machine is idle\n",
               load[0], cores);
  }
  std::unique_ptr<am::SurveyWork> work;
  if (work_name == "spin") {
    const double units_per_ms = am::work::spin_units_per_ms();
    const auto units = static_cast<std::uint64_t>(units_per_ms * static_cast<double>(minute_us) / 1000.0) + 1;
    work = std::make_unique<am::work::SpinWork>(units);
    fmt::print("one minute = {} xorshift steps (about {} us on one core); {} cores\n", wb::cli::with_commas(units),
               minute_us, cores);
  } else {
    work = std::make_unique<am::work::SleepWork>(std::chrono::microseconds(minute_us));
    fmt::print("one minute = {} us of sleeping (the asker waits for the answers); {} cores\n", minute_us, cores);
  }

  struct Point {
    double p;
    unsigned askers;
    double predicted, measured;
  };
  std::vector<Point> points;
  fmt::print("{:>5} {:>7} {:>12} {:>10} {:>10} {:>10} {:>11}\n", "p", "askers", "time", "predicted", "measured",
             "meas/pred", "cores used");
  for (const double p : kFractions) {
    const am::Survey survey{100, p};
    const std::vector<Timing> t = best_times(impl, survey, max_askers, repeats, *work);
    for (unsigned askers = 1; askers <= max_askers; ++askers) {
      const Point pt{p, askers, impl.speedup(p, askers), t[1].seconds / t[askers].seconds};
      points.push_back(pt);
      fmt::print("{:>5} {:>7} {:>9.1f} ms {:>10.3f} {:>10.3f} {:>10.3f} {:>11.2f}\n", p, askers, t[askers].seconds * 1e3,
                 pt.predicted, pt.measured, pt.measured / pt.predicted, t[askers].cores);
    }
  }
  for (const Point& pt : points) {
    if (pt.p == 0.9 && pt.askers == 2) {
      fmt::print("p = 0.9 on 2 askers: Amdahl predicts {:.3f}, measured {:.3f} ({:+.1f}%)\n", pt.predicted,
                 pt.measured, 100.0 * (pt.measured / pt.predicted - 1.0));
    }
  }
  fmt::print("cores used = CPU time / wall time of the run: when 2 spinning askers get about 1, other programs "
             "held the other core (Linux shares the CPUs between sessions first, then between their threads)\n");
  if (work_name == "spin" && max_askers > cores) {
    fmt::print("beyond {} askers the arithmetic has no more cores to run on: the law with min(askers, cores) "
               "workers is the ceiling here\n", cores);
  }

  if (!png.empty()) {
    const std::string csv = png + ".csv";
    {
      std::ofstream out(csv);
      out << "p,askers,measured\n";
      for (const Point& pt : points) out << pt.p << ',' << pt.askers << ',' << pt.measured << '\n';
      if (!out) throw std::runtime_error("cannot write " + csv);
    }
    wb::process::run_gnuplot(fmt::format("csv={}; png={}; cores={}; work={}", wb::process::gnuplot_quote(csv),
                                         wb::process::gnuplot_quote(png), cores, wb::process::gnuplot_quote(work_name)),
                             WB_AMDAHL_GP);
    fmt::print("figure: {} (data: {})\n", png, csv);
  }
  return wb::cli::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  return wb::cli::guarded_main("amdahl", "try fewer --max-askers", [&] { return run(argc, argv); });
}
