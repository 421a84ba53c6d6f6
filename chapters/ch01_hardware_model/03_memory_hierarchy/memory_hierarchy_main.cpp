// ch01.3 memory_hierarchy: the chapter program (`./workbook run memory_hierarchy [--png FILE]`).
// Measures, on this machine, what the book's list of memory units describes: for working sets from
// 4 KiB to 512 MiB (--max-mib caps it), the latency of one load (a chase around the cycle your
// sattolo_cycle makes, one line per slot), then, for one working set per level (L1d, L2, L3 from
// the sizes the OS reports, and RAM), the latency and the sequential and random read bandwidth.
// With --png, draws latency against working set on log axes, the reported cache sizes marked.
//
// Exit codes: 0 success, 1 a failure while running (e.g. sattolo_cycle still a stub), 2 bad input.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cache_sizes.hpp"
#include "memory_hierarchy.hpp"
#include "memory_probe.hpp"
#include "wb/cli.hpp"
#include "wb/process.hpp"

namespace {

namespace mh = ch01::memory_hierarchy;
namespace probe = ch01::memory_hierarchy::probe;
using wb::cli::BadInput;

constexpr std::uint64_t kKiB = 1024, kMiB = 1024 * 1024;
constexpr std::uint64_t kMaxMiB = 512;

using Shuffle = std::vector<std::uint32_t> (*)(std::size_t, std::uint64_t);

// Short batches, many of them, the best kept: on a shared machine most batches of a few
// milliseconds run without being interrupted by another process, most long ones do not.
struct Settings {
  std::size_t hops = std::size_t{1} << 15;  // per latency batch: 40 us in L1, about 3 ms in RAM
  int batches = 21;
  double min_seconds = 0.002;               // per bandwidth batch (at least one pass)
  int bandwidth_batches = 7;
};

// "48 KiB", "1 MiB", "1.5 MiB": a working-set size for people.
std::string human(std::uint64_t bytes) {
  if (bytes >= kMiB) {
    const double m = static_cast<double>(bytes) / kMiB;
    return bytes % kMiB == 0 ? fmt::format("{} MiB", bytes / kMiB) : fmt::format("{:.1f} MiB", m);
  }
  const double k = static_cast<double>(bytes) / kKiB;
  return bytes % kKiB == 0 ? fmt::format("{} KiB", bytes / kKiB) : fmt::format("{:.1f} KiB", k);
}

// 4 KiB, 6 KiB, 8 KiB, 12 KiB, ...: two points per doubling, up to max_bytes.
std::vector<std::uint64_t> working_sets(std::uint64_t min_bytes, std::uint64_t max_bytes) {
  std::vector<std::uint64_t> sets;
  for (std::uint64_t p = 4 * kKiB; p <= max_bytes; p *= 2) {
    if (p >= min_bytes) sets.push_back(p);
    if (p + p / 2 <= max_bytes && p + p / 2 >= min_bytes) sets.push_back(p + p / 2);
  }
  if (sets.empty() || sets.back() != max_bytes) sets.push_back(max_bytes);
  return sets;
}

// Latency of one working set: its lines linked by shuffle, then chased.
double latency_ns(const probe::Buffer& buf, std::uint64_t bytes, Shuffle shuffle, std::uint64_t seed,
                  const Settings& s) {
  const std::size_t lines = bytes / probe::kLine;
  const std::vector<std::uint32_t> next = shuffle(lines, seed);
  if (next.size() != lines) throw std::runtime_error("sattolo_cycle returned the wrong number of slots");
  for (const std::uint32_t v : next) {
    if (v >= lines) throw std::runtime_error("sattolo_cycle returned an index out of range");
  }
  if (lines <= (std::size_t{1} << 16)) {  // one cycle? (cheap up to 4 MiB; a wrong shuffle fails there)
    std::size_t i = 0, hops = 0;
    do {
      i = next[i];
      ++hops;
    } while (i != 0 && hops <= lines);
    if (hops != lines) {
      throw std::runtime_error(fmt::format("sattolo_cycle({}) is not one cycle: slot 0 comes back after {} hops",
                                           lines, hops));
    }
  }
  probe::link_lines(buf, next);
  return probe::chase_ns(buf, lines, s.hops, s.batches);
}

// --caches 48K,1M,32M: three sizes in the sysfs notation, smallest first.
mh::caches::Sizes parse_caches(const std::string& text) {
  std::vector<std::uint64_t> sizes;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = text.find(',', start);
    const std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    const std::optional<std::uint64_t> bytes = mh::caches::parse_size(item);
    if (!bytes || *bytes == 0) {
      throw BadInput(fmt::format("--caches {}: {} is not a size like 48K, 1M or 32M", text, item));
    }
    sizes.push_back(*bytes);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (sizes.size() != 3 || !(sizes[0] < sizes[1] && sizes[1] < sizes[2])) {
    throw BadInput(fmt::format("--caches {}: give three growing sizes, L1d,L2,L3 (e.g. 48K,1M,32M)", text));
  }
  return {sizes[0], sizes[1], sizes[2], "--caches"};
}

struct Row {
  std::string unit;
  std::optional<std::uint64_t> reported;  // the OS's size of the level
  std::uint64_t working_set = 0;
  double latency = 0, sequential = 0, random = 0;
};

int run(int argc, char** argv) {
  std::uint64_t max_mib = kMaxMiB;
  std::uint64_t min_kib = 4;
  std::uint64_t seed = 1;
  std::string png;
  std::string shuffle_name = "exercise";
  bool small_pages = false;
  std::string caches_option;
  CLI::App app{"Latency and bandwidth of the memory hierarchy, measured: a pointer chase over working sets "
               "from 4 KiB to 512 MiB and read bandwidth per level.",
               "memory_hierarchy"};
  app.add_option("--max-mib", max_mib, "the largest working set, MiB (1 to 512)")
      ->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_option("--min-kib", min_kib, "the smallest working set, KiB (4 to --max-mib)")
      ->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_option("--seed", seed, "seed of the random cycles")->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_option("--png", png, "draw latency against working set (log axes) into this PNG");
  app.add_option("--shuffle", shuffle_name, "exercise: your sattolo_cycle; solution: the reference one")
      ->capture_default_str();
  app.add_option("--caches", caches_option,
                 "L1d,L2,L3 sizes to use instead of the reported ones, e.g. 48K,1M,32M (read them off the figure)");
  app.add_flag("--small-pages", small_pages, "do not ask for 2 MiB pages (then TLB misses add to the latency)");
  app.footer("Exit codes: 0 ok, 1 run-time failure, 2 bad input.");
  if (const auto code = wb::cli::parse(app, argc, argv)) return *code;

  if (max_mib < 1 || max_mib > kMaxMiB) throw BadInput(fmt::format("--max-mib {} is out of range: use 1 to {}", max_mib, kMaxMiB));
  if (min_kib < 4 || min_kib > max_mib * 1024) {
    throw BadInput(fmt::format("--min-kib {} is out of range: use 4 to {} (--max-mib in KiB)", min_kib, max_mib * 1024));
  }
  Shuffle shuffle = mh::exercise::sattolo_cycle;
  if (shuffle_name == "solution") {
#ifdef WB_HAVE_SOLUTION
    shuffle = mh::solution::sattolo_cycle;
#else
    throw BadInput("--shuffle solution: this build has no solutions (configure with -DWB_SOLUTIONS=ON)");
#endif
  } else if (shuffle_name != "exercise") {
    throw BadInput(fmt::format("--shuffle {} is not one of: exercise, solution", shuffle_name));
  }
  if (!png.empty()) wb::cli::check_writable("--png", png);

  const std::uint64_t max_bytes = max_mib * kMiB;
  const Settings settings;
  mh::caches::Sizes caches = mh::caches::read();
  if (!caches_option.empty()) caches = parse_caches(caches_option);
  probe::Buffer buf(max_bytes, !small_pages);

  // 1. The latency curve.
  fmt::print("Latency of one load (a dependent chase over one random cycle through the lines), by working set:\n");
  fmt::print("{:>12} {:>10}\n", "working set", "ns/load");
  std::vector<std::pair<std::uint64_t, double>> curve;
  for (const std::uint64_t bytes : working_sets(min_kib * kKiB, max_bytes)) {
    const double ns = latency_ns(buf, bytes, shuffle, seed, settings);
    curve.emplace_back(bytes, ns);
    fmt::print("{:>12} {:>10.2f}\n", human(bytes), ns);
    std::fflush(stdout);
  }

  // 2. One working set per level: half the reported size (the rest of the cache holds the
  // program, the page tables and other processes' lines), and the largest for RAM.
  std::vector<Row> rows;
  const auto add = [&](const std::string& unit, std::optional<std::uint64_t> reported, std::uint64_t ws) {
    ws = ws / probe::kLine * probe::kLine;
    if (ws < 4 * kKiB || ws > max_bytes) return;
    rows.push_back({unit, reported, ws});
  };
  if (caches.l1d) add("L1d cache", caches.l1d, *caches.l1d / 2);
  if (caches.l2) add("L2 cache", caches.l2, *caches.l2 / 2);
  if (caches.l3) add("L3 cache", caches.l3, *caches.l3 / 2);
  add("RAM", std::nullopt, max_bytes);
  for (Row& row : rows) {
    const std::size_t lines = row.working_set / probe::kLine;
    const std::vector<std::uint32_t> next = shuffle(lines, seed);
    probe::link_lines(buf, next);
    row.latency = probe::chase_ns(buf, lines, settings.hops, settings.batches);
    row.sequential = probe::sequential_gbs(buf, row.working_set, settings.min_seconds, settings.bandwidth_batches);
    row.random = probe::random_gbs(buf, next, settings.min_seconds, settings.bandwidth_batches);
  }
  const auto reported = [](const Row& r) { return r.reported ? human(*r.reported) : std::string("-"); };
  fmt::print("\nThe memory units of this machine (cache sizes from {}):\n", caches.source);
  fmt::print("{:<10} {:>14} {:>12} {:>10} {:>18} {:>16}\n", "unit", "reported size", "working set", "latency",
             "sequential read", "random read");
  for (const Row& r : rows) {
    fmt::print("{:<10} {:>14} {:>12} {:>7.2f} ns {:>13.1f} GB/s {:>11.1f} GB/s\n", r.unit, reported(r),
               human(r.working_set), r.latency, r.sequential, r.random);
  }
  if (caches.l3 && *caches.l3 * 2 > max_bytes) {
    fmt::print("note: the RAM row's working set ({}) is less than twice the reported L3 ({}): part of it may "
               "still be cached, or the reported size is not the real one (a hypervisor can report anything); "
               "read the steps off the figure, compare with lscpu, and give the sizes with --caches.\n", human(max_bytes), human(*caches.l3));
  }

  if (!png.empty()) {
    const std::string csv = png + ".csv";
    {
      std::ofstream out(csv);
      out << "bytes,ns\n";
      for (const auto& [bytes, ns] : curve) out << bytes << ',' << ns << '\n';
      if (!out) throw std::runtime_error("cannot write " + csv);
    }
    const auto level = [](const char* name, std::optional<std::uint64_t> v) {
      return fmt::format("{}={}; ", name, v ? *v : 0);
    };
    wb::process::run_gnuplot(fmt::format("csv={}; png={}; {}{}{}", wb::process::gnuplot_quote(csv),
                                         wb::process::gnuplot_quote(png), level("l1", caches.l1d),
                                         level("l2", caches.l2), level("l3", caches.l3)),
                             WB_MEMORY_HIERARCHY_GP);
    fmt::print("figure: {} (data: {})\n", png, csv);
  }
  return wb::cli::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  return wb::cli::guarded_main("memory_hierarchy", "try a smaller --max-mib", [&] { return run(argc, argv); });
}
