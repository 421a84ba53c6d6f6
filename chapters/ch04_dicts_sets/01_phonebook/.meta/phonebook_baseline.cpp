// FROZEN: the shipped starting point of phonebook.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit phonebook.cpp. Its TODO marks read STEP( here.
// ch04.1 phonebook (slow): the book's Example 4-1 three times over. find_linear is the book's list
// scan (keep it: it is the yardstick). SortedPhonebook and HashPhonebook, as shipped, only copy the
// list and scan it too: correct, and O(n) per lookup. Give them the book's better answers.
//
// Steps: after each, run `ctest --preset dev -L ch04.1` (it rebuilds first), and
// `./workbook check ch04.1` to measure. Each step's edit site is marked `STEP(ch04.1) k:` below;
// the test cases named "step k: ..." are the ones its mistakes fail, and
// `./workbook hint ch04.1 k` prints its hint.
//   1. SortedPhonebook's constructor: sort by name, one entry per name (the last one wins);
//   2. SortedPhonebook::find: bisect (wb::bisect_left in wb/bisect.hpp) instead of scanning;
//   3. HashPhonebook: a dict (NameMap, a std::unordered_map) built by assignment, then one lookup;
//   4. measure: `./workbook check ch04.1`, then `./workbook run phonebook --png phonebook.png` to
//      see the three grow from 10^2 to 10^6 entries beside Python's list and dict.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "phonebook.hpp"

namespace ch04::phonebook::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// The book's find_phonenumber, scanning from the end so that the last entry of a name wins.
const std::string* find_linear(std::span<const Entry> book, std::string_view name) {
  for (std::size_t i = book.size(); i-- > 0;) {
    if (book[i].first == name) {
      return &book[i].second;
    }
  }
  return nullptr;
}

// STEP(ch04.1) 1: keep the entries sorted by name, and only the last entry of each name.
SortedPhonebook::SortedPhonebook(std::span<const Entry> book) {
  for (const Entry& entry : book) {
    names_.push_back(entry.first);
    numbers_.push_back(entry.second);
  }
}

// STEP(ch04.1) 2: bisect the sorted names instead of scanning them.
const std::string* SortedPhonebook::find(std::string_view name) const {
  for (std::size_t i = names_.size(); i-- > 0;) {
    if (names_[i] == name) {
      return &numbers_[i];
    }
  }
  return nullptr;
}

// STEP(ch04.1) 3: build numbers_by_name_ (book[name] = number, in the list's order) ...
HashPhonebook::HashPhonebook(std::span<const Entry> book) {
  for (const Entry& entry : book) {
    names_.push_back(entry.first);
    numbers_.push_back(entry.second);
  }
}

// STEP(ch04.1) 3: ... and look the name up there.
const std::string* HashPhonebook::find(std::string_view name) const {
  for (std::size_t i = names_.size(); i-- > 0;) {
    if (names_[i] == name) {
      return &numbers_[i];
    }
  }
  return nullptr;
}

}  // namespace ch04::phonebook::WB_VARIANT
