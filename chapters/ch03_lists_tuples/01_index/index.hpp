// ch03.1 index (tour): why v[5] costs the same in a vector of 10 and of 10,000,000 elements (the
// book's Example 3-1), and what a linked list (std::list) does instead. The functions are tiny and
// live in their own file (index.cpp), so the benchmark times a real call, not a folded constant.
#pragma once

#include <cstddef>
#include <list>
#include <vector>

namespace ch03::index {

// Returns v[i]: one address computation (start + i * sizeof(int)) and one load, whatever v's size.
int vector_element(const std::vector<int>& v, std::size_t i);

// Returns the element at position i of l: i pointer hops from the front, since a list's nodes are
// scattered over the heap and only each node knows where the next one is.
int list_element(const std::list<int>& l, std::size_t i);

}  // namespace ch03::index
