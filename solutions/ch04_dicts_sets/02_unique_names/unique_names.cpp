// ch04.2 unique_names: the solution. The book's set method: one pass, each first name added to a
// hash set of views into the phone book (no string is copied); the set's size is the answer.
#include <cstddef>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>

#include "unique_names.hpp"

namespace ch04::unique_names::WB_VARIANT {

// The book's name.split(" ", 1): everything before the first space.
std::string_view first_name(std::string_view name) {
  const std::size_t space = name.find(' ');
  if (space == std::string_view::npos) {
    throw std::invalid_argument("phone-book name without a space: '" + std::string(name) + "'");
  }
  return name.substr(0, space);
}

// Adds every first name to a set; a name already there is not added again (set.add).
std::size_t unique_first_names(std::span<const Entry> phonebook) {
  std::unordered_set<std::string_view> unique;
  unique.reserve(phonebook.size());  // at most one name per entry: no rehash while adding
  for (const Entry& entry : phonebook) {
    unique.insert(first_name(entry.first));
  }
  return unique.size();
}

}  // namespace ch04::unique_names::WB_VARIANT
