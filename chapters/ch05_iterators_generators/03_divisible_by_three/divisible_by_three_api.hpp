// ch05.3 divisible_by_three: the function every implementation defines (read, don't edit).
//
// No include guard: divisible_by_three.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).

// How many of F(0), F(1), ..., F(n - 1) are divisible by 3 (F(0) = 0 counts).
std::size_t count_divisible_by_three(std::size_t n);
