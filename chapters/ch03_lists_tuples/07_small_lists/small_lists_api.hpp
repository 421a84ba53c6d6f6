// ch03.7 small_lists: the functions every implementation defines (read, don't edit).
//
// No include guard: small_lists.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).

// Stores values (values.size() / 9 samples of 9 ints, sample after sample) in one of the layouts
// of Samples, copying them: the result must not refer to `values`. Throws std::invalid_argument
// if values.size() is not a multiple of 9.
Samples build(std::span<const int> values);

// The number of samples stored.
std::size_t count(const Samples& samples);

// Value k (0 to 8) of sample i (0 to count - 1).
int value(const Samples& samples, std::size_t i, std::size_t k);
