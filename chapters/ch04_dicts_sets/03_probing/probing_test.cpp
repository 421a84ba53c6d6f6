// ch04.3 probing: correctness. Expected values come from the book (Examples 4-4 and 4-5: the probe
// sequences, the cities' slots, Johannesburg's path) and from wb::pydict::probe_sequence (CPython's
// rule), never from a solution. Every test case calls the code under test outside CHECK first, so
// that a stub's not_implemented ends the test case.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <vector>

#include "probing.hpp"
#include "wb/pydict.hpp"

namespace impl = ch04::probing::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch04::probing::Table;

namespace {

template <class Gen>
std::vector<std::size_t> first(Gen&& gen, std::size_t n) {
  std::vector<std::size_t> out;
  for (std::size_t i : gen) {
    out.push_back(i);
    if (out.size() == n) break;
  }
  return out;
}

Table book_cities() {
  Table t{};
  for (const char* city : {"Rome", "San Francisco", "New York", "Barcelona"}) impl::insert(t, city);
  return t;
}

}  // namespace

TEST_CASE("step 1: the book's probe sequences with mask 7") {
  const std::vector<std::size_t> seven = first(impl::probe_sequence(7, 7), 10);
  CHECK(seven == std::vector<std::size_t>{7, 4, 5, 2, 3, 0, 1, 6, 7, 4});
  CHECK(first(impl::probe_sequence(231, 7), 10) == std::vector<std::size_t>{7, 3, 0, 1, 6, 7, 4, 5, 2, 3});
  CHECK(first(impl::probe_sequence(119, 7), 10) == std::vector<std::size_t>{7, 7, 4, 5, 2, 3, 0, 1, 6, 7});
  CHECK(first(impl::probe_sequence(113, 7), 10) == std::vector<std::size_t>{1, 1, 6, 7, 4, 5, 2, 3, 0, 1});
  CHECK(first(impl::probe_sequence(112, 7), 10) == std::vector<std::size_t>{0, 4, 5, 2, 3, 0, 1, 6, 7, 4});
}

TEST_CASE("step 1: 2,000 random hashes, masks and shifts agree with CPython's rule for 40 steps") {
  std::mt19937_64 rng(43);
  for (int trial = 0; trial < 2000; ++trial) {
    const std::uint64_t hash = rng();
    const std::size_t mask = (std::size_t{1} << (3 + trial % 20)) - 1;
    const unsigned shift = 1 + static_cast<unsigned>(trial % 7);
    CAPTURE(hash);
    CAPTURE(mask);
    CAPTURE(shift);
    const std::vector<std::size_t> mine = first(impl::probe_sequence(hash, mask, shift), 40);
    REQUIRE(mine == first(wb::pydict::probe_sequence(hash, mask, shift), 40));
  }
}

TEST_CASE("step 2: the book's cities: Rome 2, San Francisco 3, New York 6, Barcelona 5") {
  Table t{};
  const std::size_t rome = impl::insert(t, "Rome");
  CHECK(rome == 2);
  CHECK(impl::insert(t, "San Francisco") == 3);
  CHECK(impl::insert(t, "New York") == 6);
  CHECK(impl::insert(t, "Barcelona") == 5);  // 'B' & 7 = 2 is Rome's: the next probe is 5
  CHECK(t[5].key == "Barcelona");
  CHECK(impl::insert(t, "Rome") == 2);       // already there: nothing changes
}

TEST_CASE("step 2: a sixth key is refused (5 of 8 slots), so every lookup meets an empty slot") {
  Table t = book_cities();
  impl::insert(t, "Athens");
  CHECK_THROWS_AS(impl::insert(t, "Zurich"), std::length_error);
}

TEST_CASE("step 3: looking up Johannesburg visits 2, 5, 2, 3, 0 and stops at the empty 0") {
  const Table t = book_cities();
  const ch04::probing::Lookup j = impl::lookup(t, "Johannesburg");
  CHECK_FALSE(j.slot.has_value());
  CHECK(j.visited == std::vector<std::size_t>{2, 5, 2, 3, 0});
  const ch04::probing::Lookup b = impl::lookup(t, "Barcelona");
  CHECK(b.slot == std::optional<std::size_t>{5});
  CHECK(b.visited == std::vector<std::size_t>{2, 5});
}

TEST_CASE("step 4: delete Rome: Rome is gone, Barcelona (placed after it) is still found") {
  Table t = book_cities();
  const bool erased = impl::erase(t, "Rome");
  CHECK(erased);
  CHECK(t[2].state == ch04::probing::Slot::State::dummy);
  CHECK_FALSE(impl::lookup(t, "Rome").slot.has_value());
  CHECK(impl::lookup(t, "Barcelona").slot == std::optional<std::size_t>{5});
  CHECK_FALSE(impl::erase(t, "Rome"));
  CHECK(impl::insert(t, "Berlin") == 2);  // the dummy is reused
  CHECK(impl::lookup(t, "Barcelona").slot == std::optional<std::size_t>{5});
}

TEST_CASE("step 4: dummies count towards the fill: erase then insert never leaves no empty slot") {
  Table t = book_cities();
  impl::insert(t, "Athens");
  impl::erase(t, "Athens");
  CHECK_THROWS_AS(impl::insert(t, "Cairo"), std::length_error);  // 'C' = 67 -> slot 3, then 0: empty
  CHECK_FALSE(impl::lookup(t, "Cairo").slot.has_value());         // and lookups still end
}
