// ch02.7 great_circle: the chapter program (`./workbook run great_circle`), the C++ twin of the course
// lesson's great_circle.py main: sums the great-circle distance of many trips and times it. Run it
// under a profiler (commands in exercises.md, section ch02.7); the `ch02_great_circle_noinline` build
// is the same program compiled with -fno-inline, so every small function shows in the profile.
//
//   great_circle                          a million trips between 300 cities, your great_circle.cpp
//   great_circle --variant baseline       the frozen lesson port
//   great_circle --cities 0 --repeat 5    every trip between fresh points, five timed runs
//
// Exit codes: 0 success, 1 a failure while running, 2 bad input.
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <new>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "great_circle.hpp"
#include "great_circle_workload.hpp"
#include "wb/cli.hpp"

namespace {

namespace gc = ch02::great_circle;

using wb::cli::BadInput;
using wb::cli::with_commas;
constexpr int kExitOk = wb::cli::kOk;
// 32 bytes a trip: 50 million trips take 1.6 GB, the most a small VM should be asked for.
constexpr std::uint64_t kMaxPairs = 50'000'000;
constexpr std::uint64_t kMaxRepeat = 10'000;

// One implementation the program can run.
struct Variant {
  std::string_view name;
  std::string_view summary;
  double (*total_distance)(std::span<const gc::Pair>);
};

// Lists the implementations this build contains (the solution only with WB_SOLUTIONS=ON).
std::vector<Variant> available_variants() {
  std::vector<Variant> variants{
      {"baseline", "the frozen port of the lesson's code", &gc::baseline::total_distance},
      {"exercise", "your great_circle.cpp", &gc::exercise::total_distance},
  };
#ifdef WB_HAVE_SOLUTION
  variants.push_back({"solution", "the reference solution (memoized)", &gc::solution::total_distance});
#endif
  return variants;
}

struct Options {
  std::uint64_t pairs = gc::workload::kPairs;
  std::uint64_t cities = gc::workload::kCities;
  std::uint64_t seed = gc::workload::kSeed;
  std::uint64_t repeat = 1;
  std::string variant = "exercise";
};

// Parses, validates and runs; returns the exit code. Bad input surfaces as BadInput.
int run(int argc, char** argv) {
  const std::vector<Variant> variants = available_variants();
  Options opt;
  std::string variant_help = "implementation to run:";
  for (const Variant& v : variants) variant_help += fmt::format("\n  {:<10} {}", v.name, v.summary);

  CLI::App app{"Sums the great-circle distance of many trips (the course lesson's profiling example) and "
               "times it.",
               "great_circle"};
  app.add_option("--pairs", opt.pairs, "trips to measure")->transform(wb::cli::decimal_integer(/*allow_negative=*/false))->capture_default_str();
  app.add_option("--cities", opt.cities, "draw the trips' ends from this many cities; 0: every point is new")
      ->transform(wb::cli::decimal_integer(/*allow_negative=*/false))
      ->capture_default_str();
  app.add_option("--seed", opt.seed, "seed of the random places")->transform(wb::cli::decimal_integer(/*allow_negative=*/false))->capture_default_str();
  app.add_option("--repeat", opt.repeat, "timed runs; the best is reported (more runs: more profile samples)")
      ->transform(wb::cli::decimal_integer(/*allow_negative=*/false))
      ->capture_default_str();
  app.add_option("--variant", opt.variant, variant_help)->capture_default_str();
  app.footer("Exit codes: 0 ok, 1 run-time failure, 2 bad input. Distances are in km (radius 6371 km).");
  if (const auto code = wb::cli::parse(app, argc, argv)) return *code;

  if (opt.pairs == 0 || opt.pairs > kMaxPairs) {
    throw BadInput(fmt::format("--pairs {} is out of range: use 1 to {}", opt.pairs, with_commas(kMaxPairs)));
  }
  if (opt.repeat == 0 || opt.repeat > kMaxRepeat) {
    throw BadInput(fmt::format("--repeat {} is out of range: use 1 to {}", opt.repeat, kMaxRepeat));
  }
  if (opt.cities > kMaxPairs) {
    throw BadInput(fmt::format("--cities {} is out of range: use 0 to {}", opt.cities, with_commas(kMaxPairs)));
  }
  const auto variant = std::find_if(variants.begin(), variants.end(),
                                    [&](const Variant& v) { return v.name == opt.variant; });
  if (variant == variants.end()) {
    std::string names;
    for (const Variant& v : variants) names += fmt::format("{}{}", names.empty() ? "" : ", ", v.name);
    throw BadInput(fmt::format("--variant {} is not one of: {}", opt.variant, names));
  }

  // Set-up, not timed: the trips.
  const auto count = static_cast<std::size_t>(opt.pairs);
  const std::vector<gc::Pair> trips = opt.cities == 0
                                          ? gc::workload::distinct_pairs(count, opt.seed)
                                          : gc::workload::repeated_pairs(count, static_cast<std::size_t>(opt.cities), opt.seed);
  const std::string origin = opt.cities == 0 ? "fresh points" : fmt::format("{} cities", with_commas(opt.cities));
  fmt::print("great_circle: {} trips between {} (seed {}), variant {}\n", with_commas(opt.pairs), origin, opt.seed,
             variant->name);

  double total = 0.0;
  double best_seconds = 0.0;
  for (std::uint64_t run_index = 0; run_index < opt.repeat; ++run_index) {
    const auto start = std::chrono::steady_clock::now();
    total = variant->total_distance(trips);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    if (run_index == 0 || took.count() < best_seconds) best_seconds = took.count();
  }
  fmt::print("total distance: {:.3f} km (mean {:.3f} km a trip)\n", total, total / static_cast<double>(opt.pairs));
  fmt::print("time: {:.4f} s a run (best of {}), {:.1f} ns a trip\n", best_seconds, opt.repeat,
             best_seconds * 1e9 / static_cast<double>(opt.pairs));
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  return wb::cli::guarded_main("great_circle", "try fewer --pairs", [&] { return run(argc, argv); });
}
