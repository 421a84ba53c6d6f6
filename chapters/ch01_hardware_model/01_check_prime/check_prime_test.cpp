// ch01.1 check_prime: correctness. Expected values come from the book (10,000,000 and 10,000,019),
// a sieve of Eratosthenes, and numbers whose factors are known (the large primes were found with
// a deterministic Miller-Rabin test in Python: `python3 -c "..."` in the commit that added them),
// never from a solution.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "check_prime.hpp"

namespace impl = ch01::check_prime::WB_TESTED;  // exercise, baseline or solution: the build decides

namespace {

std::vector<bool> sieve(std::size_t n) {
  std::vector<bool> prime(n, true);
  prime[0] = prime[1] = false;
  for (std::size_t i = 2; i * i < n; ++i) {
    if (prime[i]) {
      for (std::size_t j = i * i; j < n; j += i) prime[j] = false;
    }
  }
  return prime;
}

}  // namespace

TEST_CASE("the book's two numbers: 10,000,000 is not prime, 10,000,019 is") {
  const bool ten_million = impl::check_prime(10'000'000);
  const bool ten_million_19 = impl::check_prime(10'000'019);
  CHECK_FALSE(ten_million);
  CHECK(ten_million_19);
}

TEST_CASE("every number below 1,000,000 agrees with a sieve") {
  const std::vector<bool> prime = sieve(1'000'000);
  std::size_t disagreements = 0, first = 0;
  for (std::uint64_t n = 0; n < prime.size(); ++n) {
    if (impl::check_prime(n) != prime[n]) {
      if (disagreements++ == 0) first = n;
    }
  }
  CAPTURE(first);
  CHECK(disagreements == 0);
}

TEST_CASE("the edges: 0, 1, 2, 3, 4, squares of primes, and primes that need 64 bits") {
  CHECK_FALSE(impl::check_prime(0));
  CHECK_FALSE(impl::check_prime(1));
  CHECK(impl::check_prime(2));
  CHECK(impl::check_prime(3));
  CHECK_FALSE(impl::check_prime(4));
  CHECK_FALSE(impl::check_prime(25));
  CHECK_FALSE(impl::check_prime(49));
  CHECK_FALSE(impl::check_prime(1'000'006'000'009));   // 1,000,003^2
  CHECK(impl::check_prime(1'000'003));
  CHECK(impl::check_prime(2'147'483'647));             // 2^31 - 1
  CHECK_FALSE(impl::check_prime(4'294'967'297));       // 2^32 + 1 = 641 x 6,700,417
  CHECK_FALSE(impl::check_prime(std::uint64_t{1} << 62));
}

TEST_CASE("around 2^52, where double division stops being exact") {
  CHECK(impl::check_prime(4'503'599'627'370'449));           // the largest prime below 2^52
  CHECK(impl::check_prime(4'503'599'627'370'517));           // the smallest above it
  CHECK_FALSE(impl::check_prime(4'503'597'479'886'983));     // 67,108,859 x 67,108,837 (below)
  CHECK_FALSE(impl::check_prime(4'503'600'298'459'061));     // 67,108,859 x 67,108,879 (above)
  CHECK_FALSE(impl::check_prime(4'503'601'640'636'641));     // 67,108,879^2
}

TEST_CASE("2^61 - 1, a Mersenne prime: a billion and a half candidates") {
  const bool mersenne = impl::check_prime((std::uint64_t{1} << 61) - 1);
  CHECK(mersenne);
}
