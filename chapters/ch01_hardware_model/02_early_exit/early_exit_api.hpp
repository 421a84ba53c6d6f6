// ch01.2 early_exit: the function every implementation defines (read, don't edit).
//
// No include guard: early_exit.hpp includes this file once inside each of the namespaces baseline,
// exercise and solution (wb/variants.hpp).

// True if some element of haystack equals needle.
bool contains(std::span<const int> haystack, int needle);
