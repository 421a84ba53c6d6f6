// ch02 julia program, --memory: the memory exercise's report (ch02.4). The counting allocator
// measures the baseline's set-up and kernel and the chosen implementation's, phase by phase; the
// timeline can be saved as CSV and drawn with gnuplot (.meta/memory_plot.gp).
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "julia_program.hpp"
#include "memory.hpp"
#include "wb/alloc_counter.hpp"
#include "wb/cli.hpp"
#include "wb/process.hpp"

namespace ch02::julia_program {

namespace {

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

// Draws the timelines in csv into png with memory_plot.gp.
void plot_memory(const std::string& csv, const std::string& png, const std::vector<MemoryRun>& runs,
                 const Spec& spec) {
#ifdef WB_MEMORY_PLOT_GP
  const std::string script = WB_MEMORY_PLOT_GP;
#else
  const std::string script;
#endif
  std::vector<std::string_view> names;
  for (const MemoryRun& run : runs) names.push_back(run.name);
  const std::string settings = fmt::format(
      "csv={}; png={}; variants={}; title={}", wb::process::gnuplot_quote(csv), wb::process::gnuplot_quote(png),
      wb::process::gnuplot_quote(fmt::format("{}", fmt::join(names, " "))),
      wb::process::gnuplot_quote(fmt::format("Julia set, width {}: heap in use over time (wb::alloc timeline)", spec.width)));
  wb::process::run_gnuplot(settings, script);
}

}  // namespace

// Measures the heap of the baseline set-up and kernel and of the chosen implementation's, prints
// their phase tables and set-up peaks, and writes the timeline and the plot if asked.
int run_memory_report(const Options& opt, const ModeImplementation& impl) {
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
    if (name == "baseline") return "the book's set-up, frozen (chapters/ch02_profiling/04_memory/.meta/memory_baseline.cpp)";
    if (name == "solution") return "axes only (solutions/ch02_profiling/04_memory/memory.cpp)";
    return "yours (chapters/ch02_profiling/04_memory/memory.cpp)";
  };
  for (const MemoryRun& run : runs) {
    fmt::print("\n{}: {}\n{}", run.name, describe(run.name), run.table);
    fmt::print("set-up peak: {}; calculate_z adds at most {}\n",
               wb::cli::describe_bytes(static_cast<double>(run.setup_peak)),
               wb::cli::describe_bytes(static_cast<double>(run.calculate_peak)));
  }

  int exit_code = wb::cli::kOk;
  const MemoryRun& base = runs.front();
  const MemoryRun& mine = runs.back();
  if (mine.setup_peak > 0) {
    fmt::print("\nThe {}'s set-up peak is {:.1f}x below the baseline's (ch02.4's target: 10x).\n",
               mine.name, static_cast<double>(base.setup_peak) / static_cast<double>(mine.setup_peak));
  } else {
    fmt::print("\nThe {}'s set-up allocates nothing at all (the baseline's peaks at {}).\n", mine.name,
               wb::cli::describe_bytes(static_cast<double>(base.setup_peak)));
  }
  const Spec book;
  const bool is_book_spec = opt.spec.width == book.width &&
                            opt.spec.max_iterations == book.max_iterations && opt.spec.c == book.c;
  for (const MemoryRun& run : runs) {
    if ((is_book_spec && run.checksum != wb::julia::book_checksum) || run.checksum != base.checksum) {
      fmt::print(stderr, "julia: --memory: {} gives sum(output) = {}, expected {}\n", run.name, run.checksum,
                 is_book_spec ? wb::julia::book_checksum : base.checksum);
      exit_code = wb::cli::kFailed;
    }
  }
  if (exit_code == wb::cli::kOk) fmt::print("Both give sum(output) = {}.\n", base.checksum);

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

}  // namespace ch02::julia_program
