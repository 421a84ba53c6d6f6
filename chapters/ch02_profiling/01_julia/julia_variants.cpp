// ch02 julia program: the implementations it can run, and the timing beside the Python twin.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "julia.hpp"
#include "julia_program.hpp"
#include "wb/cli.hpp"
#include "wb/process.hpp"
#ifdef WB_HAVE_SOLUTION
#include "julia_ladder.hpp"
#endif

namespace ch02::julia_program {

using wb::cli::BadInput;
using wb::cli::on_path;

namespace {

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

}  // namespace

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

bool is_book_spec(const Spec& spec) {
  const Spec book;
  return spec.width == book.width && spec.max_iterations == book.max_iterations && spec.c == book.c &&
         spec.x1 == book.x1 && spec.x2 == book.x2 && spec.y1 == book.y1 && spec.y2 == book.y2;
}

std::string format_seconds(double seconds) {
  return seconds >= 0.1 ? fmt::format("{:.2f}", seconds) : fmt::format("{:.4f}", seconds);
}

std::pair<std::vector<int>, double> run_timed(const Variant& variant, const Spec& spec, int threads) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<int> counts = variant.run(spec, threads);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  return {std::move(counts), elapsed.count()};
}

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
  const wb::process::TwinTiming python = wb::process::time_python_twin(command);
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

}  // namespace ch02::julia_program
