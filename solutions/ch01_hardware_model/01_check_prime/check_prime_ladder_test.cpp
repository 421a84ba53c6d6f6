// ch01.1 check_prime: every rung of the solution's ladder agrees with a sieve below 1,000,000 and on
// the edge cases of the exercise's tests (test ch01.1-check-prime-ladder-test, label "solutions").
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "check_prime_ladder.hpp"

namespace ladder = ch01::check_prime::solution::ladder;

TEST_CASE("each rung agrees with a sieve below 1,000,000 and on numbers with known factors") {
  std::vector<bool> prime(1'000'000, true);
  prime[0] = prime[1] = false;
  for (std::size_t i = 2; i * i < prime.size(); ++i) {
    if (prime[i]) {
      for (std::size_t j = i * i; j < prime.size(); j += i) prime[j] = false;
    }
  }
  for (auto* rung : {ladder::modulo, ladder::wheel, ladder::vectorised}) {
    std::size_t disagreements = 0;
    for (std::uint64_t n = 0; n < prime.size(); ++n) disagreements += rung(n) != prime[n] ? 1 : 0;
    CHECK(disagreements == 0);
    CHECK(rung(4'503'599'627'370'449));
    CHECK_FALSE(rung(4'503'597'479'886'983));
    CHECK_FALSE(rung(4'503'601'640'636'641));
    CHECK_FALSE(rung(1'000'006'000'009));
  }
  CHECK((ladder::kLanes == 2 || ladder::kLanes == 4 || ladder::kLanes == 8));
}
