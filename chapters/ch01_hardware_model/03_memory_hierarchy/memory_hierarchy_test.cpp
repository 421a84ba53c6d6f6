// ch01.3 memory_hierarchy: correctness of sattolo_cycle. The facts come from the definition, never
// from a solution: one cycle through all n slots (walk n hops from slot 0: every slot seen once, back
// at 0 exactly at hop n), the same table for the same seed, and uniformity: for n = 4 there are
// (4 - 1)! = 6 cyclic permutations, and over 60,000 seeds each must come out about 1/6 of the time.
// Every test case calls the code under test outside CHECK first, so that a stub's not_implemented
// ends the test case.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "memory_hierarchy.hpp"

namespace impl = ch01::memory_hierarchy::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch01::memory_hierarchy::kMaxSlots;
using ch01::memory_hierarchy::SplitMix64;

namespace {

// "" when next is one cycle through all its slots, else what is wrong with it.
std::string cycle_problem(const std::vector<std::uint32_t>& next) {
  const std::size_t n = next.size();
  std::vector<bool> seen(n, false);
  std::size_t i = 0;
  for (std::size_t hop = 0; hop < n; ++hop) {
    if (next[i] >= n) return "index " + std::to_string(next[i]) + " out of range at slot " + std::to_string(i);
    if (seen[i]) return "slot " + std::to_string(i) + " visited twice, after " + std::to_string(hop) + " hops";
    seen[i] = true;
    i = next[i];
  }
  if (i != 0) return "not back at slot 0 after n hops";
  return "";
}

}  // namespace

TEST_CASE("step 1: the cycle visits every slot exactly once, for small n") {
  const std::vector<std::uint32_t> first = impl::sattolo_cycle(2, 1);
  CHECK(first == std::vector<std::uint32_t>{1, 0});  // the only cycle through two slots
  for (std::size_t n = 1; n <= 64; ++n) {
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
      const std::vector<std::uint32_t> next = impl::sattolo_cycle(n, seed);
      CAPTURE(n);
      CAPTURE(seed);
      REQUIRE(next.size() == n);
      REQUIRE(cycle_problem(next) == "");
    }
  }
}

TEST_CASE("step 1: n = 0 gives an empty table, n = 1 the slot that points to itself") {
  const std::vector<std::uint32_t> empty = impl::sattolo_cycle(0, 7);
  CHECK(empty.empty());
  CHECK(impl::sattolo_cycle(1, 7) == std::vector<std::uint32_t>{0});
}

TEST_CASE("step 1: one cycle for 1,000, random sizes and 2^20 slots") {
  std::vector<std::size_t> sizes{3, 1000, 1001, 65'537, std::size_t{1} << 20};
  SplitMix64 pick(2026);
  for (int k = 0; k < 20; ++k) sizes.push_back(2 + static_cast<std::size_t>(pick.below(50'000)));
  for (const std::size_t n : sizes) {
    const std::vector<std::uint32_t> next = impl::sattolo_cycle(n, n * 31 + 5);
    CAPTURE(n);
    REQUIRE(next.size() == n);
    CHECK(cycle_problem(next) == "");
  }
}

TEST_CASE("step 1: the same seed gives the same cycle, other seeds other cycles") {
  const std::vector<std::uint32_t> a = impl::sattolo_cycle(1000, 42);
  CHECK(a == impl::sattolo_cycle(1000, 42));
  int different = 0;
  for (std::uint64_t seed = 43; seed < 53; ++seed) different += impl::sattolo_cycle(1000, seed) != a ? 1 : 0;
  CHECK(different == 10);
}

TEST_CASE("step 1: every one of the 6 cycles through 4 slots is about equally likely") {
  constexpr int kSeeds = 60'000;
  std::map<std::vector<std::uint32_t>, int> counts;
  for (std::uint64_t seed = 0; seed < kSeeds; ++seed) ++counts[impl::sattolo_cycle(4, seed)];
  CHECK(counts.size() == 6);  // all (4 - 1)! cyclic permutations appear, and nothing else
  for (const auto& entry : counts) {  // not a structured binding: clang 14 cannot CAPTURE one
    const std::vector<std::uint32_t>& next = entry.first;
    const double share = static_cast<double>(entry.second) / kSeeds;
    CAPTURE(next[0]);
    CAPTURE(next[1]);
    CAPTURE(next[2]);
    CAPTURE(next[3]);
    CHECK(cycle_problem(next) == "");
    CHECK(share == doctest::Approx(1.0 / 6).epsilon(0.06));  // 1/6 +- 0.01; sigma is 0.0015
  }
}

TEST_CASE("step 1: every slot is equally likely to follow slot 0 (n = 10, 50,000 seeds)") {
  constexpr int kSeeds = 50'000;
  std::vector<int> after_zero(10, 0);
  for (std::uint64_t seed = 0; seed < kSeeds; ++seed) ++after_zero[impl::sattolo_cycle(10, seed ^ 0xabcdef)[0]];
  CHECK(after_zero[0] == 0);  // 0 -> 0 would be a cycle of length 1
  for (std::size_t s = 1; s < 10; ++s) {
    CAPTURE(s);
    CHECK(static_cast<double>(after_zero[s]) / kSeeds == doctest::Approx(1.0 / 9).epsilon(0.07));
  }
}

TEST_CASE("step 1: more than 2^32 slots do not fit 32-bit indices: invalid_argument") {
  if constexpr (sizeof(std::size_t) > 4) {
    // 2^40 slots: without the check, the vector of 4 TiB fails with bad_alloc instead.
    std::string outcome = "no exception";
    try {
      (void)impl::sattolo_cycle(std::size_t{1} << 40, 0);
    } catch (const std::invalid_argument&) {
      outcome = "invalid_argument";
    }
    CHECK(outcome == "invalid_argument");
    CHECK(kMaxSlots == std::uint64_t{1} << 32);
  }
}
