// ch02 julia: the chapter's program (`./workbook run julia`), our C++ take on the book's Julia-set
// script (High Performance Python, chapter 2, Examples 2-1 to 2-4).
//
// It computes the escape counts with one implementation (--variant), prints the book's report (sizes,
// kernel time, checksum), can save the image as PNGs (the book's figures 2-1 and 2-3) or the raw
// counts, and finally times the pure-Python twin julia.py next to the C++ baseline and the variant.
//
//   julia                                   the book's run: 1000 x 1000 pixels, 300 iterations
//   julia --variant solution --threads 2    the reference solution on two threads
//   julia --width 300 --png /tmp/j.png      also writes /tmp/j.png and /tmp/j_false.png
//   julia --count                           the book's profiler counts, counted (ch02.3)
//   julia --memory --memory-plot /tmp/m.png the set-up's heap by phase and over time (ch02.4)
//
// --count and --memory are reports of their own: they replace the usual run and the Python timing.
// They use the solution when the build has it, else the learner's file; --variant exercise picks
// the learner's file explicitly.
//
// Exit codes: 0 success, 1 wrong checksum or a failure while running, 2 bad input.
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "julia_program.hpp"
#include "wb/cli.hpp"
#include "wb/julia.hpp"
#include "wb/profile.hpp"
#include "wb/trace.hpp"

namespace ch02::julia_program {
namespace {

using wb::cli::BadInput;
using wb::cli::check_writable;
using wb::cli::on_path;
using wb::cli::with_commas;
constexpr int kExitOk = wb::cli::kOk;
constexpr int kExitFailed = wb::cli::kFailed;  // a wrong result, or a failure while running
constexpr int kMaxThreads = 1024;
// Bytes per pixel of the naive port: zs and cs (two complex<double>) plus the int output.
constexpr double kNaiveBytesPerPixel = 2 * sizeof(std::complex<double>) + sizeof(int);

// Rejects values no implementation can run with (throws BadInput).
void validate(const Options& opt) {
  const Spec& spec = opt.spec;
  if (spec.width <= 0) throw BadInput(fmt::format("--width must be positive, got {}", spec.width));
  if (spec.max_iterations < 0) {
    throw BadInput(fmt::format("--max-iterations must be 0 or more, got {}", spec.max_iterations));
  }
  if (opt.threads < 1 || opt.threads > kMaxThreads) {
    throw BadInput(fmt::format("--threads must be between 1 and {}, got {}", kMaxThreads, opt.threads));
  }
  if (!std::isfinite(spec.c.real()) || !std::isfinite(spec.c.imag())) {
    throw BadInput(fmt::format("c must be finite, got --c-real {} --c-imag {}", spec.c.real(),
                               spec.c.imag()));
  }
}

// Refuses a width whose naive port (zs, cs and output for every pixel) exceeds physical memory.
void check_memory(int width) {
  const long pages = sysconf(_SC_PHYS_PAGES);
  const long page_size = sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || page_size <= 0) return;  // unknown: let the allocation decide
  const double available = static_cast<double>(pages) * static_cast<double>(page_size);
  // The accumulated axes can hold one point more than width, hence width + 1.
  const double side = static_cast<double>(width) + 1.0;
  const double needed = side * side * kNaiveBytesPerPixel;
  if (needed > available) {
    throw BadInput(fmt::format(
        "--width {} is too large: the naive port's zs, cs and output lists need about {}, but this "
        "machine has {} of physical memory",
        width, wb::cli::describe_bytes(needed), wb::cli::describe_bytes(available)));
  }
}

// Chooses the implementation for --count and --memory: the solution when the build has it, the
// learner's file otherwise; an explicit --variant exercise (or solution) overrides that.
ModeImplementation mode_implementation(const Options& opt, bool variant_given) {
#ifdef WB_HAVE_SOLUTION
  constexpr bool have_solution = true;
#else
  constexpr bool have_solution = false;
#endif
  if (!variant_given) {
    return have_solution ? ModeImplementation{true, "solution"} : ModeImplementation{false, "exercise"};
  }
  if (opt.variant == "exercise") return {false, "exercise"};
  if (opt.variant == "solution") {
    if (!have_solution) {
      throw BadInput(
          "--variant solution: this build has no solutions (configure with -DWB_SOLUTIONS=ON); "
          "--count and --memory can run: exercise");
    }
    return {true, "solution"};
  }
  throw BadInput(fmt::format(
      "--variant {}: --count and --memory run either exercise (your file) or solution, not {}",
      opt.variant, opt.variant));
}

// Parses, validates and runs; returns the exit code. Bad input surfaces as BadInput.
int run(int argc, char** argv) {
  const std::vector<Variant> variants = available_variants();
  Options opt;
  std::string variant_help = "implementation to run:";
  for (const Variant& v : variants) variant_help += fmt::format("\n  {:<13} {}", v.name, v.summary);

  CLI::App app{
      "Computes the Julia set of High Performance Python, chapter 2, and times it against the "
      "pure-Python original.",
      "julia"};
  app.add_option("--width", opt.spec.width, "pixels per side (the book's desired_width)")
      ->transform(wb::cli::decimal_integer())
      ->capture_default_str();
  app.add_option("--max-iterations", opt.spec.max_iterations, "updates per pixel at most")
      ->transform(wb::cli::decimal_integer())
      ->capture_default_str();
  double c_real = opt.spec.c.real();
  double c_imag = opt.spec.c.imag();
  app.add_option("--c-real", c_real, "real part of the constant c")->capture_default_str();
  app.add_option("--c-imag", c_imag, "imaginary part of the constant c")->capture_default_str();
  CLI::Option* variant_option =
      app.add_option("--variant", opt.variant, variant_help)->capture_default_str();
  app.add_option("--threads", opt.threads, "threads the variant may use")
      ->transform(wb::cli::decimal_integer())
      ->capture_default_str();
  CLI::Option* png_option = app.add_option("--png", opt.png_path,
                 "write the image to FILE (linear greyscale) and to <stem>_false.png (banded)")
      ->type_name("FILE");
  CLI::Option* counts_option = app.add_option("--counts", opt.counts_path,
                 "write the per-pixel counts to FILE, one image row per line")
      ->type_name("FILE");
  CLI::Option* trace_option = app.add_option("--trace", opt.trace_path,
                 "save the run's timeline as Chrome trace JSON (open in https://ui.perfetto.dev); the "
                 "build_grid/build_lists/calculate_z phases appear when built with WB_ENABLE_PROFILE")
      ->type_name("FILE");
  app.add_flag("--no-python", opt.no_python, "skip timing the pure-Python twin (julia.py)");
  CLI::Option* count_flag = app.add_flag(
      "--count", opt.count,
      "ch02.3: count what the book's profilers report (while tests, updates, abs calls, appends, "
      "pixels at the limit) in both loop orders, instead of the usual run");
  CLI::Option* memory_flag = app.add_flag(
      "--memory", opt.memory,
      "ch02.4: print the heap phase tables (wb::alloc) of the baseline's set-up and kernel and of "
      "the solution's (or yours, with --variant exercise), instead of the usual run");
  CLI::Option* timeline_option =
      app.add_option("--memory-timeline", opt.memory_timeline_path,
                     "implies --memory: write the heap timeline to FILE.csv (seconds,bytes,variant)")
          ->type_name("FILE.csv");
  CLI::Option* plot_option =
      app.add_option("--memory-plot", opt.memory_plot_path,
                     "implies --memory: draw heap over time, one curve per variant, into FILE.png "
                     "(needs gnuplot)")
          ->type_name("FILE.png");
  for (CLI::Option* mode : {count_flag, memory_flag, timeline_option, plot_option}) {
    mode->excludes(png_option)->excludes(counts_option)->excludes(trace_option);
  }
  app.footer(
      "Exit codes: 0 ok, 1 checksum mismatch or run-time failure, 2 bad input.\n"
      "The book's checksum, sum(output) = 33219980, applies to the defaults only.");
  if (const auto code = wb::cli::parse(app, argc, argv)) return *code;
  opt.spec.c = {c_real, c_imag};

  validate(opt);
  if (!opt.memory_timeline_path.empty() || !opt.memory_plot_path.empty()) opt.memory = true;
  if (opt.count || opt.memory) {
    const ModeImplementation impl = mode_implementation(opt, variant_option->count() > 0);
    check_memory(opt.spec.width);
    if (!opt.memory_timeline_path.empty()) check_writable("--memory-timeline", opt.memory_timeline_path);
    if (!opt.memory_plot_path.empty()) {
      check_writable("--memory-plot", opt.memory_plot_path);
      if (!on_path("gnuplot")) {
        throw BadInput(fmt::format(
            "--memory-plot {}: gnuplot is not on the PATH (apt-get install gnuplot-nox); "
            "--memory-timeline FILE.csv writes the data without it",
            opt.memory_plot_path));
      }
    }
    if (opt.threads > 1) fmt::print("note: --count and --memory run one thread; --threads is ignored.\n");
    int exit_code = kExitOk;
    if (opt.count) exit_code = std::max(exit_code, run_count_report(opt, impl));
    if (opt.count && opt.memory) fmt::print("\n");
    if (opt.memory) exit_code = std::max(exit_code, run_memory_report(opt, impl));
    return exit_code;
  }
  const Variant& variant = find_variant(variants, opt.variant);
  check_memory(opt.spec.width);
  const std::string false_png = opt.png_path.empty() ? "" : false_grey_path(opt.png_path);
  if (!opt.png_path.empty()) {
    check_writable("--png", opt.png_path);
    check_writable("--png (false greyscale)", false_png);
  }
  if (!opt.counts_path.empty()) check_writable("--counts", opt.counts_path);
  if (!opt.trace_path.empty()) {
    check_writable("--trace", opt.trace_path);
    wb::trace::global().name_thread("main");
    if (!wb::profile::enabled) {
      fmt::print(stderr, "note: the julia_set phases are compiled out; for them, use "
                         "./workbook profile julia --tool trace (a build with WB_ENABLE_PROFILE)\n");
    }
  }
  if (opt.threads > 1 && !variant.uses_threads) {
    fmt::print("note: {} is single-threaded; --threads {} is ignored.\n", variant.name, opt.threads);
  }

  // The book's report: sizes, the kernel's time, the checksum.
  const wb::julia::Grid grid = wb::julia::book_grid(opt.spec);
  fmt::print("Length of x: {}\n", with_commas(grid.xs.size()));
  fmt::print("Total elements: {}\n", with_commas(grid.xs.size() * grid.ys.size()));
  std::fflush(stdout);
  const auto [counts, seconds] = [&] {
    const wb::trace::Scope traced(wb::trace::global(), "julia_set");  // always on the timeline
    return run_timed(variant, opt.spec, opt.threads);
  }();
  fmt::print("{} julia_set took {} seconds\n", variant.name, format_seconds(seconds));
  if (counts.size() != grid.xs.size() * grid.ys.size()) {
    fmt::print(stderr, "error: {} returned {} counts for a {} x {} grid\n", variant.name,
               counts.size(), grid.xs.size(), grid.ys.size());
    return kExitFailed;
  }

  int exit_code = kExitOk;
  const std::int64_t sum = wb::julia::checksum(counts);
  if (!is_book_spec(opt.spec)) {
    fmt::print("sum(output) = {} (the book's {} only applies to the default run)\n", sum,
               wb::julia::book_checksum);
  } else if (sum == wb::julia::book_checksum) {
    fmt::print("sum(output) = {}: matches the book's checksum\n", sum);
  } else {
    fmt::print("sum(output) = {}: MISMATCH, the book's checksum is {} ({} wrong)\n", sum,
               wb::julia::book_checksum, variant.name);
    exit_code = kExitFailed;
  }

  // The requested files.
  if (!opt.counts_path.empty()) {
    write_counts(opt.counts_path, counts, grid.xs.size());
    fmt::print("Wrote the counts to {}\n", opt.counts_path);
  }
  if (!opt.png_path.empty()) {
    const int image_width = static_cast<int>(grid.xs.size());
    const int image_height = static_cast<int>(grid.ys.size());
    write_images(opt.png_path, false_png, counts, image_width, image_height, opt.spec.max_iterations);
    fmt::print("Wrote {} (pure greyscale: black = quick, white = most iterations)\n", opt.png_path);
    fmt::print("Wrote {} (false greyscale: four-grey bands per count, the set in white)\n",
               false_png);
  }

  if (!opt.trace_path.empty()) {
    wb::trace::global().save(opt.trace_path);
    fmt::print("Wrote the timeline to {} (open it in https://ui.perfetto.dev)\n", opt.trace_path);
  }
  if (!opt.no_python) print_comparison(opt, variant, variants, seconds);
  return exit_code;
}

}  // namespace
}  // namespace ch02::julia_program

// Runs the program, turning exceptions into a message on stderr and an exit code.
int main(int argc, char** argv) {
  return wb::cli::guarded_main("julia", "try a smaller --width",
                               [&] { return ch02::julia_program::run(argc, argv); });
}
