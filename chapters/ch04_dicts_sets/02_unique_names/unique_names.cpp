// ch04.2 unique_names (slow): the book's list method (Example 4-3). For every entry it scans all
// the first names found so far; with n names all different that is n*n/2 comparisons. It is
// correct. Make unique_first_names fast with a set, without changing any answer.
//
// Steps: after each, run `ctest --preset dev -L ch04.2` (it rebuilds first), and
// `./workbook check ch04.2` to measure. Each step's edit site is marked `TODO(ch04.2) k:` below;
// the test cases named "step k: ..." are the ones its mistakes fail, and
// `./workbook hint ch04.2 k` prints its hint.
//   1. keep first_name as it is (the tests pin the book's split on the first space);
//   2. replace the list of names seen and its inner scan by a hash set (the book's set method);
//   3. measure: the target is 150x the list method at 10,000 names, all different. A plain
//      std::unordered_set gets about a third of the way: see the hint for what costs the rest.
#include <cstddef>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "unique_names.hpp"

namespace ch04::unique_names::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// TODO(ch04.2) 1: the book's name.split(" ", 1): everything before the first space.
std::string_view first_name(std::string_view name) {
  const std::size_t space = name.find(' ');
  if (space == std::string_view::npos) {
    throw std::invalid_argument("phone-book name without a space: '" + std::string(name) + "'");
  }
  return name.substr(0, space);
}

// TODO(ch04.2) 2: the list of unique names and the scan over it: a set does both in O(1).
// TODO(ch04.2) 3: then measure with `./workbook check ch04.2`.
std::size_t unique_first_names(std::span<const Entry> phonebook) {
  std::vector<std::string_view> unique;  // the book's unique_first_names list
  for (const Entry& entry : phonebook) {
    const std::string_view first = first_name(entry.first);
    bool seen = false;
    for (const std::string_view known : unique) {  // the book's for ... else
      if (known == first) {
        seen = true;
        break;
      }
    }
    if (!seen) {
      unique.push_back(first);
    }
  }
  return unique.size();
}

}  // namespace ch04::unique_names::WB_VARIANT
