// ch01.6 gil_free: the tour's program (`./workbook run gil_free [--steps N] [--threads T]`). Runs the
// same CPU-bound work on 1 .. T threads, freely and with one global lock around every step (a GIL),
// and prints the times and the speed-ups over one thread side by side (best of 3 runs each).
//
// Exit codes: 0 success, 1 a failure while running, 2 bad input.
#include <algorithm>
#include <cstdint>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "gil_free.hpp"
#include "wb/cli.hpp"

namespace {

namespace g = ch01::gil_free;
using wb::cli::BadInput;

g::Run best_of_3(unsigned threads, bool gil, std::uint64_t steps) {
  g::Run best = g::run_work(threads, gil, steps);
  for (int i = 0; i < 2; ++i) {
    const g::Run r = g::run_work(threads, gil, steps);
    if (r.seconds < best.seconds) best = r;
  }
  return best;
}

int run(int argc, char** argv) {
  std::uint64_t steps = 20'000;
  unsigned threads = std::max(2u, std::thread::hardware_concurrency());
  CLI::App app{"The same CPU-bound work on 1..T threads, with and without one global lock (a GIL).", "gil_free"};
  app.add_option("--steps", steps, "steps of work in all (each a few microseconds)")
      ->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.add_option("--threads", threads, "the most threads to try")->transform(wb::cli::decimal_integer(false))->capture_default_str();
  app.footer("Exit codes: 0 ok, 1 run-time failure, 2 bad input.");
  if (const auto code = wb::cli::parse(app, argc, argv)) return *code;
  if (steps == 0 || steps > 100'000'000) throw BadInput(fmt::format("--steps {} is out of range: use 1 to 100,000,000", steps));
  if (threads == 0 || threads > 256) throw BadInput(fmt::format("--threads {} is out of range: use 1 to 256", threads));

  fmt::print("{} steps of CPU-bound work; this machine reports {} hardware threads\n", wb::cli::with_commas(steps),
             std::thread::hardware_concurrency());
  fmt::print("{:>8} {:>12} {:>9}   {:>12} {:>9} {:>12}\n", "threads", "no lock", "speed-up", "one lock", "speed-up",
             "lock waits");
  double free1 = 0, gil1 = 0;
  for (unsigned t = 1; t <= threads; ++t) {
    const g::Run f = best_of_3(t, false, steps);
    const g::Run l = best_of_3(t, true, steps);
    if (f.checksum != l.checksum) throw std::runtime_error("the two runs computed different results");
    if (t == 1) {
      free1 = f.seconds;
      gil1 = l.seconds;
    }
    fmt::print("{:>8} {:>10.1f}ms {:>8.2f}x   {:>10.1f}ms {:>8.2f}x {:>12}\n", t, f.seconds * 1e3, free1 / f.seconds,
               l.seconds * 1e3, gil1 / l.seconds, wb::cli::with_commas(l.lock_waits));
  }
  return wb::cli::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  return wb::cli::guarded_main("gil_free", "try fewer --steps", [&] { return run(argc, argv); });
}
