// ch03.3 binary_search: the function every implementation defines (read, don't edit).
//
// No include guard: binary_search.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).

// haystack must be sorted ascending (repeats allowed). Returns an index i with
// haystack[i] == needle, any one of them when the needle repeats, or -1 if the needle is absent.
std::ptrdiff_t binary_search(const std::vector<int>& haystack, int needle);
