// ch04.5 hash_quality: correctness. Expected values come from the book (474 and 974 collisions;
// Example 4-7 perfect in 2,048 and 1,024 slots), from counting done here in the test, and from
// closed forms (log2 676; pigeonhole), never from a solution. Every test case calls the code under
// test outside CHECK first, so that a stub's not_implemented ends the test case.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

#include "hash_quality.hpp"
#include "wb/pydict.hpp"

namespace impl = ch04::hash_quality::WB_TESTED;  // exercise, baseline or solution: the build decides
namespace hq = ch04::hash_quality;

namespace {

std::size_t distinct_first_letters(const std::vector<std::string>& names) {
  std::set<std::uint64_t> letters;
  for (const std::string& name : names) letters.insert(hq::first_letter_hash(name));
  return letters.size();
}

std::vector<std::uint64_t> iota_hashes(std::uint64_t first, std::size_t n) {
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(first + i);
  return out;
}

// The entropy of n keys spread over groups of the given sizes: log2(n) - sum(g log2 g) / n.
double entropy_of_groups(const std::vector<std::size_t>& groups) {
  double n = 0, sum = 0;
  for (std::size_t g : groups) {
    n += static_cast<double>(g);
    sum += static_cast<double>(g) * std::log2(static_cast<double>(g));
  }
  return std::log2(n) - sum / n;
}

struct TwoLetter {
  std::uint64_t operator()(const std::string& key) const { return impl::two_letter_hash(key); }
};

}  // namespace

TEST_CASE("step 1: 500 city names collide 474 times, 1,000 collide 974 times (the book's numbers)") {
  const std::vector<std::string> names500 = hq::city_names(500);
  const std::size_t c500 = impl::first_letter_collisions(names500);
  const std::size_t c1000 = impl::first_letter_collisions(hq::city_names(1000));
  CHECK(c500 == 474);
  CHECK(c1000 == 974);
  // The names: distinct, each an upper-case letter first, all 26 letters used.
  CHECK(std::set<std::string>(names500.begin(), names500.end()).size() == 500);
  for (const std::string& name : names500) REQUIRE((name.front() >= 'A' && name.front() <= 'Z'));
  CHECK(distinct_first_letters(names500) == 26);
}

TEST_CASE("step 1: the book's cities: no collision until Berlin meets Barcelona") {
  std::vector<std::string> cities{"Rome", "San Francisco", "New York", "Barcelona"};
  const std::size_t four = impl::first_letter_collisions(cities);
  CHECK(four == 0);
  cities.push_back("Berlin");
  CHECK(impl::first_letter_collisions(cities) == 1);
  cities.push_back("Bern");
  CHECK(impl::first_letter_collisions(cities) == 2);
  cities.push_back("Sydney");
  CHECK(impl::first_letter_collisions(cities) == 3);
  CHECK(impl::first_letter_collisions(std::vector<std::string>{}) == 0);
  CHECK(impl::first_letter_collisions(std::vector<std::string>{"Oslo", "Oslo", "Oslo"}) == 2);
  CHECK(impl::first_letter_collisions(std::vector<std::string>{"athens", "Athens"}) == 0);  // 97 and 65
  CHECK(impl::first_letter_collisions(std::vector<std::string>{"", "", "X"}) == 1);  // "" hashes to 0
}

TEST_CASE("step 1: any number of names: the count minus the distinct first letters") {
  const std::vector<std::string> all = hq::city_names(1000);
  for (std::size_t n : {1, 2, 10, 25, 26, 27, 40, 77, 300}) {
    const std::vector<std::string> names(all.end() - static_cast<std::ptrdiff_t>(n), all.end());
    CAPTURE(n);
    const std::size_t got = impl::first_letter_collisions(names);
    CHECK(got == n - distinct_first_letters(names));
  }
}

TEST_CASE("step 2: small cases, exactly") {
  const std::vector<std::uint64_t> four{0, 1, 2, 3};
  const double h4 = impl::slot_entropy(four, 4);
  CHECK(h4 == doctest::Approx(2.0).epsilon(1e-12));
  CHECK(impl::slot_entropy(four, 8) == doctest::Approx(2.0).epsilon(1e-12));
  CHECK(impl::slot_entropy(four, 2) == doctest::Approx(1.0).epsilon(1e-12));
  CHECK(impl::slot_entropy(four, 1) == doctest::Approx(0.0));
  const double skewed = -(0.75 * std::log2(0.75) + 0.25 * std::log2(0.25));  // 0.811 bits
  const std::vector<std::uint64_t> three_and_one{0, 0, 0, 1};
  CHECK(impl::slot_entropy(three_and_one, 8) == doctest::Approx(skewed).epsilon(1e-12));
  CHECK(impl::slot_entropy(std::vector<std::uint64_t>{5, 13}, 8) == doctest::Approx(0.0));  // both in slot 5
  CHECK(impl::slot_entropy(std::vector<std::uint64_t>{5, 13}, 16) == doctest::Approx(1.0).epsilon(1e-12));
  const std::vector<std::uint64_t> high_bits_only{std::uint64_t{1} << 40, 0};  // same low bits
  CHECK(impl::slot_entropy(high_bits_only, 1024) == doctest::Approx(0.0));
  CHECK(impl::slot_entropy(std::vector<std::uint64_t>{}, 8) == doctest::Approx(0.0));
  const std::vector<std::uint64_t> bad_hash(100, 42);  // Example 4-8's BadHash
  CHECK(impl::slot_entropy(bad_hash, 1024) == doctest::Approx(0.0));
}

TEST_CASE("step 2: 676 consecutive hashes: log2(676) bits in 1,024 slots, less in 512 and 256") {
  const std::vector<std::uint64_t> h = iota_hashes(0, 676);
  const double in1024 = impl::slot_entropy(h, 1024);
  CHECK(in1024 == doctest::Approx(std::log2(676.0)).epsilon(1e-12));  // 9.40 bits: the maximum
  CHECK(impl::slot_entropy(h, 2048) == doctest::Approx(std::log2(676.0)).epsilon(1e-12));
  // 512 slots: 164 slots hold two keys, 348 one; 256 slots: 164 hold three, 92 two.
  std::vector<std::size_t> g512(164, 2), g256(164, 3);
  g512.resize(164 + 348, 1);
  g256.resize(164 + 92, 2);
  CHECK(impl::slot_entropy(h, 512) == doctest::Approx(entropy_of_groups(g512)).epsilon(1e-12));
  CHECK(impl::slot_entropy(h, 256) == doctest::Approx(entropy_of_groups(g256)).epsilon(1e-12));
  CHECK(impl::slot_entropy(h, 512) <= 9.0 + 1e-12);  // never more than log2(slots)
}

TEST_CASE("step 2: first letters of 500 cities: the entropy of the letter counts, at most log2(26)") {
  const std::vector<std::string> names = hq::city_names(500);
  std::vector<std::uint64_t> hashes;
  for (const std::string& name : names) hashes.push_back(hq::first_letter_hash(name));
  const double got = impl::slot_entropy(hashes, 1024);
  std::map<std::uint64_t, std::size_t> per_letter;
  for (std::uint64_t h : hashes) ++per_letter[h];
  std::vector<std::size_t> groups;
  for (const auto& [letter, count] : per_letter) groups.push_back(count);
  CHECK(got == doctest::Approx(entropy_of_groups(groups)).epsilon(1e-12));
  CHECK(got <= std::log2(26.0) + 1e-12);
  CHECK(got > 4.5);  // the random letters are close to even: near log2(26) = 4.70
}

TEST_CASE("step 2: random hashes: between 0 and log2(min(n, slots)); slots must be a power of two") {
  std::mt19937_64 rng(45);
  for (std::size_t n : {1, 7, 100, 3000}) {
    std::vector<std::uint64_t> h(n);
    for (std::uint64_t& x : h) x = rng();
    for (std::size_t slots : {1, 2, 64, 4096, 65536}) {
      CAPTURE(n);
      CAPTURE(slots);
      const double got = impl::slot_entropy(h, slots);
      CHECK(got >= -1e-12);
      CHECK(got <= std::log2(static_cast<double>(std::min(n, slots))) + 1e-9);
    }
  }
  const std::vector<std::uint64_t> h{1, 2, 3};
  CHECK_THROWS_AS(impl::slot_entropy(h, 0), std::invalid_argument);
  CHECK_THROWS_AS(impl::slot_entropy(h, 3), std::invalid_argument);
  CHECK_THROWS_AS(impl::slot_entropy(h, 1000), std::invalid_argument);
}

TEST_CASE("step 3: Example 4-7: aa is 0, ab 1, ba 26, zz 675; the 676 keys get 0 .. 675") {
  const std::uint64_t aa = impl::two_letter_hash("aa");
  CHECK(aa == 0);
  CHECK(impl::two_letter_hash("ab") == 1);
  CHECK(impl::two_letter_hash("ba") == 26);
  CHECK(impl::two_letter_hash("hp") == 7 * 26 + 15);
  CHECK(impl::two_letter_hash("zz") == 675);
  std::vector<std::uint64_t> all;
  for (const std::string& key : hq::two_letter_keys()) all.push_back(impl::two_letter_hash(key));
  CHECK(all == iota_hashes(0, 676));  // "aa" .. "zz" in order: consecutive values
}

TEST_CASE("step 3: keys that are not two lower-case letters are refused") {
  const std::uint64_t mn = impl::two_letter_hash("mn");
  CHECK(mn == 12 * 26 + 13);
  for (const char* bad : {"", "a", "abc", "Aa", "aZ", "a1", "{a", "`a", "a{", "a`"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(impl::two_letter_hash(bad), std::invalid_argument);
  }
}

TEST_CASE("step 3: slot_collisions counts keys, not slots; is_perfect means none") {
  const std::vector<std::uint64_t> three{1, 9, 17};  // one slot of 8, three slots of 32
  const std::size_t in8 = impl::slot_collisions(three, 8);
  CHECK(in8 == 2);
  CHECK_FALSE(impl::is_perfect(three, 8));
  CHECK(impl::slot_collisions(three, 16) == 1);  // 1, 9, 1
  CHECK_FALSE(impl::is_perfect(three, 16));
  CHECK(impl::slot_collisions(three, 32) == 0);
  CHECK(impl::is_perfect(three, 32));
  CHECK(impl::slot_collisions(std::vector<std::uint64_t>{7, 7}, 1024) == 1);  // equal hashes always collide
  CHECK(impl::is_perfect(std::vector<std::uint64_t>{}, 8));
  CHECK(impl::slot_collisions(std::vector<std::uint64_t>{}, 8) == 0);
  CHECK_THROWS_AS(impl::slot_collisions(three, 12), std::invalid_argument);
  CHECK_THROWS_AS(impl::slot_collisions(three, 0), std::invalid_argument);
  CHECK_THROWS_AS(impl::is_perfect(three, 24), std::invalid_argument);
}

TEST_CASE("step 3: perfect for the 676 keys in the book's 2,048 slots and in 1,024 (the book's question)") {
  std::vector<std::uint64_t> h, good;
  for (const std::string& key : hq::two_letter_keys()) {
    h.push_back(impl::two_letter_hash(key));
    // Example 4-8's GoodHash: ord(k[1]) + 26 * ord(k[0]), the same values shifted by 2,619.
    good.push_back(static_cast<unsigned char>(key[1]) + 26u * static_cast<unsigned char>(key[0]));
  }
  for (std::size_t slots : {1024, 2048, 4096}) {
    CAPTURE(slots);
    CHECK(impl::is_perfect(h, slots));
    CHECK(impl::slot_collisions(h, slots) == 0);
    CHECK(impl::is_perfect(good, slots));
  }
}

TEST_CASE("step 3: in 512 slots or fewer no hash is perfect for 676 keys: 676 - slots collide") {
  std::vector<std::uint64_t> h;
  for (const std::string& key : hq::two_letter_keys()) h.push_back(impl::two_letter_hash(key));
  for (std::size_t slots = 512; slots >= 1; slots /= 2) {
    CAPTURE(slots);
    CHECK_FALSE(impl::is_perfect(h, slots));
    // Consecutive values fill every slot, so the collisions are the pigeonhole minimum, and the
    // entropy is at most log2(slots) < log2(676): some slot must hold two keys.
    CHECK(impl::slot_collisions(h, slots) == 676 - slots);
    CHECK(impl::slot_entropy(h, slots) < std::log2(676.0) - 0.4);
  }
}

TEST_CASE("step 3: in CPython 3.11's dict the 676 keys get 1,024 slots and each lookup reads one") {
  wb::pydict::Dict<std::string, bool, TwoLetter> table;
  for (const std::string& key : hq::two_letter_keys()) table.insert_or_assign(key, true);
  // The book says 2,048 slots; CPython 3.11 grows to 3 * 341 keys, 1,024 slots (two thirds of
  // them, 682, usable): the book's question is the table CPython really uses.
  CHECK(table.slots() == 1024);
  const std::size_t before = table.probes();
  for (const std::string& key : hq::two_letter_keys()) REQUIRE(table.find(key) != nullptr);
  CHECK(table.probes() - before == 676);  // one slot per key: no collisions
}

TEST_CASE("step 4: Example 4-6: two equal points are one element of a std::unordered_set") {
  const impl::Point p1{1, 1}, p2{1, 1};
  const std::unordered_set<impl::Point> set{p1, p2};
  CHECK(set.size() == 1);
  CHECK(set.count(impl::Point{1, 1}) == 1);
  CHECK(set.count(impl::Point{1, 2}) == 0);
  // What Python's default hash (the object's address) would give: two entries.
  const std::unordered_set<const impl::Point*> by_address{&p1, &p2};
  CHECK(by_address.size() == 2);
}

TEST_CASE("step 4: equality compares both coordinates; equal points hash alike") {
  const bool same = impl::Point{3, -4} == impl::Point{3, -4};
  CHECK(same);
  CHECK(impl::Point{3, -4} != impl::Point{-4, 3});
  CHECK(impl::Point{3, -4} != impl::Point{3, 4});
  CHECK(impl::Point{3, -4} != impl::Point{2, -4});
  const impl::Point p{12, 34};
  const impl::Point copy = p;
  CHECK(impl::point_hash(p) == impl::point_hash(copy));
  CHECK(std::hash<impl::Point>{}(p) == impl::point_hash(impl::Point{12, 34}));
}

TEST_CASE("step 4: and in wb::pydict::Dict (CPython's dict): assigning an equal point replaces") {
  wb::pydict::Dict<impl::Point, int> d;  // hashes with std::hash<impl::Point>
  const bool inserted = d.insert_or_assign(impl::Point{1, 1}, 1);
  CHECK(inserted);
  CHECK_FALSE(d.insert_or_assign(impl::Point{1, 1}, 2));
  CHECK(d.size() == 1);
  REQUIRE(d.find(impl::Point{1, 1}) != nullptr);
  CHECK(*d.find(impl::Point{1, 1}) == 2);
  CHECK(d.find(impl::Point{1, 0}) == nullptr);
  for (int x = -20; x < 20; ++x)
    for (int y = -20; y < 20; ++y) d.insert_or_assign(impl::Point{x, y}, x * y);
  CHECK(d.size() == 1600);
  CHECK(*d.find(impl::Point{-7, 5}) == -35);
}

TEST_CASE("step 4: the 5,000 points of a 100 x 50 grid: distinct hashes, >= 11.9 bits in 16,384 slots") {
  std::vector<std::uint64_t> hashes;
  std::unordered_set<impl::Point> set;
  for (int x = 0; x < 100; ++x)
    for (int y = 0; y < 50; ++y) {
      hashes.push_back(impl::point_hash(impl::Point{x, y}));
      set.insert(impl::Point{x, y});
    }
  CHECK(set.size() == 5000);
  CHECK(std::set<std::uint64_t>(hashes.begin(), hashes.end()).size() == 5000);
  // The book's 5,000 keys in 16,384 slots use 14 bits of the hash. Random hashes give about 12.0
  // bits; (x << 32) | y gives log2(50) = 5.6 (only y reaches the low bits), x ^ (y << 1) 7.0.
  const double bits = impl::slot_entropy(hashes, 16384);
  CHECK(bits >= 11.9);
}
