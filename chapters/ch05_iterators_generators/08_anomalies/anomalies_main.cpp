// ch05.8 anomalies: the chapter program (`./workbook run anomalies [--years N | --days N] [--seed S]
// [--csv FILE] [--window day|sliding] [--limit K] [--progress]`). Runs your anomalies() over the
// book's fake stream or a CSV file and prints the first K anomalies (5, as the book) as
// "Anomaly from <start> - <end>" in UTC ISO 8601. Without --years or --days it reads the endless
// fake stream lazily and stops at the K-th anomaly, as the book's Example 5-5; with them it reads
// everything and also prints how many readings, anomalies and injected values there were, the
// readings per second and the peak resident memory.
//
// Exit codes: 0 success, 1 a failure while running, 2 bad input (a bad CSV line names its number).
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "anomalies.hpp"
#include "wb/cli.hpp"

namespace {

namespace an = ch05::anomalies;
using wb::cli::BadInput;
using wb::cli::with_commas;

constexpr double kMaxYears = 1000;

// What passed through the tap: readings, injected values, and a progress bar when the total is known.
struct Tally {
  std::int64_t readings = 0;
  std::int64_t injected = 0;
  std::set<std::int64_t> injected_days;  // a few hundred a year at most
  std::int64_t total = 0;  // 0: unknown (no bar)
  bool progress = false;
};

wb::generator<an::Datum> tap(wb::generator<an::Datum> data, Tally& tally) {
  constexpr std::int64_t kEvery = std::int64_t{1} << 22;
  for (const an::Datum& d : data) {
    ++tally.readings;
    if (d.value == an::kInjected) {
      ++tally.injected;
      tally.injected_days.insert(an::day_of(d.timestamp));
    }
    if (tally.progress && tally.readings % kEvery == 0) {
      if (tally.total > 0) {
        const double done = static_cast<double>(tally.readings) / static_cast<double>(tally.total);
        const int bar = static_cast<int>(done * 40);
        std::fprintf(stderr, "\r[%-40.*s] %5.1f%%  %s readings", bar, "########################################",
                     100 * done, with_commas(static_cast<std::uint64_t>(tally.readings)).c_str());
      } else {
        std::fprintf(stderr, "\r%s readings", with_commas(static_cast<std::uint64_t>(tally.readings)).c_str());
      }
    }
    co_yield d;
  }
}

std::string peak_rss() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return wb::cli::describe_bytes(static_cast<double>(usage.ru_maxrss) * 1024.0);
}

int run(int argc, char** argv) {
  double years = 0;
  std::int64_t days = 0;
  std::uint64_t seed = 0;
  std::string csv;
  std::string window = "day";
  std::size_t size = 86'400, step = 3'600, limit = 5;
  bool progress = false;
  CLI::App app{"The book's anomaly detector: days (or sliding windows) whose readings fail a normality test.",
               "anomalies"};
  auto* years_opt = app.add_option("--years", years, "read this many years of fake readings (365.25 days each), all of them");
  auto* days_opt = app.add_option("--days", days, "read this many days of fake readings, all of them")
                       ->transform(wb::cli::decimal_integer(false));
  years_opt->excludes(days_opt);
  app.add_option("--seed", seed, "seed of the fake stream")->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_option("--csv", csv, "read timestamp,value lines from this file instead of the fake stream")
      ->excludes(years_opt)->excludes(days_opt);
  app.add_option("--window", window, "day: UTC days; sliding: --size readings every --step readings")->capture_default_str();
  app.add_option("--size", size, "sliding window: readings per window")->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_option("--step", step, "sliding window: readings between windows")->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_option("--limit", limit, "how many anomalies to print")->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_flag("--progress", progress, "a progress bar on stderr");
  app.footer("Exit codes: 0 ok, 1 run-time failure, 2 bad input (a bad CSV line is named by its number).");
  if (const auto code = wb::cli::parse(app, argc, argv)) return *code;

  if (years_opt->count() && !(years > 0 && years <= kMaxYears)) {
    throw BadInput(fmt::format("--years {} is out of range: use more than 0 and at most {}", years, kMaxYears));
  }
  if (days_opt->count() && (days <= 0 || days > static_cast<std::int64_t>(kMaxYears * 366))) {
    throw BadInput(fmt::format("--days {} is out of range: use 1 to {}", days, static_cast<std::int64_t>(kMaxYears * 366)));
  }
  an::Options options;
  if (window == "sliding") {
    options.window = an::Window::sliding;
  } else if (window != "day") {
    throw BadInput(fmt::format("--window {} is not one of: day, sliding", window));
  }
  if (size < 20) throw BadInput(fmt::format("--size {} is too small: a normality test needs at least 20 readings", size));
  if (size > 100'000'000) throw BadInput(fmt::format("--size {} is out of range: use 20 to 100,000,000", size));
  if (step == 0) throw BadInput("--step 0 is out of range: use at least 1");
  options.size = size;
  options.step = step;

  std::ifstream file;
  if (!csv.empty()) {
    file.open(csv);
    if (!file) throw BadInput(fmt::format("--csv {}: cannot open it for reading", csv));
  }
  Tally tally;
  tally.progress = progress;
  std::int64_t count = an::kEndless;
  if (years_opt->count()) count = std::llround(years * 365.25 * static_cast<double>(an::kSecondsPerDay));
  if (days_opt->count()) count = days * an::kSecondsPerDay;
  const bool read_all = count != an::kEndless || !csv.empty();
  if (count != an::kEndless) tally.total = count;

  const auto start = std::chrono::steady_clock::now();
  std::size_t found = 0, false_alarms = 0;
  try {
    wb::generator<an::Datum> source = csv.empty() ? an::fake_data(seed, count) : an::csv_data(file);
    for (const an::Anomaly& a : an::exercise::anomalies(tap(std::move(source), tally), options)) {
      if (found < limit) fmt::print("Anomaly from {} - {}\n", an::iso8601(a.start), an::iso8601(a.end));
      ++found;
      // Anomalies come out once their day is read, so its injected values have been seen.
      if (csv.empty() && options.window == an::Window::day && !tally.injected_days.count(an::day_of(a.start))) ++false_alarms;
      if (!read_all && found == limit) break;
    }
  } catch (const an::BadLine& e) {
    if (progress) std::fputs("\n", stderr);
    throw BadInput(fmt::format("--csv {}: {}", csv, e.what()));
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  if (progress) std::fputs("\n", stderr);
  const double per_second = static_cast<double>(tally.readings) / std::max(took.count(), 1e-9);
  fmt::print("{} readings{} in {:.1f} s ({} readings/s); {} anomalies{}{}; peak RSS {}\n",
             with_commas(static_cast<std::uint64_t>(tally.readings)), read_all ? "" : " (stopped at the last anomaly)",
             took.count(), with_commas(static_cast<std::uint64_t>(per_second)), with_commas(found),
             found > limit ? fmt::format(" (the first {} printed)", limit) : "",
             csv.empty() ? fmt::format(", {} injected values", with_commas(static_cast<std::uint64_t>(tally.injected))) : "",
             peak_rss());
  if (csv.empty() && options.window == an::Window::day) {
    fmt::print("days with an injected value: {}; flagged: {} of them; flagged without one (false alarms, about 1 in "
               "1,000 normal days at p < {}): {}\n", with_commas(tally.injected_days.size()), with_commas(found - false_alarms),
               options.threshold, false_alarms);
  }
  return wb::cli::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  return wb::cli::guarded_main("anomalies", "try fewer --years", [&] { return run(argc, argv); });
}
