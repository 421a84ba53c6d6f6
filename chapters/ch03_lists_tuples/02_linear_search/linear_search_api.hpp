// ch03.2 linear_search: the function every implementation defines (read, don't edit).
//
// No include guard: linear_search.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).

// Returns the index of the first element equal to needle, or -1 if there is none (an empty
// haystack included), like the book's linear_search(needle, array).
std::ptrdiff_t linear_search(std::span<const int> haystack, int needle);
