// ch04.1 phonebook: the interface of the phone-book exercise (not edited by the learner).
//
// The book's Examples 4-1 and 4-2: a phone book is a list of (name, phone number) pairs, and the
// question is "what is this person's number?". Three answers: scan the list (find_linear), sort it
// once and bisect (SortedPhonebook), or build a dict (HashPhonebook). All three treat the list as
// a sequence of dict assignments, `book[name] = number` in list order: when a name appears twice,
// the LAST entry wins, as in a Python dict built from the list. An absent name gives nullptr (the
// book's None). The declarations are in phonebook_api.hpp, once per implementation (wb/exercise.hpp).
//
// Example:
//   using namespace ch04::phonebook;
//   const std::vector<Entry> book{{"Ada Lovelace", "555-555-5555"}, {"Sophie Wilson", "212-555-5555"}};
//   const std::string* p = baseline::find_linear(book, "Ada Lovelace");   // -> "555-555-5555"
//   const exercise::SortedPhonebook sorted(book);
//   const exercise::HashPhonebook dict(book);
//   sorted.find("Grace Hopper");                                           // nullptr
//   *dict.find("Sophie Wilson");                                           // "212-555-5555"
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "wb/exercise.hpp"

namespace ch04::phonebook {

// One phone-book entry: (name, phone number), as the book's tuples.
using Entry = std::pair<std::string, std::string>;

// std::hash of the name's characters, usable with std::string and std::string_view alike, so a
// NameMap can be searched with a std::string_view without building a std::string (C++20).
struct NameHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view name) const noexcept { return std::hash<std::string_view>{}(name); }
};

// The dict of Example 4-2: name -> number, searchable by std::string_view.
using NameMap = std::unordered_map<std::string, std::string, NameHash, std::equal_to<>>;

#define WB_API "phonebook_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch04::phonebook
