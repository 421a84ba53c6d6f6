// ch04.1 phonebook: correctness. Each test case is named for the step whose mistakes it catches.
// Expected numbers come from the book (Examples 4-1 and 4-2) and, for random phone books, from an
// independent reference: a std::map filled by assignment in list order (Python's dict(book)), so a
// name given twice has its last number.
#include <doctest/doctest.h>

#include <cstddef>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "phonebook.hpp"
#include "phonebook_workload.hpp"

namespace impl = ch04::phonebook::WB_TESTED;  // exercise, baseline or solution: the build decides
using ch04::phonebook::Entry;
namespace wl = ch04::phonebook::workload;

namespace {

// The book's phone book of Examples 4-1 and 4-2.
const std::vector<Entry> kBook{{"Ada Lovelace", "555-555-5555"}, {"Sophie Wilson", "212-555-5555"}};

// Returns the number a lookup gave, or "None" for nullptr (readable in a failure message).
std::string shown(const std::string* number) { return number == nullptr ? "None" : *number; }

// The reference: dict(book) as a std::map, the last assignment winning.
std::map<std::string, std::string, std::less<>> reference(const std::vector<Entry>& book) {
  std::map<std::string, std::string, std::less<>> dict;
  for (const Entry& e : book) dict[e.first] = e.second;
  return dict;
}

// Returns the reference's answer for name: its number, or "None".
std::string expected(const std::map<std::string, std::string, std::less<>>& dict, std::string_view name) {
  const auto it = dict.find(name);
  return it == dict.end() ? "None" : it->second;
}

// Names that are absent from (almost every) random book but close to its names: before all of
// them, after all of them, prefixes and extensions, a different case, an empty name.
std::vector<std::string> near_misses(const std::vector<Entry>& book) {
  std::vector<std::string> names{"", " ", "A", "AAA AAA", "Zzzzzzzzzz Zzzzzzzzzz", "zzz", "~"};
  for (std::size_t i = 0; i < book.size() && i < 40; ++i) {
    const std::string& n = book[i].first;
    names.push_back(n + " ");
    names.push_back(n.substr(0, n.size() - 1));
    names.push_back(n + "a");
    std::string lower = n;
    lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    names.push_back(lower);
  }
  return names;
}

// Checks find(name) of one implementation against the reference for every name of the book and
// every near miss, on books of many sizes with and without repeated names.
template <class Find>
void check_random_books(Find&& find_in) {
  std::mt19937_64 rng(20'200'411);
  for (std::size_t entries : {0U, 1U, 2U, 3U, 5U, 8U, 13U, 100U, 777U, 2000U}) {
    for (std::size_t names : {entries, entries / 3 + 1, std::size_t{1}, std::size_t{2}}) {
      if (entries == 0 && names != 0) continue;
      const std::vector<Entry> book = wl::phonebook(entries, names, rng);
      const auto dict = reference(book);
      CAPTURE(entries);
      CAPTURE(names);
      std::vector<std::string> queries = near_misses(book);
      for (const Entry& e : book) queries.push_back(e.first);
      find_in(book, [&](auto&& find) {
        for (const std::string& q : queries) {
          CAPTURE(q);
          REQUIRE(shown(find(q)) == expected(dict, q));
        }
      });
    }
  }
}

}  // namespace

TEST_CASE("every step: the book's list scan (Example 4-1) finds Ada and Sophie, and no one else") {
  CHECK(shown(impl::find_linear(kBook, "Ada Lovelace")) == "555-555-5555");
  CHECK(shown(impl::find_linear(kBook, "Sophie Wilson")) == "212-555-5555");
  CHECK(impl::find_linear(kBook, "Grace Hopper") == nullptr);
  CHECK(impl::find_linear(kBook, "Ada") == nullptr);
  CHECK(impl::find_linear(std::vector<Entry>{}, "Ada Lovelace") == nullptr);
  CHECK(impl::find_linear(kBook, "Ada Lovelace") == &kBook[0].second);  // points into the book
  const std::vector<Entry> twice{{"Ada Lovelace", "1"}, {"Bo B", "2"}, {"Ada Lovelace", "3"}};
  CHECK(shown(impl::find_linear(twice, "Ada Lovelace")) == "3");  // the last entry wins
  check_random_books([](const std::vector<Entry>& book, auto&& run) {
    run([&](std::string_view q) { return impl::find_linear(book, q); });
  });
}

TEST_CASE("step 1: the sorted phone book keeps the last entry of a name, and its own copy") {
  const std::vector<Entry> twice{{"Ada Lovelace", "1"}, {"Bo B", "2"}, {"Ada Lovelace", "3"}, {"Ada Lovelace", "4"},
                                 {"Bo B", "5"}, {"Al A", "6"}};
  const impl::SortedPhonebook sorted(twice);
  CHECK(shown(sorted.find("Ada Lovelace")) == "4");
  CHECK(shown(sorted.find("Bo B")) == "5");
  CHECK(shown(sorted.find("Al A")) == "6");
  auto temporary = std::make_unique<std::vector<Entry>>(kBook);
  const impl::SortedPhonebook copy(*temporary);
  temporary.reset();  // the book is gone: the sorted copy must not need it
  CHECK(shown(copy.find("Sophie Wilson")) == "212-555-5555");
  CHECK(shown(copy.find("Ada Lovelace")) == "555-555-5555");
}

TEST_CASE("step 2: the sorted phone book answers as the dict would, present or absent") {
  const impl::SortedPhonebook sorted_book(kBook);
  CHECK(shown(sorted_book.find("Ada Lovelace")) == "555-555-5555");
  CHECK(shown(sorted_book.find("Sophie Wilson")) == "212-555-5555");
  CHECK(sorted_book.find("Grace Hopper") == nullptr);  // between the two
  CHECK(sorted_book.find("Aaron A") == nullptr);       // before both
  CHECK(sorted_book.find("Zed Z") == nullptr);         // after both
  CHECK(sorted_book.find("Ada Lovelac") == nullptr);   // a prefix
  CHECK(impl::SortedPhonebook(std::vector<Entry>{}).find("Ada Lovelace") == nullptr);
  check_random_books([](const std::vector<Entry>& book, auto&& run) {
    const impl::SortedPhonebook sorted(book);
    run([&](std::string_view q) { return sorted.find(q); });
  });
}

TEST_CASE("step 3: the dict phone book (Example 4-2) answers as Python's dict(book)") {
  const impl::HashPhonebook dict_book(kBook);
  CHECK(shown(dict_book.find("Ada Lovelace")) == "555-555-5555");
  CHECK(shown(dict_book.find("Sophie Wilson")) == "212-555-5555");
  CHECK(dict_book.find("Grace Hopper") == nullptr);
  CHECK(dict_book.find("") == nullptr);
  CHECK(impl::HashPhonebook(std::vector<Entry>{}).find("Ada Lovelace") == nullptr);
  const std::vector<Entry> twice{{"Ada Lovelace", "1"}, {"Bo B", "2"}, {"Ada Lovelace", "3"}, {"Bo B", "5"}};
  const impl::HashPhonebook dict(twice);
  CHECK(shown(dict.find("Ada Lovelace")) == "3");
  CHECK(shown(dict.find("Bo B")) == "5");
  auto temporary = std::make_unique<std::vector<Entry>>(kBook);
  const impl::HashPhonebook copy(*temporary);
  temporary.reset();
  CHECK(shown(copy.find("Sophie Wilson")) == "212-555-5555");
  check_random_books([](const std::vector<Entry>& book, auto&& run) {
    const impl::HashPhonebook hashed(book);
    run([&](std::string_view q) { return hashed.find(q); });
  });
}
