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
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "counting.hpp"
#include "julia.hpp"
#include "memory.hpp"
#include "wb/alloc_counter.hpp"
#include "wb/cli.hpp"
#include "wb/exercise.hpp"
#include "wb/julia.hpp"
#include "wb/png.hpp"
#include "wb/profile.hpp"
#include "wb/trace.hpp"
#ifdef WB_HAVE_SOLUTION
#include "julia_ladder.hpp"
#endif

namespace {

using wb::julia::Spec;

using wb::cli::BadInput;
using wb::cli::check_writable;
using wb::cli::on_path;
using wb::cli::with_commas;
constexpr int kExitOk = wb::cli::kOk;
constexpr int kExitFailed = wb::cli::kFailed;        // a wrong result, or a failure while running
constexpr int kMaxThreads = 1024;
// Bytes per pixel of the naive port: zs and cs (two complex<double>) plus the int output.
constexpr double kNaiveBytesPerPixel = 2 * sizeof(std::complex<double>) + sizeof(int);

// One implementation the program can run.
struct Variant {
  std::string_view name;
  std::string_view summary;
  bool uses_threads;
  std::vector<int> (*run)(const Spec& spec, int threads);
};

// Lists the implementations this build contains: the ladder only with WB_SOLUTIONS=ON.
std::vector<Variant> available_variants() {
  namespace julia = ch02::julia;
  std::vector<Variant> variants{
      {"baseline", "the frozen naive port of the book's code", false,
       [](const Spec& s, int t) { return julia::baseline::julia_set(s, t); }},
      {"exercise", "your julia.cpp", true,
       [](const Spec& s, int t) { return julia::exercise::julia_set(s, t); }},
  };
#ifdef WB_HAVE_SOLUTION
  namespace ladder = julia::solution::ladder;
  const std::vector<Variant> solutions{
      {"solution", "the reference solution", true,
       [](const Spec& s, int t) { return julia::solution::julia_set(s, t); }},
      {"swapped", "ladder step 1: test n < maxiter first", false,
       [](const Spec& s, int) { return ladder::swapped(s); }},
      {"norm", "ladder step 2: norm(z) < 4, no square root", false,
       [](const Spec& s, int) { return ladder::norm(s); }},
      {"no_cs", "ladder step 3: no cs list", false,
       [](const Spec& s, int) { return ladder::no_cs(s); }},
      {"on_the_fly", "ladder step 4: no zs list either", false,
       [](const Spec& s, int) { return ladder::on_the_fly(s); }},
      {"simd", "ladder step 5: SIMD tiles of pixels in lock-step", false,
       [](const Spec& s, int) { return ladder::simd(s); }},
      {"simd_threads", "ladder step 6: SIMD on --threads threads", true,
       [](const Spec& s, int t) { return ladder::simd_threads(s, t); }},
  };
  variants.insert(variants.end(), solutions.begin(), solutions.end());
#endif
  return variants;
}

// Finds a variant by name; throws BadInput naming the choices otherwise.
const Variant& find_variant(const std::vector<Variant>& variants, std::string_view name) {
  for (const Variant& v : variants) {
    if (v.name == name) return v;
  }
  std::vector<std::string_view> names;
  for (const Variant& v : variants) names.push_back(v.name);
  constexpr std::string_view ladder_steps[] = {"solution", "swapped", "norm",        "no_cs",
                                               "on_the_fly", "simd",  "simd_threads"};
  const bool needs_solutions =
      std::find(std::begin(ladder_steps), std::end(ladder_steps), name) != std::end(ladder_steps);
  if (needs_solutions) {
    throw BadInput(fmt::format(
        "--variant {}: this build has no solutions (configure with -DWB_SOLUTIONS=ON); choose one of: {}",
        name, fmt::join(names, ", ")));
  }
  throw BadInput(
      fmt::format("--variant {}: unknown variant; choose one of: {}", name, fmt::join(names, ", ")));
}

// What the user asked for.
struct Options {
  Spec spec;
  std::string variant = "exercise";
  int threads = 1;
  std::string png_path;
  std::string counts_path;
  bool no_python = false;
  bool count = false;                // --count: the counting exercise's report (ch02.3)
  bool memory = false;               // --memory: the memory exercise's phase tables (ch02.4)
  std::string memory_timeline_path;  // --memory-timeline FILE.csv
  std::string memory_plot_path;      // --memory-plot FILE.png
  std::string trace_path;            // --trace FILE.json
};

// Describes a byte count exactly (when it fits in 64 bits) and in binary units.
std::string describe_bytes(double bytes) {
  constexpr const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};
  double scaled = bytes;
  std::size_t unit = 0;
  while (scaled >= 1024.0 && unit + 1 < std::size(units)) {
    scaled /= 1024.0;
    ++unit;
  }
  const std::string exact = bytes < 1.8e19 ? with_commas(static_cast<std::uint64_t>(bytes))
                                           : fmt::format("{:.3g}", bytes);
  return fmt::format("{} bytes ({:.1f} {})", exact, scaled, units[unit]);
}

// Formats a duration in seconds: two decimals like the book, more for short runs.
std::string format_seconds(double seconds) {
  return seconds >= 0.1 ? fmt::format("{:.2f}", seconds) : fmt::format("{:.4f}", seconds);
}

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
        width, describe_bytes(needed), describe_bytes(available)));
  }
}

// Returns where the false-greyscale image goes: <stem>_false<ext> next to the pure one.
std::string false_grey_path(const std::string& png_path) {
  const std::filesystem::path pure(png_path);
  std::filesystem::path result = pure;
  result.replace_filename(pure.stem().string() + "_false" + pure.extension().string());
  return result.string();
}

// Writes the counts as text: one image row per line, values separated by single spaces.
void write_counts(const std::string& path, const std::vector<int>& counts, std::size_t row_length) {
  std::FILE* out = std::fopen(path.c_str(), "w");
  if (out == nullptr) {
    throw std::runtime_error(
        fmt::format("cannot write counts to '{}': {}", path, std::strerror(errno)));
  }
  for (std::size_t start = 0; start < counts.size(); start += row_length) {
    const auto first = counts.begin() + static_cast<std::ptrdiff_t>(start);
    fmt::print(out, "{}\n", fmt::join(first, first + static_cast<std::ptrdiff_t>(row_length), " "));
  }
  const bool failed = std::ferror(out) != 0;
  if (std::fclose(out) != 0 || failed) {
    throw std::runtime_error(fmt::format("cannot write counts to '{}': write failed", path));
  }
}

// Maps counts to grey linearly, the book's figure 2-3: 0 is black, the largest count is white.
std::vector<std::uint8_t> pure_greyscale(const std::vector<int>& counts) {
  const int top = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
  std::vector<std::uint8_t> grey(counts.size(), 0);
  if (top == 0) return grey;  // nothing iterated (e.g. --max-iterations 0): all black
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const std::int64_t scaled = (std::int64_t{counts[i]} * 255 + top / 2) / top;  // rounded
    grey[i] = static_cast<std::uint8_t>(scaled);
  }
  return grey;
}

// Maps counts to high-contrast bands, in the spirit of the book's figure 2-1. The counts cycle
// through four greys (black, light, dark, lighter), so every escape ring differs sharply from both
// neighbours and from the ring two steps away. The linear map spends its range on the rare high
// counts; these bands show the structure of the common low ones. The set itself (pixels that
// reached max_iterations) is white.
std::vector<std::uint8_t> false_greyscale(const std::vector<int>& counts, int max_iterations) {
  constexpr std::uint8_t cycle[] = {0, 170, 85, 220};
  std::vector<std::uint8_t> grey(counts.size(), 0);
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const int n = counts[i];
    grey[i] = n >= max_iterations ? std::uint8_t{255} : cycle[n % 4];
  }
  return grey;
}

// The outcome of timing the Python twin.
struct PythonTiming {
  std::optional<double> seconds;  // the kernel time, if the run worked
  std::string problem;            // why not, otherwise
};

// Returns the command that times the Python twin on spec: python3 julia.py <spec> --time-only.
std::vector<std::string> python_command(const std::string& script, const Spec& spec) {
  return {"python3",
          script,
          "--width",
          std::to_string(spec.width),
          "--max-iterations",
          std::to_string(spec.max_iterations),
          "--c-real",
          fmt::format("{}", spec.c.real()),  // fmt's shortest form reads back exactly in Python
          "--c-imag",
          fmt::format("{}", spec.c.imag()),
          "--time-only"};
}

// Runs the command (no shell involved: posix_spawnp) and reads the seconds it prints.
PythonTiming time_python(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);

  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return {std::nullopt, fmt::format("pipe failed: {}", std::strerror(errno))};
  // The child's stdout is the pipe; its stderr stays ours, so a Python traceback is visible.
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
  pid_t pid = 0;
  const int spawn_error = posix_spawnp(&pid, "python3", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  if (spawn_error != 0) {
    close(pipe_fds[0]);
    if (spawn_error == ENOENT) return {std::nullopt, "python3 was not found on the PATH"};
    return {std::nullopt, fmt::format("cannot start python3: {}", std::strerror(spawn_error))};
  }

  std::string output;
  char buffer[256];
  for (;;) {
    const ssize_t got = read(pipe_fds[0], buffer, sizeof buffer);
    if (got > 0) {
      output.append(buffer, static_cast<std::size_t>(got));
    } else if (got == 0 || errno != EINTR) {
      break;
    }
  }
  close(pipe_fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status)) {
    return {std::nullopt, fmt::format("{} was killed by signal {}", args[1], WTERMSIG(status))};
  }
  if (WEXITSTATUS(status) != 0) {
    return {std::nullopt, fmt::format("{} exited with code {}", args[1], WEXITSTATUS(status))};
  }

  double seconds = 0.0;
  const char* first = output.data();
  const char* last = output.data() + output.size();
  while (last != first && (last[-1] == '\n' || last[-1] == '\r' || last[-1] == ' ')) --last;
  const auto [end, error] = std::from_chars(first, last, seconds);
  if (error != std::errc{} || end != last) {
    return {std::nullopt, fmt::format("{} printed '{}', not a number of seconds", args[1],
                                      std::string(first, last))};
  }
  return {seconds, {}};
}

// Runs one variant and returns its counts and the seconds it took.
std::pair<std::vector<int>, double> run_timed(const Variant& variant, const Spec& spec, int threads) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<int> counts = variant.run(spec, threads);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  return {std::move(counts), elapsed.count()};
}

// Prints the side-by-side table: Python, the C++ baseline and the chosen variant.
void print_comparison(const Options& opt, const Variant& variant, const std::vector<Variant>& variants,
                      double variant_seconds) {
#ifdef WB_JULIA_PY
  const std::string script = WB_JULIA_PY;
#else
  const std::string script;
#endif
  fmt::print("\n");
  if (script.empty() || !std::filesystem::exists(script)) {
    fmt::print("Python comparison skipped: the twin script julia.py was not found ('{}').\n", script);
    return;
  }
  if (!on_path("python3")) {
    fmt::print("Python comparison skipped: python3 was not found on the PATH.\n");
    return;
  }
  const std::vector<std::string> command = python_command(script, opt.spec);
  fmt::print("Timing the pure-Python twin{}:\n  {}\n",
             opt.spec.width >= 500 ? " (about 5 s at the book's width)" : "",
             fmt::join(command, " "));
  std::fflush(stdout);
  const PythonTiming python = time_python(command);
  if (!python.seconds) {
    fmt::print("Python comparison skipped: {}.\n", python.problem);
    return;
  }

  struct Row {
    std::string label;
    double seconds;
  };
  std::vector<Row> rows{{"Python  julia.py", *python.seconds}};
  const Variant& baseline = find_variant(variants, "baseline");
  const double baseline_seconds =
      variant.name == "baseline" ? variant_seconds : run_timed(baseline, opt.spec, 1).second;
  rows.push_back({"C++     baseline", baseline_seconds});
  if (variant.name != "baseline") {
    const std::string threads =
        variant.uses_threads && opt.threads > 1 ? fmt::format(" ({} threads)", opt.threads) : "";
    rows.push_back({fmt::format("C++     {}{}", variant.name, threads), variant_seconds});
  }
  // The reference solution too, on one thread and on every core, when it is built.
  const auto solution = std::find_if(variants.begin(), variants.end(),
                                     [](const Variant& v) { return v.name == "solution"; });
  if (solution != variants.end() && variant.name != "solution") {
    const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    rows.push_back({"C++     solution", run_timed(*solution, opt.spec, 1).second});
    if (cores > 1) {
      rows.push_back({fmt::format("C++     solution ({} threads)", cores),
                      run_timed(*solution, opt.spec, cores).second});
    }
  }

  std::size_t label_width = std::string_view("implementation").size();
  for (const Row& row : rows) label_width = std::max(label_width, row.label.size());
  fmt::print("\n{:<{}}  {:>8}  {:>20}\n", "implementation", label_width, "seconds",
             "speed-up over Python");
  for (const Row& row : rows) {
    const std::string speedup =
        row.seconds > 0.0 ? fmt::format("{:.1f}x", *python.seconds / row.seconds) : "n/a";
    fmt::print("{:<{}}  {:>8}  {:>20}\n", row.label, label_width, format_seconds(row.seconds),
               speedup);
  }
  fmt::print(
      "(One run each, so expect noise. Python times only its kernel, as the book does;\n"
      " the C++ times also include building the grid.)\n");
}

// --- --count and --memory: the chapter's counting (ch02.3) and memory (ch02.4) exercises. --------

// Which implementation of an exercise a report mode runs.
struct ModeImplementation {
  bool solution;          // the reference solution, or else the learner's exercise
  std::string_view name;  // "solution" or "exercise"
};

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

// Runs the chosen count_julia in both loop orders and prints the five counts, next to the book's
// figures for the default run. Returns kExitFailed when a count contradicts the book or the
// reference relations, or when the learner's count_julia is still a stub.
int run_count(const Options& opt, const ModeImplementation& impl) {
  namespace counting = ch02::counting;
  using counting::Counts;
  using counting::Order;
  const auto count = [&](Order order) {
#ifdef WB_HAVE_SOLUTION
    if (impl.solution) return counting::solution::count_julia(opt.spec, order);
#endif
    return counting::exercise::count_julia(opt.spec, order);
  };
  const std::string_view file = impl.solution ? "solutions/ch02_profiling/counting.cpp"
                                              : "chapters/ch02_profiling/counting.cpp";
  fmt::print("Counting the naive Julia run with the {}'s count_julia ({}).\n", impl.name, file);
#ifdef WB_HAVE_SOLUTION
  if (impl.solution) fmt::print("(--count --variant exercise runs yours instead.)\n");
#endif
  const wb::julia::Grid grid = wb::julia::book_grid(opt.spec);
  fmt::print("Grid: {} x {} pixels, {} iterations at most.\n", with_commas(grid.xs.size()),
             with_commas(grid.ys.size()), opt.spec.max_iterations);
  std::fflush(stdout);

  Counts book_order;
  Counts swapped;
  try {
    book_order = count(Order::book);
    swapped = count(Order::swapped);
  } catch (const wb::not_implemented&) {
    fmt::print(stderr,
               "julia: --count: count_julia in chapters/ch02_profiling/counting.cpp is not implemented "
               "yet (it throws wb::not_implemented).\nImplement it (./workbook hint ch02.3){}.\n",
#ifdef WB_HAVE_SOLUTION
               ", or drop --variant exercise to see the solution's counts"
#else
               ""
#endif
    );
    return kExitFailed;
  }

  const Spec book;
  const bool is_book_spec = opt.spec.width == book.width &&
                            opt.spec.max_iterations == book.max_iterations && opt.spec.c == book.c &&
                            opt.spec.x1 == book.x1 && opt.spec.x2 == book.x2 &&
                            opt.spec.y1 == book.y1 && opt.spec.y2 == book.y2;
  const Counts& expected = counting::book_counts;
  int mismatches = 0;
  struct Row {
    std::string_view label;
    std::int64_t value;
    std::optional<std::int64_t> expected;  // the known figure, for the default run
    std::string_view source;
  };
  const auto book_figure = [&](std::int64_t figure) {
    return is_book_spec ? std::optional<std::int64_t>(figure) : std::nullopt;
  };
  const std::int64_t swapped_abs = swapped.abs_calls;
  const Row rows[] = {
      {"while-test evaluations", book_order.loop_tests, book_figure(expected.loop_tests),
       "book, line_profiler: hits on the while line"},
      {"z = z * z + c updates", book_order.z_updates, book_figure(expected.z_updates),
       "book, line_profiler: hits on the update line"},
      {"abs calls (book order)", book_order.abs_calls, book_figure(expected.abs_calls),
       "book, cProfile: ncalls of {abs}"},
      {"appends during set-up", book_order.setup_appends, book_figure(expected.setup_appends),
       "book, cProfile: ncalls of list.append"},
      {"pixels that reach max_iterations", book_order.pixels_at_limit,
       book_figure(expected.pixels_at_limit), "reference kernel: counts == 300"},
      {"abs calls (swapped order)", swapped_abs,
       book_figure(expected.abs_calls - expected.pixels_at_limit), "34,219,980 - 100,321"},
  };
  fmt::print("\n{:<33} {:>11}  {:>11}  {}\n", "event", "counted", "expected", "source of the expected figure");
  for (const Row& row : rows) {
    std::string expected_text = "-";
    if (row.expected) {
      expected_text = with_commas(static_cast<std::uint64_t>(*row.expected));
      if (*row.expected != row.value) {
        expected_text += " MISMATCH";
        ++mismatches;
      }
    }
    const std::string line = fmt::format("{:<33} {:>11}  {:>11}  {}", row.label,
                                         with_commas(static_cast<std::uint64_t>(row.value)),
                                         expected_text, row.expected ? row.source : "");
    fmt::print("{}\n", line.substr(0, line.find_last_not_of(' ') + 1));
  }
  if (!is_book_spec) fmt::print("(The expected figures apply to the book's default run only.)\n");

  // The relations every run must satisfy, whatever the grid.
  const std::int64_t pixels = static_cast<std::int64_t>(grid.xs.size() * grid.ys.size());
  const std::int64_t columns = static_cast<std::int64_t>(grid.xs.size());
  const std::int64_t rows_count = static_cast<std::int64_t>(grid.ys.size());
  const std::int64_t saved = book_order.abs_calls - swapped.abs_calls;
  std::vector<std::string> broken;
  if (book_order.loop_tests != book_order.z_updates + pixels) {
    broken.push_back("while-test evaluations should be updates + pixels");
  }
  if (book_order.setup_appends != columns + rows_count + 2 * pixels) {
    broken.push_back("appends should be |x| + |y| + 2 x pixels");
  }
  if (book_order.abs_calls != book_order.loop_tests) {
    broken.push_back("in the book order, abs runs on every loop test");
  }
  if (saved != book_order.pixels_at_limit) {
    broken.push_back("the swapped order should save one abs call per pixel at the limit");
  }
  if (swapped.loop_tests != book_order.loop_tests || swapped.z_updates != book_order.z_updates ||
      swapped.setup_appends != book_order.setup_appends ||
      swapped.pixels_at_limit != book_order.pixels_at_limit) {
    broken.push_back("the swapped order should change nothing but the abs calls");
  }

  fmt::print("\nSwapping the loop test to `n < maxiter && abs(z) < 2` saves exactly {} abs calls:\n"
             "one per pixel that reaches max_iterations ({} pixels), where abs no longer runs on the\n"
             "last test.\n",
             with_commas(static_cast<std::uint64_t>(saved < 0 ? 0 : saved)),
             with_commas(static_cast<std::uint64_t>(book_order.pixels_at_limit)));
  for (const std::string& problem : broken) fmt::print("INCONSISTENT: {}\n", problem);
  if (mismatches > 0 || !broken.empty()) {
    fmt::print(stderr, "julia: --count: {}'s counts are wrong ({} differ from the book, {} relations broken)\n",
               impl.name, mismatches, broken.size());
    return kExitFailed;
  }
  return kExitOk;
}

// One variant's run under the counting allocator.
struct MemoryRun {
  std::string name;
  std::string table;               // wb::alloc::phase_table()
  std::size_t setup_peak = 0;      // prepare's peak above the heap before it, in bytes
  std::size_t calculate_peak = 0;  // calculate's peak above the heap before it
  std::int64_t checksum = 0;
  std::vector<wb::alloc::Sample> timeline;  // seconds from the variant's start, bytes in use
};

// Runs prepare and calculate inside labelled phases (the variant's name, then "prepare" and
// "calculate_z"; the implementation may label stretches of its own inside them) and records the
// heap timeline. Everything is freed before the variant's phase ends.
template <class Prepare, class Calculate>
MemoryRun run_memory_variant(std::string name, const Spec& spec, Prepare prepare, Calculate calculate) {
  namespace alloc = wb::alloc;
  MemoryRun run;
  alloc::clear_phases();
  alloc::start_timeline(1u << 16);
  {
    const alloc::Phase whole(name);
    ch02::memory::Prepared prepared;
    {
      const alloc::Phase phase("prepare");
      prepared = prepare(spec);
    }
    std::vector<int> counts;
    {
      const alloc::Phase phase("calculate_z");
      counts = calculate(prepared);
    }
    run.checksum = wb::julia::checksum(counts);
  }
  const std::vector<alloc::Sample> samples = alloc::stop_timeline();
  run.name = std::move(name);
  run.table = alloc::phase_table();
  alloc::PhaseRecord whole;
  for (const alloc::PhaseRecord& p : alloc::phases()) {
    if (p.depth == 0) {
      whole = p;
    } else if (p.depth == 1 && p.label == "prepare") {
      run.setup_peak = p.peak_bytes - p.start_bytes;
    } else if (p.depth == 1 && p.label == "calculate_z") {
      run.calculate_peak = p.peak_bytes - p.start_bytes;
    }
  }
  // The curve starts and ends at the variant's own bounds, in seconds since it started.
  run.timeline.push_back({0.0, whole.start_bytes});
  for (const alloc::Sample& s : samples) {
    run.timeline.push_back({std::max(0.0, s.seconds - whole.start_seconds), s.bytes});
  }
  run.timeline.push_back({whole.end_seconds - whole.start_seconds, whole.end_bytes});
  return run;
}

// Writes the runs' timelines as CSV: a header, then seconds,bytes,variant rows.
void write_timeline(const std::string& path, const std::vector<MemoryRun>& runs) {
  std::FILE* out = std::fopen(path.c_str(), "w");
  if (out == nullptr) {
    throw std::runtime_error(
        fmt::format("cannot write the timeline to '{}': {}", path, std::strerror(errno)));
  }
  fmt::print(out, "seconds,bytes,variant\n");
  for (const MemoryRun& run : runs) {
    for (const wb::alloc::Sample& s : run.timeline) fmt::print(out, "{:.9f},{},{}\n", s.seconds, s.bytes, run.name);
  }
  const bool failed = std::ferror(out) != 0;
  if (std::fclose(out) != 0 || failed) {
    throw std::runtime_error(fmt::format("cannot write the timeline to '{}': write failed", path));
  }
}

// Runs a program found on the PATH (no shell), with our stdout and stderr; returns its exit code,
// or throws if it cannot start or is killed.
int run_program(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::fflush(stdout);
  pid_t pid = 0;
  const int spawn_error = posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ);
  if (spawn_error != 0) {
    throw std::runtime_error(fmt::format("cannot start {}: {}", args[0], std::strerror(spawn_error)));
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status)) {
    throw std::runtime_error(fmt::format("{} was killed by signal {}", args[0], WTERMSIG(status)));
  }
  return WEXITSTATUS(status);
}

// Quotes text as a gnuplot single-quoted string (a quote inside is doubled).
std::string gnuplot_string(std::string_view text) {
  std::string quoted = "'";
  for (char ch : text) {
    quoted += ch;
    if (ch == '\'') quoted += '\'';
  }
  return quoted + "'";
}

// Draws the timelines in csv into png with memory_plot.gp.
void plot_memory(const std::string& csv, const std::string& png, const std::vector<MemoryRun>& runs,
                 const Spec& spec) {
#ifdef WB_MEMORY_PLOT_GP
  const std::string script = WB_MEMORY_PLOT_GP;
#else
  const std::string script;
#endif
  if (script.empty() || !std::filesystem::exists(script)) {
    throw std::runtime_error(fmt::format("the plot script memory_plot.gp was not found ('{}')", script));
  }
  std::vector<std::string_view> names;
  for (const MemoryRun& run : runs) names.push_back(run.name);
  const std::string settings = fmt::format(
      "csv={}; png={}; variants={}; title={}", gnuplot_string(csv), gnuplot_string(png),
      gnuplot_string(fmt::format("{}", fmt::join(names, " "))),
      gnuplot_string(fmt::format("Julia set, width {}: heap in use over time (wb::alloc timeline)", spec.width)));
  const int code = run_program({"gnuplot", "-e", settings, script});
  if (code != 0) throw std::runtime_error(fmt::format("gnuplot exited with code {}", code));
}

// Measures the heap of the baseline set-up and kernel and of the chosen implementation's, prints
// their phase tables and set-up peaks, and writes the timeline and the plot if asked.
int run_memory(const Options& opt, const ModeImplementation& impl) {
  namespace memory = ch02::memory;
  if (!wb::alloc::enabled()) {
    throw std::runtime_error("the counting allocator (wb::alloc_counter) is not linked into julia");
  }
  fmt::print("Heap of the Julia set-up (prepare) and kernel (calculate_z), counted to the byte by\n"
             "wb::alloc; width {}, {} iterations. Figures in MiB; allocations = operator new calls.\n",
             opt.spec.width, opt.spec.max_iterations);
  std::fflush(stdout);
  std::vector<MemoryRun> runs;
  runs.push_back(run_memory_variant(
      "baseline", opt.spec, [](const Spec& s) { return memory::baseline::prepare(s); },
      [](const memory::Prepared& p) { return memory::baseline::calculate(p); }));
#ifdef WB_HAVE_SOLUTION
  if (impl.solution) {
    runs.push_back(run_memory_variant(
        "solution", opt.spec, [](const Spec& s) { return memory::solution::prepare(s); },
        [](const memory::Prepared& p) { return memory::solution::calculate(p); }));
  }
#endif
  if (!impl.solution) {
    runs.push_back(run_memory_variant(
        "exercise", opt.spec, [](const Spec& s) { return memory::exercise::prepare(s); },
        [](const memory::Prepared& p) { return memory::exercise::calculate(p); }));
  }

  const auto describe = [](std::string_view name) -> std::string_view {
    if (name == "baseline") return "the book's set-up, frozen (chapters/ch02_profiling/memory_baseline.cpp)";
    if (name == "solution") return "axes only (solutions/ch02_profiling/memory.cpp)";
    return "yours (chapters/ch02_profiling/memory.cpp)";
  };
  for (const MemoryRun& run : runs) {
    fmt::print("\n{}: {}\n{}", run.name, describe(run.name), run.table);
    fmt::print("set-up peak: {}; calculate_z adds at most {}\n",
               describe_bytes(static_cast<double>(run.setup_peak)),
               describe_bytes(static_cast<double>(run.calculate_peak)));
  }

  int exit_code = kExitOk;
  const MemoryRun& base = runs.front();
  const MemoryRun& mine = runs.back();
  if (mine.setup_peak > 0) {
    fmt::print("\nThe {}'s set-up peak is {:.1f}x below the baseline's (ch02.4's target: 10x).\n",
               mine.name, static_cast<double>(base.setup_peak) / static_cast<double>(mine.setup_peak));
  } else {
    fmt::print("\nThe {}'s set-up allocates nothing at all (the baseline's peaks at {}).\n", mine.name,
               describe_bytes(static_cast<double>(base.setup_peak)));
  }
  const Spec book;
  const bool is_book_spec = opt.spec.width == book.width &&
                            opt.spec.max_iterations == book.max_iterations && opt.spec.c == book.c;
  for (const MemoryRun& run : runs) {
    if ((is_book_spec && run.checksum != wb::julia::book_checksum) || run.checksum != base.checksum) {
      fmt::print(stderr, "julia: --memory: {} gives sum(output) = {}, expected {}\n", run.name, run.checksum,
                 is_book_spec ? wb::julia::book_checksum : base.checksum);
      exit_code = kExitFailed;
    }
  }
  if (exit_code == kExitOk) fmt::print("Both give sum(output) = {}.\n", base.checksum);

  if (!opt.memory_timeline_path.empty() || !opt.memory_plot_path.empty()) {
    std::string csv = opt.memory_timeline_path;
    const bool temporary = csv.empty();
    if (temporary) {
      csv = (std::filesystem::temp_directory_path() / fmt::format("julia-memory-{}.csv", getpid())).string();
    }
    write_timeline(csv, runs);
    std::size_t samples = 0;
    for (const MemoryRun& run : runs) samples += run.timeline.size();
    if (!temporary) fmt::print("Wrote the heap timeline to {} ({} samples: seconds,bytes,variant)\n", csv, samples);
    if (!opt.memory_plot_path.empty()) {
      try {
        plot_memory(csv, opt.memory_plot_path, runs, opt.spec);
      } catch (...) {
        std::error_code ignored;
        if (temporary) std::filesystem::remove(csv, ignored);
        throw;
      }
      if (temporary) std::filesystem::remove(csv);
      fmt::print("Wrote {} (heap over time, one curve per variant)\n", opt.memory_plot_path);
    }
  }
  return exit_code;
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
    if (opt.count) exit_code = std::max(exit_code, run_count(opt, impl));
    if (opt.count && opt.memory) fmt::print("\n");
    if (opt.memory) exit_code = std::max(exit_code, run_memory(opt, impl));
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
  const Spec book;
  const bool is_book_spec = opt.spec.width == book.width &&
                            opt.spec.max_iterations == book.max_iterations && opt.spec.c == book.c;
  if (!is_book_spec) {
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
    wb::png::write_grey(opt.png_path, image_width, image_height, pure_greyscale(counts));
    wb::png::write_grey(false_png, image_width, image_height,
                        false_greyscale(counts, opt.spec.max_iterations));
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

// Runs the program, turning exceptions into a message on stderr and an exit code.
int main(int argc, char** argv) {
  return wb::cli::guarded_main("julia", "try a smaller --width", [&] { return run(argc, argv); });
}
