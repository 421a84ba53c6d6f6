// ch04.2 unique_names: correctness. Each test case is named for the step whose mistakes it catches.
// Expected counts come from the book (its five-person phone book has 5 different first names) and,
// for random phone books, from an independent count with std::set of std::string.
#include <doctest/doctest.h>

#include <cstddef>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "unique_names.hpp"
#include "unique_names_workload.hpp"

namespace impl = ch04::unique_names::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch04::unique_names::Entry;

namespace {

// The book's phone book of Example 4-3.
const std::vector<Entry> kBook{
    {"Ada Lovelace", "555-555-5555"},  {"Sophie Wilson", "212-555-5555"},
    {"Grace Hopper", "647-555-5555"},  {"Emmy Noether", "202-555-5555"},
    {"Guido van Rossum", "301-555-5555"},
};

// The reference: the first names (text before the first space) counted in a std::set.
std::size_t reference_count(const std::vector<Entry>& book) {
  std::set<std::string> names;
  for (const Entry& e : book) {
    names.insert(e.first.substr(0, e.first.find(' ')));
  }
  return names.size();
}

}  // namespace

TEST_CASE("step 1: first_name is the text before the first space, as the book's split") {
  CHECK(impl::first_name("Guido van Rossum") == "Guido");
  CHECK(impl::first_name("Ada Lovelace") == "Ada");
  CHECK(impl::first_name("Ada  Lovelace") == "Ada");
  CHECK(impl::first_name("Ada Lovelace ") == "Ada");
  CHECK(impl::first_name(" Ada") == "");
  CHECK(impl::first_name("A B") == "A");
  const std::string name = "Emmy Noether";
  CHECK(impl::first_name(name).data() == name.data());  // a view into the name, not a copy
}

TEST_CASE("step 1: a name without a space is an error, as Python's ValueError") {
  CHECK_THROWS_AS(impl::first_name("Plato"), std::invalid_argument);
  CHECK_THROWS_AS(impl::first_name(""), std::invalid_argument);
  CHECK_THROWS_WITH_AS(impl::first_name("Plato"), doctest::Contains("Plato"), std::invalid_argument);
  const std::vector<Entry> book{{"Ada Lovelace", "1"}, {"Plato", "2"}};
  CHECK_THROWS_AS(impl::unique_first_names(book), std::invalid_argument);
}

TEST_CASE("step 2: the book's five-person phone book has 5 different first names") {
  CHECK(impl::unique_first_names(kBook) == 5);
  std::vector<Entry> more = kBook;
  more.push_back({"Ada Byron", "999-555-5555"});      // a first name seen before
  more.push_back({"Guido Rossum", "999-555-0000"});   // another
  CHECK(impl::unique_first_names(more) == 5);
  more.push_back({"Grace Murray Hopper", "1"});       // still Grace
  CHECK(impl::unique_first_names(more) == 5);
  more.push_back({"Sophia Wilson", "2"});             // Sophie's prefix is not Sophie
  CHECK(impl::unique_first_names(more) == 6);
}

TEST_CASE("step 2: first names compare exactly: case, prefixes and empty names") {
  CHECK(impl::unique_first_names(std::vector<Entry>{}) == 0);
  CHECK(impl::unique_first_names(std::vector<Entry>{{"Ada Lovelace", "1"}}) == 1);
  CHECK(impl::unique_first_names(std::vector<Entry>{{"ada x", "1"}, {"Ada x", "1"}}) == 2);
  CHECK(impl::unique_first_names(std::vector<Entry>{{"Al X", "1"}, {"Alan X", "1"}, {"A X", "1"}}) == 3);
  CHECK(impl::unique_first_names(std::vector<Entry>{{" X", "1"}, {" Y", "2"}, {"Z X", "3"}}) == 2);
  CHECK(impl::unique_first_names(std::vector<Entry>{{"Ada X", "1"}, {"Ada X", "1"}, {"Ada Y", "9"}}) == 1);
  // The number plays no part: same first name, every number different.
  CHECK(impl::unique_first_names(std::vector<Entry>{{"Bo A", "1"}, {"Bo B", "2"}, {"Cy A", "1"}}) == 2);
}

TEST_CASE("step 2: random phone books give the reference count") {
  namespace wl = ch04::unique_names::workload;
  std::size_t books = 0;
  for (std::size_t entries : {1U, 2U, 3U, 10U, 100U, 1000U, 3000U}) {
    for (std::size_t pool : {std::size_t{1}, std::size_t{2}, entries / 2 + 1, entries}) {
      for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        const std::vector<Entry> book = wl::phonebook(entries, pool, seed * 7919 + entries);
        CAPTURE(entries);
        CAPTURE(pool);
        CAPTURE(seed);
        REQUIRE(impl::unique_first_names(book) == reference_count(book));
        ++books;
      }
    }
  }
  CHECK(books == 7 * 4 * 4);
  // The benchmark's case: every first name different.
  CHECK(impl::unique_first_names(wl::phonebook(10'000, 10'000, 42)) == 10'000);
}
