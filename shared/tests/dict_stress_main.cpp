// dict_stress: `./workbook stress dict [--ops N]`. The long version of shared-pydict's model test:
// wb::pydict::Dict against std::unordered_map (plus the insertion order) for N random operations
// (10,000,000 by default) over four fixed-seed runs: a hash with 7 values, a hash with one value,
// CPython's int hash over 20,000 keys and over 2,000,000 keys (the table grows to 4M slots).
//
// Exit codes: 0 no divergence, 1 a divergence (or a failure while running), 2 bad input.
#include <chrono>
#include <cstddef>
#include <cstdint>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "pydict_model_run.hpp"
#include "wb/cli.hpp"
#include "wb/pydict.hpp"

namespace {

struct IntHash {
  std::uint64_t operator()(int k) const { return static_cast<std::uint64_t>(k); }
};
struct Mod7Hash {
  std::uint64_t operator()(int k) const { return static_cast<std::uint64_t>(k % 7); }
};
struct ConstantHash {
  std::uint64_t operator()(int) const { return 42; }
};

constexpr std::uint64_t kMaxOps = 1'000'000'000;

template <class Dict>
std::size_t stress(const char* name, std::uint64_t seed, long long ops, int key_space) {
  const auto start = std::chrono::steady_clock::now();
  std::size_t order_checks = 0;
  const std::size_t divergences = wb::pydict::testing::compare_with_model<Dict>(seed, ops, key_space, order_checks);
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  fmt::print("{:<34} seed {:>9}  {:>13} operations over {:>9} keys: {} divergences, {} order checks ({:.1f} s)\n",
             name, seed, wb::cli::with_commas(static_cast<std::uint64_t>(ops)),
             wb::cli::with_commas(static_cast<std::uint64_t>(key_space)), divergences, order_checks, took.count());
  return divergences;
}

int run(int argc, char** argv) {
  std::uint64_t ops = 10'000'000;
  CLI::App app{"wb::pydict::Dict against std::unordered_map: random operations, fixed seeds.", "dict_stress"};
  app.add_option("--ops", ops, "operations in all (split over four runs)")
      ->transform(wb::cli::decimal_integer(false))
      ->capture_default_str();
  app.footer("Exit codes: 0 no divergence, 1 a divergence, 2 bad input.");
  if (const auto code = wb::cli::parse(app, argc, argv)) return *code;
  if (ops < 4 || ops > kMaxOps) {
    throw wb::cli::BadInput(fmt::format("--ops {} is out of range: use 4 to {}", ops, wb::cli::with_commas(kMaxOps)));
  }
  const auto part = static_cast<long long>(ops / 10);
  std::size_t divergences = 0;
  namespace pd = wb::pydict;
  divergences += stress<pd::Dict<int, int, Mod7Hash>>("7 hash values (collisions)", 20240501, 2 * part, 300);
  divergences += stress<pd::Dict<int, int, ConstantHash>>("one hash value (every key collides)", 42, part, 60);
  divergences += stress<pd::Dict<int, int, IntHash>>("int hash, 20,000 keys", 7, 3 * part,
                                                     20'000);
  divergences += stress<pd::Dict<int, int, IntHash>>("int hash, 2,000,000 keys", 11,
                                                     static_cast<long long>(ops) - 6 * part, 2'000'000);
  fmt::print("{}\n", divergences == 0 ? "dict_stress: no divergence" : "dict_stress: DIVERGENCES found");
  return divergences == 0 ? wb::cli::kOk : wb::cli::kFailed;
}

}  // namespace

int main(int argc, char** argv) {
  return wb::cli::guarded_main("dict_stress", "try fewer --ops", [&] { return run(argc, argv); });
}
