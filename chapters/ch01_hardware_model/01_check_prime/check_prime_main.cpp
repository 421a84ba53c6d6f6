// ch01.1 check_prime: the chapter program (`./workbook run check_prime [N ...]`). Prints whether each
// number is prime by your check_prime, the time one call takes in C++ (best of many) and, when
// python3 is on the PATH, the book's pure-Python original's time beside it. Default numbers: the
// book's 10,000,000 and 10,000,019.
//
// Exit codes: 0 success, 1 a failure while running, 2 bad input.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "check_prime.hpp"
#include "wb/cli.hpp"
#include "wb/process.hpp"

namespace {

using wb::cli::with_commas;

// Seconds per call of check_prime(n): the best of 5 batches of about 10 ms each.
double time_check(std::uint64_t n) {
  using clock = std::chrono::steady_clock;
  volatile std::uint64_t number = n;
  std::uint64_t calls = 1;
  double best = 1e300;
  for (int batch = 0; batch < 5; ++batch) {
    while (true) {
      const auto start = clock::now();
      bool sink = false;
      for (std::uint64_t i = 0; i < calls; ++i) sink ^= ch01::check_prime::exercise::check_prime(number);
      const std::chrono::duration<double> took = clock::now() - start;
      volatile bool keep = sink;
      (void)keep;
      if (took.count() > 0.01 || calls > (1u << 30)) {
        best = std::min(best, took.count() / static_cast<double>(calls));
        break;
      }
      calls *= 2;
    }
  }
  return best;
}

std::string describe_seconds(double s) {
  if (s < 1e-6) return fmt::format("{:.1f} ns", s * 1e9);
  if (s < 1e-3) return fmt::format("{:.2f} us", s * 1e6);
  if (s < 1) return fmt::format("{:.2f} ms", s * 1e3);
  return fmt::format("{:.2f} s", s);
}

int run(int argc, char** argv) {
  std::vector<std::uint64_t> numbers{10'000'000, 10'000'019};
  bool no_python = false;
  CLI::App app{"The book's check_prime: is each number prime, and how long does one check take?", "check_prime"};
  app.add_option("numbers", numbers, "the numbers to check (default: the book's 10000000 10000019)")
      ->transform(wb::cli::decimal_integer(false));
  app.add_flag("--no-python", no_python, "do not time the pure-Python original");
  app.footer("Exit codes: 0 ok, 1 run-time failure, 2 bad input.");
  if (const auto code = wb::cli::parse(app, argc, argv)) return *code;
  const bool python = !no_python && wb::cli::on_path("python3");
  for (const std::uint64_t n : numbers) {
    const bool prime = ch01::check_prime::exercise::check_prime(n);
    const double cpp = time_check(n);
    std::string line = fmt::format("check_prime({}) = {:<5}  C++ {}", with_commas(n), prime ? "True" : "False", describe_seconds(cpp));
    if (python && n <= 1'000'000'000'000ULL) {
      const wb::process::TwinTiming t = wb::process::time_python_twin({"python3", WB_CHECK_PRIME_PY, std::to_string(n)});
      line += t.seconds ? fmt::format(", Python {} ({:.0f}x)", describe_seconds(*t.seconds), *t.seconds / cpp)
                        : fmt::format(", Python: {}", t.problem);
    }
    fmt::print("{}\n", line);
  }
  return wb::cli::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  return wb::cli::guarded_main("check_prime", "try a smaller number", [&] { return run(argc, argv); });
}
