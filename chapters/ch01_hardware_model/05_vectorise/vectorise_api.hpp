// ch01.5 vectorise: the function every implementation defines (read, don't edit).
//
// No include guard: vectorise.hpp includes this file once inside each of the namespaces baseline,
// exercise and solution (wb/variants.hpp).

// The index of the first value greater than threshold, or values.size() if there is none. A NaN is
// never greater than anything.
std::size_t first_above(std::span<const float> values, float threshold);
