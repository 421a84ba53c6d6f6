// ch04.4 dict_growth: the chapter program (`./workbook run dict_growth [--keys N] [--png FILE]`).
// Inserts int keys 0, 1, 2 ... (hashed as themselves, as Python hashes small ints) into your dict
// (pydict.cpp; --model reference: wb::pydict::Dict) and prints every rebuild: the size that
// triggered it, the new table and the bytes sys.getsizeof reports for such a dict in CPython 3.11.
// With --png it draws the spare room against size (the book's figure 4-2); when python3 is on the
// PATH it compares the interpreter's own dict sizes with the model's.
//
// Exit codes: 0 success, 1 a failure while running (or a disagreement with python3), 2 bad input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "pydict.hpp"
#include "wb/cli.hpp"
#include "wb/process.hpp"
#include "wb/pydict.hpp"

namespace {

using wb::cli::BadInput;
using wb::cli::with_commas;

constexpr std::uint64_t kMaxKeys = 10'000'000;     // about 1 GB for the model's strings and tables
constexpr std::uint64_t kPythonKeys = 1'000'000;  // a second or so in python3

// One rebuild: the table after the insert that made len(d) == size.
struct Growth {
  std::size_t size = 0;
  std::size_t slots = 0;
};

std::uint64_t number_hash(std::string_view key) {
  std::uint64_t n = 0;
  for (char c : key) n = n * 10 + static_cast<std::uint64_t>(c - '0');
  return n;
}

std::vector<Growth> exercise_growth(std::size_t n) {
  ch04::pydict::State d;
  d.hash = number_hash;
  std::vector<Growth> out;
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t before = d.index.size();
    ch04::pydict::exercise::insert_or_assign(d, std::to_string(k), static_cast<std::int64_t>(k));
    if (d.index.size() != before) out.push_back({d.used, d.index.size()});
  }
  return out;
}

struct IntHash {
  std::uint64_t operator()(std::size_t k) const { return k; }
};

std::vector<Growth> reference_growth(std::size_t n) {
  wb::pydict::Dict<std::size_t, std::size_t, IntHash> d;
  std::vector<Growth> out;
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t before = d.slots();
    d.insert_or_assign(k, k);
    if (d.slots() != before) out.push_back({d.size(), d.slots()});
  }
  return out;
}

// sys.getsizeof of a CPython 3.11 dict with a table of `slots` slots and int keys: the object (48
// bytes) and its GC header (16), the keys object's header (32), one index of 1, 2, 4 or 8 bytes per
// slot, and 24 bytes (hash, key, value) per usable entry.
std::size_t cpython_bytes(std::size_t slots) {
  const std::size_t index_bytes = slots <= 128 ? 1 : slots <= 32768 ? 2 : slots <= (std::size_t{1} << 31) ? 4 : 8;
  return 64 + 32 + index_bytes * slots + ch04::pydict::usable_fraction(slots) * 24;
}

struct PythonRun {
  std::string version;
  std::vector<std::pair<std::size_t, std::size_t>> changes;  // len, bytes
};

PythonRun python_growth(std::size_t n) {
  const std::string command = fmt::format("python3 '{}' {}", WB_DICT_GROWTH_PY, n);
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  PythonRun run;
  if (!pipe) return run;
  char version[32] = {};
  if (std::fscanf(pipe.get(), "%31s", version) != 1) return run;
  run.version = version;
  unsigned long long len = 0, bytes = 0;
  while (std::fscanf(pipe.get(), "%llu %llu", &len, &bytes) == 2) run.changes.emplace_back(len, bytes);
  return run;
}

// Returns the exit code: kOk when the interpreter agrees, kFailed when it does not.
int compare_with_python(const std::vector<Growth>& growth, std::size_t n) {
  const PythonRun py = python_growth(n);
  std::size_t same_when = 0, same_bytes = 0, count = 0;
  for (const Growth& g : growth) {
    if (g.size > n) break;
    ++count;
    for (const auto& [len, bytes] : py.changes) {
      if (len == g.size) {
        ++same_when;
        same_bytes += bytes == cpython_bytes(g.slots) ? 1 : 0;
      }
    }
  }
  if (py.version.empty() || count != py.changes.size() || same_when != count) {
    fmt::print("python3 {}: the interpreter's dict grew {} times in {} inserts, the model {}: they DISAGREE\n",
               py.version, py.changes.size(), with_commas(n), count);
    return wb::cli::kFailed;
  }
  if (same_bytes == count) {
    fmt::print("python3 {}: the interpreter's {} rebuilds in {} inserts agree with the model, byte for byte\n",
               py.version, count, with_commas(n));
  } else {
    fmt::print("python3 {}: the {} rebuilds come at the model's sizes; the bytes differ in {} of them (the byte "
               "formula is CPython 3.11's)\n", py.version, count, count - same_bytes);
  }
  return wb::cli::kOk;
}

void write_csv(const std::string& csv, const std::vector<Growth>& growth, std::size_t n) {
  std::ofstream out(csv);
  out << "size,spare_slots,free_entries\n";
  for (std::size_t k = 0; k < growth.size(); ++k) {
    const std::size_t last = k + 1 < growth.size() ? growth[k + 1].size - 1 : n;
    const std::size_t usable = ch04::pydict::usable_fraction(growth[k].slots);
    for (const std::size_t size : {growth[k].size, last}) {
      out << size << ',' << growth[k].slots - size << ',' << usable - size << '\n';
    }
  }
  if (!out) throw std::runtime_error("cannot write " + csv);
}

int run(int argc, char** argv) {
  std::uint64_t keys = 100'000;
  std::string png;
  std::string model = "exercise";
  bool no_python = false;
  CLI::App app{"CPython's dict growing: every rebuild while inserting int keys 0, 1, 2 ...", "dict_growth"};
  app.add_option("--keys", keys, "how many keys to insert")->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_option("--png", png, "draw the spare room against size (the book's figure 4-2) into this PNG");
  app.add_option("--model", model, "exercise: your pydict.cpp; reference: wb::pydict::Dict")->capture_default_str();
  app.add_flag("--no-python", no_python, "do not compare with the python3 interpreter");
  app.footer("Exit codes: 0 ok, 1 run-time failure or disagreement with python3, 2 bad input.");
  if (const auto code = wb::cli::parse(app, argc, argv)) return *code;

  if (keys == 0 || keys > kMaxKeys) {
    throw BadInput(fmt::format("--keys {} is out of range: use 1 to {}", keys, with_commas(kMaxKeys)));
  }
  if (model != "exercise" && model != "reference") throw BadInput(fmt::format("--model {} is not one of: exercise, reference", model));
  if (!png.empty()) wb::cli::check_writable("--png", png);

  const auto n = static_cast<std::size_t>(keys);
  const std::vector<Growth> growth = model == "exercise" ? exercise_growth(n) : reference_growth(n);
  fmt::print("{} rebuilds in {} inserts of int keys\n{:>12} {:>12} {:>12} {:>16}\n", growth.size(), with_commas(n),
             "len", "slots", "usable", "getsizeof (3.11)");
  for (const Growth& g : growth) {
    fmt::print("{:>12} {:>12} {:>12} {:>16}\n", with_commas(g.size), with_commas(g.slots),
               with_commas(ch04::pydict::usable_fraction(g.slots)), with_commas(cpython_bytes(g.slots)));
  }
  int code = wb::cli::kOk;
  if (!no_python && wb::cli::on_path("python3")) code = compare_with_python(growth, std::min<std::size_t>(n, kPythonKeys));
  if (!png.empty()) {
    const std::string csv = png + ".csv";
    write_csv(csv, growth, n);
    wb::process::run_gnuplot(fmt::format("csv={}; png={}", wb::process::gnuplot_quote(csv), wb::process::gnuplot_quote(png)),
                             WB_DICT_GROWTH_GP);
    fmt::print("figure: {} (data: {})\n", png, csv);
  }
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  return wb::cli::guarded_main("dict_growth", "try fewer --keys", [&] { return run(argc, argv); });
}
