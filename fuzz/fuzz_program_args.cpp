// Fuzz target: a chapter program's command line (the anomalies program's options, parsed by
// CLI11 with wb::cli's validators) built from the input: NUL-separated arguments. Parsing must end
// in a value, a usage error (exit 2) or help (exit 0), never a crash or an uncaught exception.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "wb/cli.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> args{"program"};
  std::string current;
  for (std::size_t i = 0; i < size && args.size() < 16; ++i) {
    if (data[i] == 0) {
      args.push_back(current);
      current.clear();
    } else {
      current.push_back(static_cast<char>(data[i]));
    }
  }
  if (!current.empty()) args.push_back(current);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  double years = 0;
  std::uint64_t seed = 0, size_opt = 0, step = 0;
  std::string csv, window;
  bool progress = false;
  CLI::App app{"fuzzed", "fuzzed"};
  auto* years_opt = app.add_option("--years", years);
  auto* seed_opt = app.add_option("--seed", seed)->transform(wb::cli::decimal_integer(false));
  app.add_option("--csv", csv)->excludes(years_opt);
  app.add_option("--window", window);
  app.add_option("--size", size_opt)->transform(wb::cli::decimal_integer(false));
  app.add_option("--step", step)->transform(wb::cli::decimal_integer(false));
  app.add_flag("--progress", progress);
  (void)seed_opt;
  const auto code = wb::cli::parse(app, static_cast<int>(argv.size()), argv.data());
  if (code && *code != wb::cli::kOk && *code != wb::cli::kBadInput) std::abort();
  return 0;
}
