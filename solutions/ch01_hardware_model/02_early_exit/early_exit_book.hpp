// ch01.2 early_exit: the book's four searches in C++, each benchmarked by early_exit_bench.cpp and
// tested by early_exit_book_test.cpp. contains (the exercise's interface) is search_fast.
#pragma once

#include <span>

namespace ch01::early_exit::solution::book {

bool search_fast(std::span<const int> haystack, int needle);      // returns at the first match
bool search_slow(std::span<const int> haystack, int needle);      // remembers it, scans to the end
bool search_unknown1(std::span<const int> haystack, int needle);  // std::any_of on the haystack
bool search_unknown2(std::span<const int> haystack, int needle);  // a vector<bool> first

}  // namespace ch01::early_exit::solution::book
