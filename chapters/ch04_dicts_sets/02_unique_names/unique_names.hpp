// ch04.2 unique_names: the interface of the unique-first-names exercise (not edited by the learner).
//
// The book's Example 4-3: a phone book is a list of (name, phone number) pairs, and the question is
// how many different first names it holds. The first name is what comes before the name's first
// space (Python's name.split(" ", 1)): "Guido van Rossum" has first name "Guido". The functions are
// declared in unique_names_api.hpp, once per implementation (wb/exercise.hpp).
//
// Example:
//   using namespace ch04::unique_names;
//   const std::vector<Entry> book{{"Ada Lovelace", "555-555-5555"}, {"Ada Byron", "212-555-5555"}};
//   exercise::first_name("Guido van Rossum");    // "Guido"
//   exercise::unique_first_names(book);          // 1
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "wb/exercise.hpp"

namespace ch04::unique_names {

// One phone-book entry: (name, phone number), as the book's tuples.
using Entry = std::pair<std::string, std::string>;

#define WB_API "unique_names_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch04::unique_names
