// ch04.6 bad_hash: correctness for any hash: the table built from the 676 keys finds each of them
// and nothing else. A bad hash is slow, never wrong, so these pass as shipped; the speed is the
// benchmark's.
#include <doctest/doctest.h>

#include <string>

#include "bad_hash.hpp"

namespace impl = ch04::bad_hash::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch04::bad_hash::two_letter_keys;

TEST_CASE("the table of the 676 two-letter keys finds every key, and no other") {
  auto table = ch04::bad_hash::make_table<impl::key_hash>();
  CHECK(table.size() == 676);
  for (const std::string& key : two_letter_keys()) REQUIRE(table.find(key) != nullptr);
  for (const char* absent : {"a", "zzz", "Aa", "a1", "", "za "}) {
    CAPTURE(absent);
    CHECK(table.find(absent) == nullptr);
  }
}

TEST_CASE("the hash is a function of the key: equal keys hash alike, every call") {
  for (const std::string& key : two_letter_keys()) REQUIRE(impl::key_hash(key) == impl::key_hash(std::string(key)));
}
