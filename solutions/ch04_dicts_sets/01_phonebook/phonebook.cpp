// ch04.1 phonebook: the solution. The list scan as the book's Example 4-1; the sorted book keeps
// one entry per name (the last), sorted by name, and bisects; the dict is built by assignment, so
// a later entry replaces an earlier one, exactly as `dict(book)` does in Python.
#include <algorithm>
#include <cstddef>
#include <numeric>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "phonebook.hpp"
#include "wb/bisect.hpp"

namespace ch04::phonebook::WB_VARIANT {

// The book's find_phonenumber, scanning from the end so that the last entry of a name wins.
const std::string* find_linear(std::span<const Entry> book, std::string_view name) {
  for (std::size_t i = book.size(); i-- > 0;) {
    if (book[i].first == name) {
      return &book[i].second;
    }
  }
  return nullptr;
}

// Sorts the entries' positions by name, keeping list order among equal names (stable), and keeps
// the last position of each run of equal names: the entry a dict would hold.
SortedPhonebook::SortedPhonebook(std::span<const Entry> book) {
  std::vector<std::size_t> order(book.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return book[a].first < book[b].first; });
  names_.reserve(book.size());
  numbers_.reserve(book.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    const bool last_of_run = k + 1 == order.size() || book[order[k + 1]].first != book[order[k]].first;
    if (last_of_run) {
      names_.push_back(book[order[k]].first);
      numbers_.push_back(book[order[k]].second);
    }
  }
}

// Bisects for the first name not less than name; it is the answer if it is equal.
const std::string* SortedPhonebook::find(std::string_view name) const {
  const std::size_t i = wb::bisect_left(names_, name);
  if (i < names_.size() && names_[i] == name) {
    return &numbers_[i];
  }
  return nullptr;
}

// book[name] = number for every entry in order: a later entry replaces an earlier one.
HashPhonebook::HashPhonebook(std::span<const Entry> book) {
  numbers_by_name_.reserve(book.size());
  for (const Entry& entry : book) {
    numbers_by_name_.insert_or_assign(entry.first, entry.second);
  }
}

// One hash lookup, by std::string_view (NameHash is transparent: no std::string is built).
const std::string* HashPhonebook::find(std::string_view name) const {
  const auto it = numbers_by_name_.find(name);
  return it == numbers_by_name_.end() ? nullptr : &it->second;
}

}  // namespace ch04::phonebook::WB_VARIANT
