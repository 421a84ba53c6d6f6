// ch04.6 bad_hash: why the constant hash is slow, counted (test ch04.6-bad-hash-probes-test,
// label "solutions"): looking up "zz" examines at least 676 slots with the baseline's constant
// hash (every key before it, then its own) and exactly 1 with the book's GoodHash; all 676 GoodHash values
// differ (2,619 .. 3,294).
#include <doctest/doctest.h>

#include <cstdint>
#include <set>
#include <string>

#include "bad_hash.hpp"

namespace bh = ch04::bad_hash;

TEST_CASE("probes for zz: 676 or more with the constant hash, 1 with the book's GoodHash") {
  auto bad = bh::make_table<bh::baseline::key_hash>();
  auto good = bh::make_table<bh::solution::key_hash>();
  const std::size_t bad_before = bad.probes();
  const std::size_t good_before = good.probes();
  REQUIRE(bad.find("zz") != nullptr);
  REQUIRE(good.find("zz") != nullptr);
  // Every key follows the one sequence of hash 42 and takes its first free slot, so "zz" sits at
  // the 676th distinct slot of that sequence; the lookup examines the sequence up to there (a slot
  // the sequence visits twice is examined twice).
  std::set<std::size_t> distinct;
  std::size_t steps = 0;
  for (std::size_t slot : wb::pydict::probe_sequence(42, bad.slots() - 1)) {
    ++steps;
    distinct.insert(slot);
    if (distinct.size() == 676) break;
  }
  CHECK(steps >= 676);
  CHECK(bad.probes() - bad_before == steps);
  CHECK(good.probes() - good_before == 1);
}

TEST_CASE("the book's GoodHash: ord(k[1]) + 26 * ord(k[0]), 676 different values") {
  CHECK(bh::solution::key_hash("aa") == 97 + 26 * 97);
  CHECK(bh::solution::key_hash("zz") == 122 + 26 * 122);
  std::set<std::uint64_t> seen;
  for (const std::string& key : bh::two_letter_keys()) seen.insert(bh::solution::key_hash(key));
  CHECK(seen.size() == 676);
  CHECK(*seen.begin() == 2619);
  CHECK(*seen.rbegin() == 3294);
}
