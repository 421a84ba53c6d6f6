// ch01.2 early_exit: reference solution: the book's four searches (early_exit_book.hpp); contains
// returns at the first match.
#include <algorithm>
#include <span>
#include <vector>

#include "early_exit.hpp"
#if __has_include("early_exit_book.hpp")  // absent when this file is copied over the exercise
#include "early_exit_book.hpp"
#endif

namespace ch01::early_exit::WB_VARIANT {

namespace book {

bool search_fast(std::span<const int> haystack, int needle) {
  for (int item : haystack) {
    if (item == needle) return true;
  }
  return false;
}

bool search_slow(std::span<const int> haystack, int needle) {
  bool found = false;
  for (int item : haystack) {
    if (item == needle) found = true;
  }
  return found;
}

bool search_unknown1(std::span<const int> haystack, int needle) {
  return std::any_of(haystack.begin(), haystack.end(), [needle](int item) { return item == needle; });
}

bool search_unknown2(std::span<const int> haystack, int needle) {
  std::vector<bool> matches;
  for (int item : haystack) matches.push_back(item == needle);
  return std::any_of(matches.begin(), matches.end(), [](bool m) { return m; });
}

}  // namespace book

bool contains(std::span<const int> haystack, int needle) { return book::search_fast(haystack, needle); }

}  // namespace ch01::early_exit::WB_VARIANT
