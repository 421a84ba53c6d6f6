// ch04.5 hash_quality: the solution's point_hash is CPython's hash((x, y)) (test
// ch04.5-hash-quality-python-test, label "solutions"). The expected values were printed by
// python3 (3.11): `hash((x, y)) & (2**64 - 1)`; tuples of ints hash the same in every run (no
// hash randomisation, unlike str).
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>

#include "hash_quality.hpp"

namespace sol = ch04::hash_quality::solution;

TEST_CASE("point_hash({x, y}) equals python3's hash((x, y))") {
  struct Case {
    int x, y;
    std::uint64_t python;
  };
  for (const Case& c : {Case{1, 1, 8389048192121911274ULL}, Case{0, 0, 9988604870027030631ULL},
                        Case{-1, 3, 6299364165049820628ULL}, Case{5, -7, 12837508784119995098ULL},
                        Case{-1, -1, 960947337673586213ULL}, Case{100, 50, 5092506917918050556ULL},
                        Case{std::numeric_limits<int>::max(), std::numeric_limits<int>::min(),
                             3631103965154880518ULL}}) {
    CAPTURE(c.x);
    CAPTURE(c.y);
    CHECK(sol::point_hash(sol::Point{c.x, c.y}) == c.python);
  }
}

TEST_CASE("Python's quirk, kept: hash(-1) is -2, so (-1, 0) and (-2, 0) hash alike") {
  const std::uint64_t minus_one = sol::point_hash(sol::Point{-1, 0});
  CHECK(minus_one == sol::point_hash(sol::Point{-2, 0}));
  CHECK(minus_one == 2575514064802888272ULL);
  CHECK_FALSE(sol::Point{-1, 0} == sol::Point{-2, 0});  // equal hashes, different keys
}
