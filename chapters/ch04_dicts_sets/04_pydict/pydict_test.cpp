// ch04.4 pydict: correctness. Expected values come from the book (Example 4-5's cities, the
// deletion questions), from CPython 3.11 (the sizes at which a dict grows, read from
// sys.getsizeof) and from wb::pydict::Dict, the shared model, never from the solution. Every test
// case calls the code under test outside CHECK first, so that a stub's not_implemented ends it.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pydict.hpp"
#include "pydict_model.hpp"
#include "wb/pydict.hpp"

namespace impl = ch04::pydict::WB_TESTED;  // exercise, baseline or solution: the build decides
namespace t = ch04::pydict::testing;
using ch04::pydict::Entry;
using ch04::pydict::kDummy;
using ch04::pydict::kEmpty;
using ch04::pydict::State;

TEST_CASE("step 1: rebuild places the book's cities in slots 2, 3, 6 and 5 (Barcelona collides)") {
  State d = t::city_entries();  // four entries, no table yet
  impl::rebuild(d, 8);
  CHECK(d.index == std::vector<std::ptrdiff_t>{kEmpty, kEmpty, 0, 1, kEmpty, 3, 2, kEmpty});
  CHECK(d.probes == 5);  // one slot each, two for Barcelona (2, then 5)
  CHECK(d.usable == 1);  // 8 slots: 5 usable, 4 used
  CHECK(d.entries.size() == 4);
}

TEST_CASE("step 1: rebuild drops the holes and places every entry as the probe sequence says") {
  State d = t::random_entries(300, 7);  // every third entry a hole
  const std::vector<std::uint64_t> live_hashes = t::live_hashes(d);
  impl::rebuild(d, 512);
  REQUIRE(d.entries.size() == live_hashes.size());
  for (std::size_t i = 0; i < d.entries.size(); ++i) CHECK(d.entries[i].hash == live_hashes[i]);
  std::size_t expected_probes = 0;
  CHECK(d.index == t::expected_index(live_hashes, 512, expected_probes));
  CHECK(d.probes == expected_probes);
  CHECK(d.usable == 341 - d.used);
}

TEST_CASE("step 2: find follows the probe sequence; Johannesburg reads 2, 5, 2, 3 and the empty 0") {
  State d = t::city_entries();
  impl::rebuild(d, 8);
  d.probes = 0;
  const std::int64_t* rome = impl::find(d, "Rome");
  const std::int64_t* barcelona = impl::find(d, "Barcelona");
  const std::size_t before = d.probes;
  const std::int64_t* johannesburg = impl::find(d, "Johannesburg");
  REQUIRE(rome != nullptr);
  REQUIRE(barcelona != nullptr);
  CHECK(*rome == 1);
  CHECK(*barcelona == 4);
  CHECK(before == 3);                // Rome 1, Barcelona 2
  CHECK(johannesburg == nullptr);
  CHECK(d.probes - before == 5);     // 2, 5, 2, 3, 0
  CHECK(impl::find(d, "Rio") == nullptr);  // same hash as Rome ('R'), another key
}

TEST_CASE("step 2: find goes on past a dummy, and finds nothing (reading nothing) without a table") {
  State empty;
  const std::int64_t* none = impl::find(empty, "Rome");
  CHECK(none == nullptr);
  CHECK(empty.probes == 0);
  State d = t::city_entries();
  impl::rebuild(d, 8);
  d.index[2] = kDummy;  // as if Rome were erased
  d.entries[0].live = false;
  const std::int64_t* barcelona = impl::find(d, "Barcelona");
  REQUIRE(barcelona != nullptr);
  CHECK(*barcelona == 4);
  CHECK(impl::find(d, "Rome") == nullptr);
}

TEST_CASE("step 3: int keys hashed as themselves grow the table at CPython 3.11's sizes") {
  State d;
  d.hash = t::number_hash;
  std::vector<std::pair<std::size_t, std::size_t>> changes;
  for (int key = 0; key < 6000; ++key) {
    const std::size_t before = d.index.size();
    const bool inserted = impl::insert_or_assign(d, std::to_string(key), key);
    REQUIRE(inserted);
    if (d.index.size() != before) changes.emplace_back(d.used, d.index.size());
  }
  const std::vector<std::pair<std::size_t, std::size_t>> expected = {
      {1, 8},     {6, 16},    {11, 32},    {22, 64},    {43, 128},    {86, 256},
      {171, 512}, {342, 1024}, {683, 2048}, {1366, 4096}, {2731, 8192}, {5462, 16384}};
  CHECK(changes == expected);
  CHECK(d.usable == 10922 - 6000);
}

TEST_CASE("step 3: inserting the cities, then assigning, as wb::pydict::Dict does") {
  State d;
  d.hash = t::first_letter_hash;
  t::CityModel model;
  std::int64_t value = 1;
  for (const char* city : t::kCities) {
    const bool inserted = impl::insert_or_assign(d, city, value);
    CHECK(inserted == model.insert_or_assign(city, value));
    ++value;
  }
  CHECK(d.index == std::vector<std::ptrdiff_t>{kEmpty, kEmpty, 0, 1, kEmpty, 3, 2, kEmpty});
  CHECK(d.probes == model.probes());
  const bool again = impl::insert_or_assign(d, "New York", 30);
  CHECK_FALSE(again);
  CHECK(d.entries.size() == 4);
  CHECK(d.entries[2].value == 30);
  CHECK(d.used == 4);
  CHECK(d.usable == 1);  // assigning uses nothing up
}

TEST_CASE("step 4: deleting Rome leaves a dummy: Rome is gone, Barcelona (behind it) is still found") {
  State d;
  d.hash = t::first_letter_hash;
  for (const char* city : t::kCities) impl::insert_or_assign(d, city, 1);
  const bool erased = impl::erase(d, "Rome");
  REQUIRE(erased);
  CHECK(d.index[2] == kDummy);
  CHECK_FALSE(d.entries[0].live);
  CHECK(d.used == 3);
  CHECK(d.usable == 1);  // not given back
  const std::size_t before = d.probes;
  CHECK(impl::find(d, "Rome") == nullptr);
  CHECK(d.probes - before == 5);  // 2 (dummy), 5, 2, 3, 0 (empty)
  CHECK(impl::find(d, "Barcelona") != nullptr);
  CHECK_FALSE(impl::erase(d, "Rome"));
  CHECK_FALSE(impl::erase(d, "Oslo"));
}

TEST_CASE("step 4: a re-inserted Rome takes the dummy; a table of dummies is rebuilt without growing") {
  State d;
  d.hash = t::first_letter_hash;
  for (const char* city : t::kCities) impl::insert_or_assign(d, city, 1);
  impl::erase(d, "Rome");
  impl::insert_or_assign(d, "Rome", 2);
  CHECK(d.index[2] == 4);      // the dummy's slot, pointing at a fifth entry
  CHECK(d.usable == 0);
  for (const char* city : {"San Francisco", "New York", "Barcelona"}) impl::erase(d, city);
  impl::insert_or_assign(d, "Oslo", 3);  // nothing usable: rebuild for 1 live key -> 8 slots
  CHECK(d.index.size() == 8);
  CHECK(d.entries.size() == 2);  // the holes are gone
  CHECK(d.used == 2);
  CHECK(d.usable == 3);
}

TEST_CASE("step 5: items come in insertion order; assigned keys keep their place, re-inserted ones move") {
  State d;
  for (const char* city : t::kCities) impl::insert_or_assign(d, city, 1);
  impl::insert_or_assign(d, "Rome", 7);
  impl::erase(d, "San Francisco");
  impl::insert_or_assign(d, "San Francisco", 8);
  const auto got = impl::items(d);
  const std::vector<std::pair<std::string, std::int64_t>> expected = {
      {"Rome", 7}, {"New York", 1}, {"Barcelona", 1}, {"San Francisco", 8}};
  CHECK(got == expected);
  CHECK(impl::items(State{}).empty());
}

TEST_CASE("step 5: 200,000 random operations agree with wb::pydict::Dict, probe for probe") {
  for (const ch04::pydict::HashFn hash : {ch04::pydict::default_hash, t::first_letter_hash, t::weak_hash}) {
    const t::Divergence d = t::run_model(
        hash, 200'000, [](State& s, std::string_view k, std::int64_t v) { return impl::insert_or_assign(s, k, v); },
        [](State& s, std::string_view k) { return impl::find(s, k); },
        [](State& s, std::string_view k) { return impl::erase(s, k); }, [](const State& s) { return impl::items(s); });
    INFO(d.what);
    CHECK(d.at == t::kNoDivergence);
  }
}
