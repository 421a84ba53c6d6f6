// ch03.9 tuple_or_list (tour): the book's six datasets, each in the C++ container that fits it, and
// the facts that make the choice: a fixed-size, immutable record lives in a std::array or a const
// struct with no heap at all and is checked by the compiler; data that grows lives in a
// std::vector. Read the quiz in exercises.md first, then this file.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

namespace {

// 1. The first 20 primes: fixed forever, so a constexpr std::array computed at compile time.
constexpr std::array<int, 20> first_primes() {
  std::array<int, 20> primes{};
  std::size_t found = 0;
  for (int n = 2; found < primes.size(); ++n) {
    bool prime = true;
    for (int d = 2; d * d <= n; ++d) prime = prime && n % d != 0;
    if (prime) primes[found++] = n;
  }
  return primes;
}
constexpr std::array<int, 20> kFirstPrimes = first_primes();
static_assert(kFirstPrimes.back() == 71);              // checked while compiling: no run-time cost
static_assert(sizeof(kFirstPrimes) == 20 * sizeof(int));  // just the ints: no pointer, no capacity

// 3. Age, weight and height: a fixed set of named fields whose values change: a struct (the
// book's "list, since the values change" becomes mutable members, not a container).
struct Measurements {
  int age_years;
  double weight_kg;
  double height_m;
};

// 4. Birthday and birthplace: fixed fields that never change: a const record.
struct Birth {
  std::string date;   // ISO 8601
  std::string place;
};

// 5. One game of pool: its result never changes once played: a const std::tuple (or struct).
using GameResult = std::tuple<std::string, std::string, int>;  // winner, loser, balls left

}  // namespace

TEST_CASE("1. the first 20 primes are a compile-time std::array") {
  CHECK(kFirstPrimes.front() == 2);
  CHECK(kFirstPrimes[9] == 29);
  CHECK(std::is_trivially_copyable_v<decltype(kFirstPrimes)>);
}

TEST_CASE("2. programming languages grow: a std::vector, whose capacity runs ahead of its size") {
  std::vector<std::string> languages{"C", "C++", "Python"};
  languages.push_back("Rust");
  CHECK(languages.size() == 4);
  CHECK(languages.capacity() >= languages.size());  // the over-allocation of ch03.6
}

TEST_CASE("3. measurements change in place: a struct with mutable members") {
  Measurements m{40, 70.5, 1.80};
  m.weight_kg = 69.0;
  CHECK(m.weight_kg == 69.0);
  CHECK(std::is_aggregate_v<Measurements>);
}

TEST_CASE("4 and 5. a birth record and one game's result are const: assignment does not compile") {
  const Birth birth{"1990-01-01", "Lisbon"};
  const GameResult game{"Ada", "Grace", 3};
  static_assert(!std::is_assignable_v<const Birth&, Birth>);
  static_assert(!std::is_assignable_v<const GameResult&, GameResult>);
  CHECK(std::get<2>(game) == 3);
  CHECK(birth.place == "Lisbon");
}

TEST_CASE("6. a continuing series of games: a std::vector of const results (the book's list of tuples)") {
  std::vector<GameResult> season;
  season.emplace_back("Ada", "Grace", 3);
  season.emplace_back("Grace", "Ada", 1);
  CHECK(season.size() == 2);
  CHECK(std::get<0>(season.back()) == "Grace");
}
