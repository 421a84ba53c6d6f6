// ch03.6 list_growth: the chapter program (`./workbook run list_growth [--appends N] [--png FILE]`).
// Prints every reallocation of a CPython list during N appends (the rule from your
// overallocation.cpp, or wb::pylist's with --rule reference) beside those of a real libstdc++
// std::vector, draws the spare slots of both against the size (the book's figure 3-2) with
// --png, and, when python3 is on the PATH, checks the rule against the interpreter's own
// capacities (sys.getsizeof while appending).
//
// Exit codes: 0 success, 1 a failure while running (or a disagreement with python3), 2 bad input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "overallocation.hpp"
#include "wb/cli.hpp"
#include "wb/process.hpp"
#include "wb/pylist.hpp"

namespace {

using ch03::overallocation::Resize;
using wb::cli::BadInput;
using wb::cli::with_commas;

constexpr std::uint64_t kMaxAppends = 100'000'000;  // the std::vector run holds 8 bytes a slot: 800 MB
constexpr std::uint64_t kPythonAppends = 100'000;   // enough for 60 reallocations, a second or so

// Every reallocation of a std::vector<void*> (a Python list holds pointers) during n push_backs.
std::vector<Resize> vector_schedule(std::size_t n) {
  std::vector<Resize> steps;
  std::vector<void*> v;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t before = v.capacity();
    v.push_back(nullptr);
    if (v.capacity() != before) steps.push_back({v.size(), v.capacity()});
  }
  return steps;
}

void print_table(const char* name, const std::vector<Resize>& steps) {
  fmt::print("{}: {} reallocations\n{:>14} {:>14} {:>12}\n", name, steps.size(), "size", "capacity", "spare");
  for (const Resize& r : steps) {
    fmt::print("{:>14} {:>14} {:>12}\n", with_commas(r.size), with_commas(r.capacity), with_commas(r.capacity - r.size));
  }
}

// Rows size,spare,container: the first and the last size each block holds (within n appends).
void write_curve(std::ofstream& out, const char* name, const std::vector<Resize>& steps, std::size_t n) {
  for (std::size_t k = 0; k < steps.size(); ++k) {
    const std::size_t last = k + 1 < steps.size() ? steps[k + 1].size - 1 : n;
    out << steps[k].size << ',' << steps[k].capacity - steps[k].size << ',' << name << '\n';
    out << last << ',' << steps[k].capacity - last << ',' << name << '\n';
  }
}

// Runs list_growth.py; returns its reallocations, or an empty vector (and says why) if it fails.
std::vector<Resize> python_schedule(std::size_t n) {
  const std::string command = fmt::format("python3 '{}' {}", WB_LIST_GROWTH_PY, n);
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::vector<Resize> steps;
  if (!pipe) return steps;
  unsigned long long size = 0, capacity = 0;
  while (std::fscanf(pipe.get(), "%llu %llu", &size, &capacity) == 2) steps.push_back({size, capacity});
  return steps;
}

int run(int argc, char** argv) {
  std::uint64_t appends = 1'000'000;
  std::string png;
  std::string rule = "exercise";
  bool no_python = false;
  CLI::App app{"CPython's list growth rule against std::vector's doubling: every reallocation during N appends.",
               "list_growth"};
  app.add_option("--appends", appends, "how many appends")->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_option("--png", png, "draw spare slots against size for both (the book's figure 3-2) into this PNG");
  app.add_option("--rule", rule, "exercise: your overallocation.cpp; reference: wb::pylist")->capture_default_str();
  app.add_flag("--no-python", no_python, "do not compare with the python3 interpreter");
  app.footer("Exit codes: 0 ok, 1 run-time failure or disagreement with python3, 2 bad input.");
  if (const auto code = wb::cli::parse(app, argc, argv)) return *code;

  if (appends == 0 || appends > kMaxAppends) {
    throw BadInput(fmt::format("--appends {} is out of range: use 1 to {} (the std::vector run needs 8 bytes a slot)",
                               appends, with_commas(kMaxAppends)));
  }
  if (rule != "exercise" && rule != "reference") throw BadInput(fmt::format("--rule {} is not one of: exercise, reference", rule));
  if (!png.empty()) wb::cli::check_writable("--png", png);

  const auto n = static_cast<std::size_t>(appends);
  const std::vector<Resize> cpython = rule == "exercise" ? ch03::overallocation::exercise::append_schedule(n)
                                                         : wb::pylist::append_schedule(n);
  const std::vector<Resize> vec = vector_schedule(n);
  print_table("CPython list (list_resize)", cpython);
  print_table("libstdc++ std::vector<void*>", vec);
  const auto over = [n](const std::vector<Resize>& s) { return 100.0 * static_cast<double>(s.back().capacity - n) / static_cast<double>(n); };
  fmt::print("after {} appends: CPython list {} slots ({:.1f}% spare, {} reallocations); std::vector {} slots ({:.1f}% spare, {} reallocations)\n",
             with_commas(n), with_commas(cpython.back().capacity), over(cpython), cpython.size(),
             with_commas(vec.back().capacity), over(vec), vec.size());

  int code = wb::cli::kOk;
  if (!no_python && wb::cli::on_path("python3")) {
    const std::size_t m = std::min<std::size_t>(n, kPythonAppends);
    const std::vector<Resize> real = python_schedule(m);
    const std::vector<Resize> model = wb::pylist::append_schedule(m);
    const std::vector<Resize> mine = rule == "exercise" ? ch03::overallocation::exercise::append_schedule(m) : model;
    bool same = real.size() == mine.size();
    for (std::size_t k = 0; same && k < real.size(); ++k) same = real[k].size == mine[k].size && real[k].capacity == mine[k].capacity;
    if (same) {
      fmt::print("python3: the interpreter's {} reallocations in {} appends agree with the rule, slot for slot\n", real.size(), with_commas(m));
    } else {
      fmt::print("python3: the interpreter made {} reallocations in {} appends, the rule {}: they DISAGREE\n", real.size(),
                 with_commas(m), mine.size());
      code = wb::cli::kFailed;
    }
  }
  if (!png.empty()) {
    const std::string csv = png + ".csv";
    {
      std::ofstream out(csv);
      out << "size,spare,container\n";
      write_curve(out, "cpython", cpython, n);
      write_curve(out, "vector", vec, n);
      if (!out) throw std::runtime_error("cannot write " + csv);
    }
    wb::process::run_gnuplot(fmt::format("csv={}; png={}", wb::process::gnuplot_quote(csv), wb::process::gnuplot_quote(png)),
                             WB_LIST_GROWTH_GP);
    fmt::print("figure: {} (data: {})\n", png, csv);
  }
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  return wb::cli::guarded_main("list_growth", "try fewer --appends", [&] { return run(argc, argv); });
}
