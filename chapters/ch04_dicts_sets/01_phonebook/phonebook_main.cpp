// ch04 phonebook: the chapter program (`./workbook run phonebook`), the experiment the book suggests
// after Example 4-2: time a lookup in the list, in the sorted list with bisect and in the dict as
// the phone book grows, here from 10^2 to 10^6 entries.
//
//   phonebook                          the sweep 10^2 .. 10^6 with the learner's sorted book and dict
//   phonebook --variant solution       the same with the reference solution (a build with solutions)
//   phonebook --max 10000 --png p.png  a shorter sweep, drawn log-log into p.png (data in p.csv)
//
// With python3 on the PATH it also times the Python twin (phonebook.py) with a list and a dict.
// Exit codes: 0 success, 1 a failure while running, 2 bad input.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "phonebook.hpp"
#include "phonebook_workload.hpp"
#include "wb/cli.hpp"
#include "wb/process.hpp"

namespace ch04::phonebook_program {
namespace {

namespace pb = ch04::phonebook;
using wb::cli::BadInput;

constexpr std::int64_t kMinEntries = 100;
constexpr std::int64_t kMaxEntries = 10'000'000;
constexpr double kMinSeconds = 0.05;  // each C++ timing runs at least this long ...
constexpr int kRepeats = 3;           // ... and is taken 3 times: the fastest counts (least disturbed)
const double kNaN = std::nan("");

struct Options {
  std::int64_t max_entries = 1'000'000;
  std::string png_path;
  std::string variant = "exercise";
  bool no_python = false;
};

// One size's times per lookup, in ns (NaN when not measured).
struct Row {
  std::size_t entries = 0;
  double list_ns = kNaN, sorted_ns = kNaN, dict_ns = kNaN, python_list_ns = kNaN, python_dict_ns = kNaN;
};

// Returns ns per call of find over the queries in turn, repeated until kMinSeconds have passed.
template <class Find>
double ns_per_lookup_once(const std::vector<std::string>& queries, Find&& find) {
  using clock = std::chrono::steady_clock;
  std::size_t done = 0;
  std::size_t found = 0;
  std::size_t batch = 1;
  const auto start = clock::now();
  double elapsed = 0.0;
  while (elapsed < kMinSeconds) {
    for (std::size_t i = 0; i < batch; ++i) found += find(queries[(done + i) % queries.size()]) != nullptr;
    done += batch;
    batch *= 2;
    elapsed = std::chrono::duration<double>(clock::now() - start).count();
  }
  if (found != done) throw std::runtime_error(fmt::format("{} of {} present names not found", done - found, done));
  return elapsed * 1e9 / static_cast<double>(done);
}

// Returns the fastest of kRepeats timings of ns_per_lookup_once.
template <class Find>
double ns_per_lookup(const std::vector<std::string>& queries, Find&& find) {
  double best = ns_per_lookup_once(queries, find);
  for (int r = 1; r < kRepeats; ++r) best = std::min(best, ns_per_lookup_once(queries, find));
  return best;
}

// Times the three C++ lookups in a book of `entries` different names.
template <class Sorted, class Hashed>
Row time_cpp(std::size_t entries) {
  std::mt19937_64 rng(20'190'501 + entries);
  const std::vector<pb::Entry> book = pb::workload::phonebook(entries, entries, rng);
  const std::vector<std::string> queries = pb::workload::present_names(book, 4096, rng);
  Row row;
  row.entries = entries;
  row.list_ns = ns_per_lookup(queries, [&](const std::string& q) { return pb::baseline::find_linear(book, q); });
  const Sorted sorted(book);
  row.sorted_ns = ns_per_lookup(queries, [&](const std::string& q) { return sorted.find(q); });
  const Hashed hashed(book);
  row.dict_ns = ns_per_lookup(queries, [&](const std::string& q) { return hashed.find(q); });
  return row;
}

// Returns the Python twin's ns per lookup, or NaN with a note on stdout.
double time_python(const std::string& script, std::size_t entries, const char* method) {
  const wb::process::TwinTiming t = wb::process::time_python_twin(
      {"python3", script, "--size", std::to_string(entries), "--method", method});
  if (!t.seconds) {
    fmt::print("  (Python {} at {}: {})\n", method, entries, t.problem);
    return kNaN;
  }
  return *t.seconds * 1e9;
}

// Formats ns with a unit a person can read: "43 ns", "2.1 us", "1.35 ms", "-" for NaN.
std::string readable(double ns) {
  if (std::isnan(ns)) return "-";
  if (ns < 1e3) return fmt::format("{:.0f} ns", ns);
  if (ns < 1e6) return fmt::format("{:.1f} us", ns / 1e3);
  return fmt::format("{:.2f} ms", ns / 1e6);
}

std::string csv_value(double ns) { return std::isnan(ns) ? "NaN" : fmt::format("{:.3f}", ns); }

// Writes the rows as CSV for the gnuplot script.
void write_csv(const std::string& path, const std::vector<Row>& rows) {
  std::FILE* out = std::fopen(path.c_str(), "w");
  if (out == nullptr) throw std::runtime_error(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
  fmt::print(out, "entries,list_ns,sorted_ns,dict_ns,python_list_ns,python_dict_ns\n");
  for (const Row& r : rows) {
    fmt::print(out, "{},{},{},{},{},{}\n", r.entries, csv_value(r.list_ns), csv_value(r.sorted_ns),
               csv_value(r.dict_ns), csv_value(r.python_list_ns), csv_value(r.python_dict_ns));
  }
  if (std::fclose(out) != 0) throw std::runtime_error(fmt::format("cannot write '{}'", path));
}

int run(int argc, char** argv) {
  Options opt;
  CLI::App app{"Times a phone-book lookup in a list, a sorted list with bisect and a dict, from 10^2 "
               "entries up to --max (High Performance Python, Examples 4-1 and 4-2).",
               "phonebook"};
  app.add_option("--max", opt.max_entries, "largest phone book (the sweep is 100, 1000, ... up to it)")
      ->transform(wb::cli::decimal_integer())
      ->capture_default_str();
  app.add_option("--png", opt.png_path, "draw the times log-log into FILE (needs gnuplot); the data "
                                        "goes to FILE with .csv instead of .png")
      ->type_name("FILE");
  app.add_option("--variant", opt.variant, "whose sorted book and dict: exercise (your file) or solution")
      ->capture_default_str();
  app.add_flag("--no-python", opt.no_python, "skip timing the Python twin (phonebook.py)");
  app.footer("Exit codes: 0 ok, 1 run-time failure, 2 bad input.");
  if (const auto code = wb::cli::parse(app, argc, argv)) return *code;

  if (opt.max_entries < kMinEntries || opt.max_entries > kMaxEntries) {
    throw BadInput(fmt::format("--max {} is out of range: it must be between {} and {}", opt.max_entries,
                               kMinEntries, wb::cli::with_commas(kMaxEntries)));
  }
#ifdef WB_HAVE_SOLUTION
  const bool have_solution = true;
#else
  const bool have_solution = false;
#endif
  if (opt.variant != "exercise" && opt.variant != "solution") {
    throw BadInput(fmt::format("--variant {} is not one of: exercise, solution", opt.variant));
  }
  if (opt.variant == "solution" && !have_solution) {
    throw BadInput("--variant solution: this build has no solutions (configure with -DWB_SOLUTIONS=ON)");
  }
  std::string csv_path;
  if (!opt.png_path.empty()) {
    csv_path = std::filesystem::path(opt.png_path).replace_extension(".csv").string();
    if (csv_path == opt.png_path) csv_path += ".csv";
    wb::cli::check_writable("--png", opt.png_path);
    wb::cli::check_writable("--png (its .csv data)", csv_path);
    if (!wb::cli::on_path("gnuplot")) {
      throw BadInput(fmt::format("--png {}: gnuplot is not on the PATH (apt-get install gnuplot-nox)", opt.png_path));
    }
  }
#ifdef WB_PHONEBOOK_PY
  const std::string script = WB_PHONEBOOK_PY;
#else
  const std::string script;
#endif
  bool python = !opt.no_python;
  if (python && (script.empty() || !std::filesystem::exists(script))) {
    fmt::print("Python comparison skipped: the twin phonebook.py was not found ('{}').\n", script);
    python = false;
  } else if (python && !wb::cli::on_path("python3")) {
    fmt::print("Python comparison skipped: python3 was not found on the PATH.\n");
    python = false;
  }

  fmt::print("One lookup of a present name, the fastest of {} timings ({} sorted book and dict; the list\n"
             "scan is the book's Example 4-1)\n",
             kRepeats, opt.variant == "solution" ? "the solution's" : "your");
  fmt::print("{:>10}  {:>10}  {:>13}  {:>10}  {:>12}  {:>12}\n", "entries", "list scan", "sorted+bisect",
             "dict", "Python list", "Python dict");
  std::vector<Row> rows;
  for (std::int64_t n = kMinEntries; n <= opt.max_entries; n *= 10) {
    const auto entries = static_cast<std::size_t>(n);
    Row row;
#ifdef WB_HAVE_SOLUTION
    row = opt.variant == "solution" ? time_cpp<pb::solution::SortedPhonebook, pb::solution::HashPhonebook>(entries)
                                    : time_cpp<pb::exercise::SortedPhonebook, pb::exercise::HashPhonebook>(entries);
#else
    row = time_cpp<pb::exercise::SortedPhonebook, pb::exercise::HashPhonebook>(entries);
#endif
    if (python) {
      std::fflush(stdout);
      row.python_list_ns = time_python(script, entries, "list");
      row.python_dict_ns = time_python(script, entries, "dict");
    }
    fmt::print("{:>10}  {:>10}  {:>13}  {:>10}  {:>12}  {:>12}\n", wb::cli::with_commas(entries),
               readable(row.list_ns), readable(row.sorted_ns), readable(row.dict_ns), readable(row.python_list_ns),
               readable(row.python_dict_ns));
    std::fflush(stdout);
    rows.push_back(row);
  }
  const Row& last = rows.back();
  fmt::print("At {} entries the dict is {:.1f}x faster than the list scan and {:.1f}x faster than bisection.\n",
             wb::cli::with_commas(last.entries), last.list_ns / last.dict_ns, last.sorted_ns / last.dict_ns);

  if (!opt.png_path.empty()) {
    write_csv(csv_path, rows);
#ifdef WB_PHONEBOOK_PLOT_GP
    const std::string plot_script = WB_PHONEBOOK_PLOT_GP;
#else
    const std::string plot_script;
#endif
    wb::process::run_gnuplot(fmt::format("csv={}; png={}; python={}", wb::process::gnuplot_quote(csv_path),
                                         wb::process::gnuplot_quote(opt.png_path), python ? 1 : 0),
                             plot_script);
    fmt::print("Wrote {} (the data: {})\n", opt.png_path, csv_path);
  }
  return wb::cli::kOk;
}

}  // namespace
}  // namespace ch04::phonebook_program

// Runs the program, turning exceptions into a message on stderr and an exit code.
int main(int argc, char** argv) {
  return wb::cli::guarded_main("phonebook", "try a smaller --max",
                               [&] { return ch04::phonebook_program::run(argc, argv); });
}
